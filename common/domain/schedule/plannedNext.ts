import type { Case, SeriesState, Session } from "../types.js";
import { nextCadenceDate } from "./nextDate.js";
import { NO_SCHEDULE, type Schedule } from "./schedule.js";

/** The series' schedule, or none for a series that never set one. */
export function scheduleOf(state: SeriesState): Schedule {
  return state.schedule ?? NO_SCHEDULE;
}

/** A case counts as discussed once anything was said about it: a note, a mirror statement or an agreement. */
export function wasDiscussed(state: SeriesState, item: Case): boolean {
  const said = item.wentWell.length + item.wentWrong.length + item.betterNext.length + item.mirrors.length > 0;
  return said || Object.values(state.agreements).some((a) => a.caseId === item.id);
}

/** The cases of a session nobody spoke to, in the order they were added: what a close offers to carry over. */
export function undiscussedCases(state: SeriesState, sessionId: string): Case[] {
  return Object.values(state.cases)
    .filter((c) => c.sessionId === sessionId && !wasDiscussed(state, c))
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** The session still planned after this one (open, not cancelled, dated later), the earliest first; null for none. */
export function plannedAfter(state: SeriesState, session: Session): Session | null {
  const later = Object.values(state.sessions).filter(
    (s) => s.id !== session.id && s.closedSeq === null && s.cancelled !== true && s.date > session.date,
  );
  return later.sort((a, b) => a.date.localeCompare(b.date) || a.createdSeq - b.createdSeq)[0] ?? null;
}

/** Where the next session comes from: the date chosen at the close, or the series' cadence. */
export type NextSource = "chosen" | "cadence";

/** The session a close would plan when none is planned yet: its date, where the date comes from, and its values. */
export interface PlannedNext {
  date: string;
  source: NextSource;
  values: {
    date: string;
    place: string;
    kind: Session["kind"];
    hostOrgId: string | null;
    startTime: string;
    durationMin: number | null;
  };
}

/**
 * The next session a close makes: on the next date chosen at the close
 * (which wins) or else the cadence's next date after this session, with the
 * same place, kind and host, and this session's time (or the schedule's).
 * Null when a later session is planned already, or neither a date was chosen
 * nor a cadence set.
 */
export function plannedNext(state: SeriesState, session: Session): PlannedNext | null {
  if (plannedAfter(state, session) !== null) return null;
  const schedule = scheduleOf(state);
  const cadenceDate = nextCadenceDate(schedule.cadence, session.date);
  const date = session.nextDate !== "" ? session.nextDate : cadenceDate;
  if (date === null) return null;
  const startTime =
    session.startTime !== undefined && session.startTime !== "" ? session.startTime : schedule.startTime;
  return {
    date,
    source: session.nextDate !== "" ? "chosen" : "cadence",
    values: {
      date,
      place: session.place,
      kind: session.kind,
      hostOrgId: session.hostOrgId,
      startTime,
      durationMin: session.durationMin ?? schedule.durationMin,
    },
  };
}
