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
 * Whether "typing in this item" may be shown at all: in a case whose
 * went-wrong notes and mirror statements are anonymous right now, who types
 * there would give the author away.
 */
export function typingShown(state: SeriesState, itemId: string): boolean {
  if (!Object.hasOwn(state.cases, itemId)) return true;
  return contributionAnonymity(state, itemId, null) === AnonymityMode.named;
}

/** Who is online as `viewer` may see it: focus and typing on items hidden from them are left out. */
export function presenceFor(state: SeriesState, online: readonly PresenceEntry[], viewer: Viewer): PresenceEntry[] {
  const shown = (id: string | null): string | null => {
    if (id === null) return null;
    const internalTo = internalToOfId(state, id);
    return internalTo === undefined || canSee(viewer, internalTo) ? id : null;
  };
  return online.map((entry) => ({
    ...entry,
    focus: shown(entry.focus),
    typing: entry.typing !== null && typingShown(state, entry.typing) ? shown(entry.typing) : null,
  }));
}
