import { revisionsOf } from "../domain/rules/lineage.js";
import { agreementReviews } from "../domain/rules/review.js";
import type { Review, SeriesState, Session } from "../domain/types.js";
import { Kept, OutcomeReached } from "../domain/vocabulary.js";

/** How many reviews said kept, partly or not kept. */
export type KeptCounts = Record<Kept, number>;

/** How many reviews said the intended outcome was reached, partly reached or not reached. */
export type OutcomeCounts = Record<OutcomeReached, number>;

/** A review with the session it happened at. */
export interface SessionReview {
  session: Session;
  review: Review;
}

/** Whether a review answers one of the result questions: was it kept, was the outcome reached. */
export function hasVerdict(review: Review): boolean {
  return review.kept !== null || review.outcome !== null;
}

/** Whether a review recorded anything: a verdict, a goal fit or a decision (a started but blank one did not). */
export function recordedAnything(review: Review): boolean {
  return hasVerdict(review) || review.decision !== null || Object.keys(review.fit).length > 0;
}

/** The agreement's newest review (in session order) that recorded anything; null when there is none. */
export function latestReview(state: SeriesState, agreementId: string): SessionReview | null {
  return agreementReviews(state, agreementId).findLast(({ review }) => recordedAnything(review)) ?? null;
}

/** The outcome the agreement's newest review with an outcome gave; null when no review said. */
export function latestOutcome(state: SeriesState, agreementId: string): OutcomeReached | null {
  return agreementReviews(state, agreementId).findLast(({ review }) => review.outcome !== null)?.review.outcome ?? null;
}

/** The agreement that revises this one (its direct successor), or null. */
export function revisedInto(state: SeriesState, agreementId: string): string | null {
  // A revision never revises its own predecessor: the import refuses cycles and new agreements get new ids.
  return revisionsOf(state, agreementId).find((a) => a.id !== agreementId)?.id ?? null;
}

/** Counts the kept verdicts of the reviews; reviews without one are not counted. */
export function countKept(reviews: readonly Review[]): KeptCounts {
  const counts: KeptCounts = { [Kept.kept]: 0, [Kept.partly]: 0, [Kept.not]: 0 };
  for (const review of reviews) if (review.kept !== null) counts[review.kept] += 1;
  return counts;
}

/** Counts the outcome verdicts; nulls (no verdict) are not counted. */
export function countOutcomes(outcomes: readonly (OutcomeReached | null)[]): OutcomeCounts {
  const counts: OutcomeCounts = { [OutcomeReached.yes]: 0, [OutcomeReached.partly]: 0, [OutcomeReached.no]: 0 };
  for (const outcome of outcomes) if (outcome !== null) counts[outcome] += 1;
  return counts;
}

/** `part` as a share of everything counted (0..1); null when nothing was counted. */
export function share(part: number, counts: Readonly<Record<string, number>>): number | null {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return total === 0 ? null : part / total;
}
