import { reviewsOf, revisionsOf } from "../domain/rules/lineage.js";
import { sessionsInOrder } from "../domain/rules/sessions.js";
import type { Review, SeriesState } from "../domain/types.js";
import { ChangeKind, Decision, OutcomeReached } from "../domain/vocabulary.js";
import { goalStatusOn, goalTrends, GoalTrendStatus } from "./goalTrend.js";

/** How many judgements in a row it takes before optimizing no longer looks like enough. */
const MISSES_IN_A_ROW = 2;

/** Why a redesign is suggested: an agreement's outcome missed, or a goal behind plan, at two sessions in a row. */
export const RedesignReason = { outcomeMissed: "outcome_missed", goalBehind: "goal_behind" } as const;
export type RedesignReason = (typeof RedesignReason)[keyof typeof RedesignReason];

/** One suggestion to redesign: "Optimieren reicht offenbar nicht: neu gestalten?". */
export interface RedesignSuggestion {
  reason: RedesignReason;
  /** The agreement or goal it is about. */
  itemId: string;
  title: string;
  /** The two sessions that found it missed or behind, older first. */
  sessionIds: [string, string];
}

/**
 * The reviews of an agreement and of every version before it (a revision's
 * predecessor's reviews count), oldest session first.
 */
function lineageReviews(state: SeriesState, agreementId: string): Review[] {
  const order = new Map(sessionsInOrder(state).map((session, index) => [session.id, index]));
  const reviews: Review[] = [];
  const seen = new Set<string>();
  let id: string | null = agreementId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    reviews.push(...reviewsOf(state, id));
    id = state.agreements[id]?.predecessorId ?? null;
  }
  return reviews
    .filter((review) => order.has(review.sessionId))
    .sort((a, b) => (order.get(a.sessionId) ?? 0) - (order.get(b.sessionId) ?? 0));
}

/**
 * The two sessions whose reviews found the agreement's outcome missed, when
 * its last two judged reviews (along its versions) both did; null otherwise.
 * A review that has not said whether the outcome was reached does not count.
 */
export function outcomeMissedTwice(state: SeriesState, agreementId: string): [string, string] | null {
  const judged = lineageReviews(state, agreementId).filter((review) => review.outcome !== null);
  const last = judged.slice(-MISSES_IN_A_ROW);
  if (last.length < MISSES_IN_A_ROW || !last.every((review) => review.outcome === OutcomeReached.no)) return null;
  const [older, newer] = last;
  return older && newer ? [older.sessionId, newer.sessionId] : null;
}

/**
 * The redesign suggestion for one agreement, as the review shows it where the
 * facilitator decides: its outcome missed at two reviews in a row and not yet
 * tagged "redesign".
 */
export function agreementRedesign(state: SeriesState, agreementId: string): RedesignSuggestion | null {
  const agreement = state.agreements[agreementId];
  if (!agreement || agreement.changeKind === ChangeKind.redesign) return null;
  const sessionIds = outcomeMissedTwice(state, agreementId);
  return sessionIds && { reason: RedesignReason.outcomeMissed, itemId: agreementId, title: agreement.text, sessionIds };
}

/** Whether an agreement is still being worked on: not revised into a newer version, not closed or dropped. */
function stillRunning(state: SeriesState, agreementId: string): boolean {
  if (revisionsOf(state, agreementId).length > 0) return false;
  const decisions = reviewsOf(state, agreementId).map((review) => review.decision);
  return !decisions.includes(Decision.close) && !decisions.includes(Decision.drop);
}

/**
 * The goals behind plan at the last two sessions held by `today`
 * (YYYY-MM-DD), as the KPI trend judges them on each session's day; goals
 * tagged "redesign" are left out.
 */
function goalRedesigns(state: SeriesState, today: string): RedesignSuggestion[] {
  const held = sessionsInOrder(state).filter((session) => session.date !== "" && session.date <= today);
  const [older, newer] = held.slice(-MISSES_IN_A_ROW);
  if (!older || !newer) return [];
  return goalTrends(state, today)
    .filter((trend) => state.goals[trend.goalId]?.changeKind !== ChangeKind.redesign)
    .filter((trend) => [older, newer].every((s) => goalStatusOn(trend, s.date) === GoalTrendStatus.behind))
    .map((trend) => ({
      reason: RedesignReason.goalBehind,
      itemId: trend.goalId,
      title: trend.title,
      sessionIds: [older.id, newer.id],
    }));
}

/**
 * Where the evidence says optimizing is not enough: every running agreement
 * whose outcome was missed at two reviews in a row (its earlier versions'
 * reviews count) and every goal behind plan at the last two sessions held by
 * `today`; what is already tagged "redesign" is not suggested again.
 * Agreements first, in the order they were made, then goals.
 */
export function redesignSuggestions(state: SeriesState, today: string): RedesignSuggestion[] {
  const agreements = Object.values(state.agreements)
    .sort((a, b) => a.createdSeq - b.createdSeq)
    .filter((agreement) => stillRunning(state, agreement.id))
    .map((agreement) => agreementRedesign(state, agreement.id))
    .filter((suggestion) => suggestion !== null);
  return [...agreements, ...goalRedesigns(state, today)];
}
