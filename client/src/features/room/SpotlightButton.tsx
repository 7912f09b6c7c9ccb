import type { SeriesState } from "@common/domain/types.js";
import type { ItemKind } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useCanSend } from "../../ui/permissions.js";
import { useSync } from "../../sync/context.js";
import "./room.css";

/** Whether an item is in the spotlight. */
export function inSpotlight(state: SeriesState, itemId: string): boolean {
  return state.room.spotlight?.id === itemId;
}

/** "Fokus setzen" on a card: the facilitator brings everyone to this item (again: lifts the focus). */
export function SpotlightButton({ state, kind, itemId }: { state: SeriesState; kind: ItemKind; itemId: string }) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  if (!canSend("room.spotlight")) {
    return inSpotlight(state, itemId) ? (
      <span className="spotlight-badge" data-testid={`room-spotlight-badge-${itemId}`}>
        {t("room.spotlight.badge")}
      </span>
    ) : null;
  }
  const on = inSpotlight(state, itemId);
  return (
    <button
      type="button"
      className={on ? "button-primary button-small spotlight-button" : "button-quiet button-small spotlight-button"}
      aria-pressed={on}
      data-testid={`room-spotlight-${itemId}`}
      onClick={() => sync.send({ type: "room.spotlight", item: on ? null : { kind, id: itemId } })}
    >
      {on ? t("room.spotlight.clear") : t("room.spotlight.set")}
    </button>
  );
}
