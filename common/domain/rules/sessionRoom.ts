import { emptyRoom, type SeriesState } from "../types.js";
import { currentSession } from "./sessions.js";

/**
 * The state after an event, with the room of the session being worked on:
 * when the event made another session the current one (the last one closed,
 * a new one planned or an old one reopened), the room starts empty — no vote
 * or ballots, no timer, spotlight, breakouts, locks or readiness. What the
 * previous session decided stays with it (its vote results, see `voteResults`).
 */
export function roomOfCurrentSession(before: SeriesState, after: SeriesState): SeriesState {
  // Only a change to the sessions can change which one is current.
  if (before.sessions === after.sessions) return after;
  if (currentSession(before)?.id === currentSession(after)?.id) return after;
  return { ...after, room: emptyRoom(), votes: {} };
}
