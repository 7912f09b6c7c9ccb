import type { Person, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { isUnconfirmed, mayConfirm } from "./membership.js";
import "./membership.css";

/** "unbestätigt" on a person whose organisation is not vouched for yet. */
export function UnconfirmedBadge({ state, person }: { state: SeriesState; person: Person }) {
  const t = useT();
  if (!isUnconfirmed(person)) return null;
  const org = person.orgId === null ? "" : (state.orgs[person.orgId]?.name ?? "");
  return (
    <span
      className="membership-badge"
      title={t("membership.unconfirmed.hint", { org })}
      data-testid={`person-unconfirmed-${person.id}`}
    >
      {t("membership.unconfirmed")}
    </span>
  );
}

/** "Zugehörigkeit bestätigen", for facilitators and confirmed members of the person's organisation. */
export function ConfirmMembershipButton({
  state,
  me,
  person,
}: {
  state: SeriesState;
  me: string | null;
  person: Person;
}) {
  const t = useT();
  const sync = useSync();
  if (!mayConfirm(state, me, person)) return null;
  return (
    <button
      type="button"
      className="button-secondary button-small"
      data-testid={`person-confirm-${person.id}`}
      onClick={() => sync.send({ type: "person.confirm", personId: person.id })}
    >
      {t("membership.confirm")}
    </button>
  );
}

/** The badge and, for whoever may, the button that vouches. */
export function MembershipBadge({ state, me, person }: { state: SeriesState; me: string | null; person: Person }) {
  return (
    <>
      <UnconfirmedBadge state={state} person={person} />
      <ConfirmMembershipButton state={state} me={me} person={person} />
    </>
  );
}
