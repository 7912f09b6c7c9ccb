import { useEffect, useId, useState, type FormEvent } from "react";
import { LIMITS } from "../../../../common/limits.js";
import type { PersonFunction } from "../../../../common/domain/vocabulary.js";
import { joinSeries, previewInvite, type AccessError, type InvitePreview } from "../../access/api.js";
import { readDevice, saveDevice } from "../../access/devices.js";
import { useT } from "../../i18n/useT.js";
import { lastDisplayName, rememberDisplayName } from "../../profile.js";
import { boardPath, navigate } from "../../router.js";
import { rememberSeries } from "../start/recentSeries.js";
import { FunctionSelect } from "../setup/PersonSelects.js";
import { LoadingPage } from "../board/StatusPages.js";
import { InviteProblem } from "./InviteProblem.js";
import { OrgChoice, type OrgAnswer } from "./OrgChoice.js";

/** The invite token from the address (`/join#<token>`), read once before it is taken out of the address bar. */
function takeTokenFromAddress(): string | null {
  const token = window.location.hash.replace(/^#/, "");
  if (token !== "") window.history.replaceState(window.history.state, "", window.location.pathname);
  return token === "" ? null : token;
}

/** `/join#<token>`: who are you? Name, organisation and function once; then the board. */
export function JoinPage() {
  const [token] = useState(takeTokenFromAddress);
  const [preview, setPreview] = useState<InvitePreview | AccessError | null>(token === null ? "invalid" : null);

  useEffect(() => {
    if (token === null) return;
    let live = true;
    void previewInvite(token).then((result) => {
      if (!live) return;
      if (!result.ok) return setPreview(result.error);
      // This device is in the series already: no second person.
      if (readDevice(result.value.seriesId)) return navigate(boardPath(result.value.seriesId));
      setPreview(result.value);
    });
    return () => {
      live = false;
    };
  }, [token]);

  if (preview === null) return <LoadingPage />;
  if (typeof preview === "string" || token === null)
    return <InviteProblem error={typeof preview === "string" ? preview : "invalid"} />;
  return <JoinForm token={token} preview={preview} />;
}

function JoinForm({ token, preview }: { token: string; preview: InvitePreview }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(lastDisplayName);
  const [org, setOrg] = useState<OrgAnswer>({ orgId: null, newOrgName: "" });
  const [fn, setFn] = useState<PersonFunction | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AccessError | null>(null);

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
        <OrgChoice orgs={preview.orgs} value={org} onChange={setOrg} />
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
