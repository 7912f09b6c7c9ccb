import type { SeriesEvent } from "../apply.js";
import type { Agreement, Case, Goal, SeriesState } from "../types.js";
import { ItemKind } from "../vocabulary.js";
import type { ItemRef } from "./itemRefs.js";
import { canSee, type Viewer } from "./viewer.js";

/** An event as one viewer receives it, and whether their view changed as a whole (send them a snapshot). */
export interface ProjectedEvent {
  event: SeriesEvent;
  resync: boolean;
}

/** The placeholder a viewer receives for an event they may not see: it only advances the sequence number. */
export function hiddenEvent(event: SeriesEvent): SeriesEvent {
  return { seq: event.seq, commandId: "", actorId: "", at: event.at, command: { type: "hidden" } };
}

/** The org an item is internal to; null when shared; undefined when there is no such item. */
export function internalToOf(state: SeriesState, item: ItemRef): string | null | undefined {
  const table: Record<string, Case | Agreement | Goal> =
    item.kind === ItemKind.case ? state.cases : item.kind === ItemKind.agreement ? state.agreements : state.goals;
  return Object.hasOwn(table, item.id) ? table[item.id]?.internalTo : undefined;
}

/** Whether the viewer sees the item in the state, may not see it, or it is not there. */
export function visibility(state: SeriesState, item: ItemRef, viewer: Viewer): "visible" | "hidden" | "absent" {
  const internalTo = internalToOf(state, item);
  if (internalTo === undefined) return "absent";
  return canSee(viewer, internalTo) ? "visible" : "hidden";
}

/** The revealed vote totals of the items the viewer may see. */
export function visibleTotals(state: SeriesState, viewer: Viewer): Record<string, number> {
  const totals = state.room.voting?.totals ?? {};
  return Object.fromEntries(
    Object.entries(totals).filter(([id]) => {
      const item = state.cases[id] ?? state.agreements[id];
      return item === undefined || canSee(viewer, item.internalTo);
    }),
  );
}
