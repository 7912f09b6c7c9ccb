import { isOverdue } from "../domain/rules/agreements.js";
import { isSettled } from "../domain/rules/review.js";
import type { SeriesState } from "../domain/types.js";
import { AgreementStatus } from "../domain/vocabulary.js";
import { resultsOf } from "./agreementTrend.js";
import { hasVerdict } from "./verdicts.js";

/** The headline figures of a series' results. */
export interface ResultsOverview {
  /** Every agreement, each version of a revised one counted. */
  agreements: number;
  /** Not done and not closed, revised or dropped by a review: a revised chain counts once, by its newest version. */
  open: number;
  /** Past due, not done and not settled (the board's overdue flag). */
  overdue: number;
  /** Agreements with at least one review with a verdict (kept or outcome reached). */
  reviewed: number;
  /** kept / (kept + partly + not) over every review of the series that says; null when none says. */
  keptRate: number | null;
  /** yes / (yes + partly + no) over every review of the series that says; null when none says. */
  outcomeRate: number | null;
}

/** Totals across the whole series; `today` is YYYY-MM-DD. */
export function resultsOverview(state: SeriesState, today: string): ResultsOverview {
  const agreements = Object.values(state.agreements);
  const reviews = Object.values(state.reviews).filter(
    (r) => hasVerdict(r) && Object.hasOwn(state.agreements, r.agreementId),
  );
  const { keptRate, outcomeRate } = resultsOf(reviews);
  return {
    agreements: agreements.length,
    open: agreements.filter((a) => a.status !== AgreementStatus.done && !isSettled(state, a.id)).length,
    overdue: agreements.filter((a) => isOverdue(state, a, today)).length,
    reviewed: new Set(reviews.map((r) => r.agreementId)).size,
    keptRate,
    outcomeRate,
  };
}
