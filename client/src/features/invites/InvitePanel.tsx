import type { SeriesState } from "../../../../common/domain/types.js";
import { ROLES } from "../../../../common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { projectorPath } from "../../router.js";
import { chooseProjectorInvite } from "./inviteTokens.js";
import { InviteRow } from "./InviteRow.js";
import { PeopleRoles } from "./PeopleRoles.js";
import { roleGroupKey } from "./roleLabels.js";
import { useInvites } from "./useInvites.js";

/** Invite links per role, the projector, and everyone's role: the facilitator's way to let people in (and out). */
export function InvitePanel({ state, me, onClose }: { state: SeriesState; me: string; onClose: () => void }) {
  const t = useT();
  const invites = useInvites(state.id);
  const list = invites.invites ?? [];

  function openProjector(): void {
    // The projector shows the newest participant link made on this device.
    const participant = list.filter((i) => i.role === "participant" && i.revokedAt === null && invites.tokens[i.id]);
    const newest = participant.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (newest) chooseProjectorInvite(state.id, newest.id);
  }

  return (
    <section
      className="panel invite-panel"
      role="dialog"
      aria-labelledby="invite-panel-title"
      data-testid="invite-panel"
    >
      <div className="invite-panel-head">
        <h2 id="invite-panel-title">{t("invites.title")}</h2>
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
      <div className="invite-roles">
        {ROLES.map((role) => {
          const ofRole = list.filter((i) => i.role === role);
          return (
            <section key={role} className="invite-role" data-testid={`invite-role-${role}`}>
              <h3>{t(roleGroupKey(role))}</h3>
              <p className="muted small">{t(`invites.role.${role}.hint`)}</p>
              <ul className="plain-list">
                {ofRole.map((invite) => (
                  <InviteRow
                    key={invite.id}
                    invite={invite}
                    token={invites.tokens[invite.id] ?? null}
                    onRevoke={() => invites.revoke(invite.id)}
                  />
                ))}
              </ul>
              <button
                type="button"
                className="button-primary button-small"
                disabled={invites.busy}
                data-testid={`invite-create-${role}`}
                onClick={() => invites.create(role)}
              >
                {t("invites.create")}
              </button>
            </section>
          );
        })}
      </div>
      <PeopleRoles state={state} me={me} onRevoke={invites.revokePerson} />
    </section>
  );
}
