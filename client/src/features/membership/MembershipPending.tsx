import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { personOf } from "../room/viewer.js";
import { isUnconfirmed } from "./membership.js";
import "./membership.css";

/** Tells an unconfirmed person why they do not see their organisation's internal items yet. */
export function MembershipPending({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const person = personOf(state, me);
  if (!person || !isUnconfirmed(person) || person.orgId === null) return null;
  const org = state.orgs[person.orgId]?.name;
  if (org === undefined) return null;
  return (
    <p className="membership-pending" role="status" data-testid="membership-pending">
      {t("membership.pending", { org })}
    </p>
  );
}
