import type { SeriesState, Session } from "../types.js";
import { put } from "../reduce/helpers.js";

/**
 * The state with the named session changed; unchanged when there is no such
 * session (an event that reached a client without it).
 */
export function withSession(
  state: SeriesState,
  sessionId: string,
  change: (session: Session) => SeriesState,
): SeriesState {
  const current = state.sessions[sessionId];
  return current ? change(current) : state;
}

/** The state with one session replaced. */
export function setSession(state: SeriesState, next: Session): SeriesState {
  return { ...state, sessions: put(state.sessions, next.id, next) };
}
