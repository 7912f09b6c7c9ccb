import { isSettled } from "../domain/rules/review.js";
import { agreementsDueForReview } from "../domain/rules/review.js";
import type { Agreement, SeriesState, Session } from "../domain/types.js";
import { AgreementStatus } from "../domain/vocabulary.js";
import { daysBetween } from "./mailClock.js";

/** Why an agreement is in today's reminder. */
export const ReminderReason = { dueSoon: "dueSoon", overdue: "overdue", stillOverdue: "stillOverdue" } as const;
export type ReminderReason = (typeof ReminderReason)[keyof typeof ReminderReason];

/** One agreement of a reminder mail and why it is in it. */
export interface ReminderItem {
  agreement: Agreement;
  reason: ReminderReason;
}

/** Days after a digest's session that its mail may still go out (a server down on the day catches up). */
export const DIGEST_DAYS = 3;

/**
 * Why the agreement is reminded of on `today`, or null: `reminderDays`
 * before its due date, on the first day it is overdue, then every seventh
 * day while it stays overdue; never once it is done or settled by a review.
 */
export function reminderReason(
  state: SeriesState,
  agreement: Agreement,
  today: string,
  reminderDays: number,
): ReminderReason | null {
  if (agreement.due === "" || agreement.status === AgreementStatus.done || isSettled(state, agreement.id)) return null;
  const left = daysBetween(today, agreement.due);
  if (left === reminderDays) return ReminderReason.dueSoon;
  if (left === -1) return ReminderReason.overdue;
  if (left < -1 && (-left - 1) % 7 === 0) return ReminderReason.stillOverdue;
  return null;
}

/**
 * What a person's reminder of `today` holds: the agreements they own that are
 * reminded of today, in the order they were made. `state` is what the person
 * may see (projected for them). Empty: no reminder today.
 */
export function remindersFor(
  state: SeriesState,
  personId: string,
  today: string,
  reminderDays: number,
): ReminderItem[] {
  return Object.values(state.agreements)
    .filter((a) => a.ownerIds.includes(personId))
    .sort((a, b) => a.createdSeq - b.createdSeq)
    .flatMap((agreement) => {
      const reason = reminderReason(state, agreement, today, reminderDays);
      return reason === null ? [] : [{ agreement, reason }];
    });
}

/**
 * The session whose pre-read goes out on `today`: the next planned one (not
 * closed, not cancelled) within `preReadDays` days after today. Null when none.
 */
export function preReadSession(state: SeriesState, today: string, preReadDays: number): Session | null {
  const upcoming = Object.values(state.sessions)
    .filter((s) => s.closedSeq === null && s.cancelled !== true && s.date > today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdSeq - b.createdSeq);
  const next = upcoming[0];
  return next && daysBetween(today, next.date) <= preReadDays ? next : null;
}

/** The agreements a pre-read lists for review, and which of them the person owns (asked for their status). */
export function preReadAgreements(
  state: SeriesState,
  session: Session,
  personId: string,
): {
  due: Agreement[];
  own: Agreement[];
} {
  const due = agreementsDueForReview(state, session.id);
  return { due, own: due.filter((a) => a.ownerIds.includes(personId)) };
}

/** The closed sessions whose digest may go out on `today`: held at most `DIGEST_DAYS` days ago. */
export function digestSessions(state: SeriesState, today: string): Session[] {
  return Object.values(state.sessions)
    .filter((s) => s.closedSeq !== null && s.date <= today && daysBetween(s.date, today) <= DIGEST_DAYS)
    .sort((a, b) => a.date.localeCompare(b.date));
}
