import type { Person, SeriesState } from "@common/domain/types.js";
import type { InviteView } from "@common/protocol.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useT, type Translate } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { roleGroupKey } from "./roleLabels.js";

/**
 * The links a person may have joined through, from the invite list: live links
 * of their role, for their organisation or for everyone, that someone joined by.
 * The list does not say who joined where, so this is only certain when one is left.
 */
export function joinLinkCandidates(person: Person, invites: readonly InviteView[]): InviteView[] {
  return invites.filter(
    (i) =>
      i.revokedAt === null &&
      i.joined > 0 &&
      i.createdBy !== person.id &&
      i.role === person.role &&
      (i.orgId === null || i.orgId === person.orgId),
  );
}

function describeLink(invite: InviteView, state: SeriesState, t: Translate, date: string): string {
  const role = t(roleGroupKey(invite.role));
  const org = invite.orgId === null ? null : (state.orgs[invite.orgId]?.name ?? null);
  return org === null ? t("room.person.link", { role, date }) : t("room.person.linkOf", { role, org, date });
}

/** What revoking a person's access does, truthfully: devices at once, their own links too, not the link they came by. */
export function RevokeWarning({
  state,
  person,
  invites,
}: {
  state: SeriesState;
  person: Person;
  invites: readonly InviteView[];
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const name = person.name;
  const made = invites.filter((i) => i.createdBy === person.id && i.revokedAt === null).length;
  const candidates = joinLinkCandidates(person, invites);
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return (
    <span className="confirm-question" data-testid={`person-revoke-warning-${person.id}`}>
      {t("room.person.revoke.devices", { name })}{" "}
      {made > 0 && <>{t("room.person.revoke.links", { name, count: made })} </>}
      {only
        ? t("room.person.revoke.joinedVia", {
            name,
            link: describeLink(only, state, t, formatDate(only.createdAt.slice(0, 10), language)),
          })
        : t("room.person.revoke.joinedUnknown", { name })}{" "}
      {t("room.person.revoke.question")}
    </span>
  );
}
