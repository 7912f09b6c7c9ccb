import { useEffect, useState } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { ROLES, type Role } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { projectorPath } from "../../router.js";
import { OrgQuickSetup } from "../setup/OrgQuickSetup.js";
import { orgsInOrder } from "../setup/PersonSelects.js";
import { chooseProjectorInvite, projectorLinkId } from "./inviteTokens.js";
import { InviteRow } from "./InviteRow.js";
import { PeopleRoles } from "./PeopleRoles.js";
import { ProjectorLink } from "./ProjectorLink.js";
import { roleGroupKey } from "./roleLabels.js";
import { useInvites } from "./useInvites.js";
import { DEFAULT_VALIDITY, INVITE_VALIDITIES, validDaysOf, type InviteValidity } from "./inviteValidity.js";

/** Closes the dialog on Escape. */
function useEscape(onClose: () => void): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      if (event.key === "Escape") onClose();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
}

/** Invite links per role, the projector, and everyone's role: the facilitator's way to let people in (and out). */
export function InvitePanel({ state, me, onClose }: { state: SeriesState; me: string; onClose: () => void }) {
  const t = useT();
  const invites = useInvites(state.id);
  const list = invites.invites ?? [];
  const orgs = orgsInOrder(state.orgs);
  // The organisation the next link of each role is for ("" for everyone).
  const [orgFor, setOrgFor] = useState<Partial<Record<Role, string>>>({});
  // How long new links can be used to join; people who joined stay until revoked.
  const [validity, setValidity] = useState<InviteValidity>(DEFAULT_VALIDITY);
  const projectorId = projectorLinkId(state.id);
  useEscape(onClose);

  function openProjector(): void {
    // The projector shows the newest participant link made on this device.
    const participant = list.filter((i) => i.role === "participant" && i.revokedAt === null && invites.tokens[i.id]);
    const newest = participant.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (newest) chooseProjectorInvite(state.id, newest.id);
  }

  function create(role: Role): void {
    const validDays = validDaysOf(validity);
    if (orgs.length === 0) {
      void invites.create(role, undefined, validDays);
      return;
    }
    const orgId = orgFor[role] ?? "";
    void invites.create(role, orgId === "" || !Object.hasOwn(state.orgs, orgId) ? null : orgId, validDays);
  }

  return (
    <section
      className="panel invite-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="invite-panel-title"
      data-testid="invite-panel"
    >
      <div className="invite-panel-head">
        <h2 id="invite-panel-title">{t("invites.title")}</h2>
        <button type="button" className="button-quiet" data-testid="invite-close" onClick={onClose}>
          {t("invites.close")}
        </button>
      </div>
      <p className="muted">{t("invites.intro")}</p>
      {invites.error && (
        <p className="form-error" role="alert" data-testid="invite-error">
          {t(invites.error)}
        </p>
      )}
      <div className="invite-projector-tools">
        <ProjectorLink seriesId={state.id} invites={invites} />
        <div className="projector-here">
          <span className="muted small">{t("invites.projectorHere.hint")}</span>
          <a
            className="button-secondary"
            href={projectorPath(state.id)}
            target="_blank"
            rel="noreferrer"
            data-testid="invite-projector"
            onClick={openProjector}
          >
            {t("invites.projector")}
          </a>
        </div>
      </div>
      <OrgQuickSetup state={state} testId="invite-orgs" />
      <label className="invite-validity">
        <span>{t("invites.validity.label")}</span>
        <select
          className="text-input select-small"
          value={validity}
          data-testid="invite-validity"
          onChange={(e) => setValidity(e.target.value as InviteValidity)}
        >
          {INVITE_VALIDITIES.map((option) => (
            <option key={option} value={option}>
              {t(`invites.validity.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="invite-roles">
        {ROLES.map((role) => {
          const ofRole = list.filter((i) => i.role === role);
          const roleName = t(roleGroupKey(role));
          return (
            <section key={role} className="invite-role" data-testid={`invite-role-${role}`}>
              <h3>{roleName}</h3>
              <p className="muted small">{t(`invites.role.${role}.hint`)}</p>
              <ul className="plain-list">
                {ofRole.map((invite) => (
                  <InviteRow
                    key={invite.id}
                    invite={invite}
                    token={invites.tokens[invite.id] ?? null}
                    orgName={invite.orgId === null ? null : (state.orgs[invite.orgId]?.name ?? null)}
                    tag={invite.id === projectorId ? t("invites.projectorLink.row") : null}
                    onRevoke={() => invites.revoke(invite.id)}
                  />
                ))}
              </ul>
              <div className="invite-create">
                {orgs.length > 0 && (
                  <select
                    className="text-input select-small"
                    aria-label={t("invites.org.label", { role: roleName })}
                    value={orgFor[role] ?? ""}
                    data-testid={`invite-org-${role}`}
                    onChange={(e) => setOrgFor((current) => ({ ...current, [role]: e.target.value }))}
                  >
                    <option value="">{t("invites.org.all")}</option>
                    {orgs.map((org) => (
                      <option key={org.id} value={org.id}>
                        {org.name}
                      </option>
                    ))}
                  </select>
                )}
                <button
                  type="button"
                  className="button-primary button-small"
                  disabled={invites.busy}
                  data-testid={`invite-create-${role}`}
                  onClick={() => create(role)}
                >
                  {t("invites.create")}
                </button>
              </div>
            </section>
          );
        })}
      </div>
      <PeopleRoles state={state} me={me} invites={list} onRevoke={invites.revokePerson} />
    </section>
  );
}
