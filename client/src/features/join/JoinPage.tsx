import { useEffect, useId, useState, type FormEvent } from "react";
import { LIMITS } from "@common/limits.js";
import type { PersonFunction } from "@common/domain/vocabulary.js";
import { joinSeries, previewInvite, type AccessError, type InvitePreview } from "../../access/api.js";
import { readDevice, saveDevice } from "../../access/devices.js";
import { useT } from "../../i18n/useT.js";
import { lastDisplayName, rememberDisplayName } from "../../profile.js";
import { boardPath, navigate, projectorPath } from "../../router.js";
import { rememberSeries } from "../start/recentSeries.js";
import { rememberProjectorParticipantInvite } from "../invites/inviteTokens.js";
import { FunctionSelect } from "../setup/PersonSelects.js";
import { JoinHeader } from "./JoinHeader.js";
import { parseInviteFragment, type InviteLink } from "./inviteLink.js";
import { InviteProblem } from "./InviteProblem.js";
import { OrgChoice, type OrgAnswer } from "./OrgChoice.js";

/** The invite from the address, read once before it is taken out of the address bar. */
function takeInviteFromAddress(): InviteLink | null {
  const link = parseInviteFragment(window.location.hash);
  if (link) window.history.replaceState(window.history.state, "", window.location.pathname);
  return link;
}

/** A projector link joins as "Projektor" at once and opens the big screen, with the participant link it carries. */
async function joinAsProjector(link: InviteLink, name: string): Promise<AccessError | null> {
  const result = await joinSeries({ token: link.token, name, orgId: null, function: null });
  if (!result.ok) return result.error;
  saveDevice(result.value.seriesId, { token: result.value.token, personId: result.value.personId });
  if (link.participantInvite) rememberProjectorParticipantInvite(result.value.seriesId, link.participantInvite);
  navigate(projectorPath(result.value.seriesId));
  return null;
}

/** `/join#<token>`: who are you? Name, organisation and function once; then the board. */
export function JoinPage() {
  const t = useT();
  const [link] = useState(takeInviteFromAddress);
  const [preview, setPreview] = useState<InvitePreview | AccessError | null>(link === null ? "invalid" : null);
  const projectorName = t("join.projectorName");

  useEffect(() => {
    if (link === null) return;
    let live = true;
    void previewInvite(link.token).then(async (result) => {
      if (!live) return;
      if (!result.ok) return setPreview(result.error);
      const seriesId = result.value.seriesId;
      // This device is in the series already: no second person.
      if (readDevice(seriesId)) {
        if (link.participantInvite) rememberProjectorParticipantInvite(seriesId, link.participantInvite);
        return navigate(link.projector ? projectorPath(seriesId) : boardPath(seriesId));
      }
      if (!link.projector) return setPreview(result.value);
      const failed = await joinAsProjector(link, projectorName);
      if (failed && live) setPreview(failed);
    });
    return () => {
      live = false;
    };
  }, [link, projectorName]);

  return (
    <>
      <JoinHeader />
      {preview === null ? (
        <main className="page-narrow">
          <p className="muted" role="status" data-testid="loading">
            {t("app.loading")}
          </p>
        </main>
      ) : typeof preview === "string" || link === null ? (
        <InviteProblem error={typeof preview === "string" ? preview : "invalid"} />
      ) : (
        <JoinForm token={link.token} preview={preview} />
      )}
    </>
  );
}

function JoinForm({ token, preview }: { token: string; preview: InvitePreview }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(lastDisplayName);
  const [org, setOrg] = useState<OrgAnswer>({ orgId: null, newOrgName: "" });
  const [fn, setFn] = useState<PersonFunction | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AccessError | null>(null);
  const boundOrg = preview.orgId === null ? null : (preview.orgs.find((o) => o.id === preview.orgId)?.name ?? "");

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "" || submitting) return;
    setSubmitting(true);
    const newOrgName = org.newOrgName.trim();
    const result = await joinSeries({
      token,
      name: trimmed,
      orgId: newOrgName ? null : org.orgId,
      ...(newOrgName ? { newOrgName } : {}),
      function: fn,
    });
    setSubmitting(false);
    if (!result.ok) return setError(result.error);
    saveDevice(result.value.seriesId, { token: result.value.token, personId: result.value.personId });
    rememberDisplayName(trimmed);
    rememberSeries(result.value.seriesId, preview.seriesName, new Date());
    navigate(boardPath(result.value.seriesId));
  }

  return (
    <main className="page-narrow">
      <form
        className="panel"
        onSubmit={(e) => void onSubmit(e)}
        data-testid="join-form"
        aria-labelledby={`${id}-title`}
      >
        <h1 id={`${id}-title`}>{t("join.title")}</h1>
        <p className="muted">{t("join.intro", { series: preview.seriesName })}</p>
        <p className="role-note" data-testid="join-role">
          {t(`access.role.${preview.role}.joins`)}
        </p>
        <label className="form-label" htmlFor={`${id}-name`}>
          {t("join.name")}
        </label>
        <input
          id={`${id}-name`}
          className="text-input"
          value={name}
          maxLength={LIMITS.personName}
          autoComplete="name"
          autoFocus
          required
          data-testid="join-name"
          onChange={(e) => setName(e.target.value)}
        />
        {boundOrg !== null ? (
          <p className="role-note" data-testid="join-bound-org">
            {t("join.boundOrg", { org: boundOrg })}
          </p>
        ) : (
          <OrgChoice orgs={preview.orgs} value={org} onChange={setOrg} allowNew={preview.role !== "observer"} />
        )}
        <FunctionSelect value={fn} onChange={setFn} testId="join-function" />
        {error && (
          <p className="form-error" role="alert">
            {t(`access.error.${error}`)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={name.trim() === "" || submitting}>
            {t("join.submit")}
          </button>
        </div>
      </form>
    </main>
  );
}
