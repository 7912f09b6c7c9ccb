import type { SeriesState } from "@common/domain/types.js";
import { Role, type ItemKind } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useCanSend } from "../../ui/permissions.js";
import { useSync } from "../../sync/context.js";
import { personOf } from "./viewer.js";
import { itemOrg } from "@common/domain/visibility/itemOrg.js";
import { confirmedOrg } from "@common/domain/visibility/viewer.js";
import "./room.css";

/** "Intern · Firma A": the item is seen only by that organisation's people. */
export function InternalBadge({ state, internalTo }: { state: SeriesState; internalTo: string | null }) {
  const t = useT();
  if (internalTo === null) return null;
  const org = state.orgs[internalTo]?.name ?? "";
  return (
    <span className="internal-badge" data-testid="internal-badge" title={t("room.internal.hint", { org })}>
      {org ? t("room.internal.badgeOf", { org }) : t("room.internal.badge")}
    </span>
  );
}

/** "Intern für <Org>": people of an organisation keep an item among themselves (or share it again). */
export function InternalToggle(props: {
  state: SeriesState;
  me: string | null;
  kind: ItemKind;
  itemId: string;
  internalTo: string | null;
}) {
  const { state, me, kind, itemId, internalTo } = props;
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const person = personOf(state, me);
  // Until their membership is confirmed, a person keeps nothing internal to the organisation.
  const orgId = person ? confirmedOrg(person) : null;
  if (!person || orgId === null || person.role === Role.observer || !canSend("item.visibility")) return null;
  // An item internal to another organisation is not this person's to share, and only
  // an item of this person's own organisation can be kept internal to it.
  if (internalTo !== null && internalTo !== orgId) return null;
  if (internalTo === null && itemOrg(state, kind, itemId) !== orgId) return null;
  const org = state.orgs[orgId]?.name ?? "";
  return (
    <label className="checkbox-label small internal-toggle">
      <input
        type="checkbox"
        checked={internalTo === orgId}
        data-testid={`internal-toggle-${itemId}`}
        onChange={(e) =>
          sync.send({ type: "item.visibility", kind, itemId, internalTo: e.target.checked ? orgId : null })
        }
      />
      {t("room.internal.toggle", { org })}
    </label>
  );
}
