import type { PresenceEntry } from "../../protocol.js";
import { contributionAnonymity } from "../rules/anonymity.js";
import type { SeriesState } from "../types.js";
import { AnonymityMode } from "../vocabulary.js";
import { canSee, type Viewer } from "./viewer.js";

/** The org an item id is internal to, if it names a case, agreement or goal; undefined otherwise. */
function internalToOfId(state: SeriesState, id: string): string | null | undefined {
  for (const table of [state.cases, state.agreements, state.goals]) {
    if (Object.hasOwn(table, id)) return table[id]?.internalTo ?? null;
  }
  return undefined;
}

/**
 * How long after the last keystroke someone still counts as typing: a person
 * who stops to think or read is no longer shown as "tippt …".
 */
export const TYPING_IDLE_MS = 2000;

/**
 * Whether "looking at / typing in this item" may be shown at all: in a case
 * whose went-wrong notes and mirror statements are anonymous right now, who
 * has it open when a note appears would give the author away as much as
 * who types there.
 */
export function activityShown(state: SeriesState, itemId: string): boolean {
  if (!Object.hasOwn(state.cases, itemId)) return true;
  return contributionAnonymity(state, itemId, null) === AnonymityMode.named;
}

/**
 * Who is online as `viewer` may see it: focus and typing on items hidden from
 * them are left out, and so are others' focus and typing on a case whose notes
 * are anonymous right now (the facilitator included).
 */
export function presenceFor(state: SeriesState, online: readonly PresenceEntry[], viewer: Viewer): PresenceEntry[] {
  const shown = (id: string | null, own: boolean): string | null => {
    if (id === null || (!own && !activityShown(state, id))) return null;
    const internalTo = internalToOfId(state, id);
    return internalTo === undefined || canSee(viewer, internalTo) ? id : null;
  };
  return online.map((entry) => {
    const own = viewer.personId !== null && entry.personId === viewer.personId;
    return { ...entry, focus: shown(entry.focus, own), typing: shown(entry.typing, own) };
  });
}
