import type { SeriesState, Session } from "../types.js";

/** True when session `a` comes before session `b` (by date, then by when it was planned). */
export function sessionBefore(a: Session, b: Session): boolean {
  if (a.date !== b.date) return a.date < b.date;
  return a.createdSeq < b.createdSeq;
}

/** The series' sessions in calendar order. */
export function sessionsInOrder(state: SeriesState): Session[] {
  return Object.values(state.sessions).sort((a, b) => (sessionBefore(a, b) ? -1 : sessionBefore(b, a) ? 1 : 0));
}

/** The session to work on: the earliest one not closed, else the latest; null without sessions. */
export function currentSession(state: SeriesState): Session | null {
  const ordered = sessionsInOrder(state);
  return ordered.find((s) => s.closedSeq === null) ?? ordered.at(-1) ?? null;
}
