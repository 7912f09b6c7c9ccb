import { sessionsInOrder } from "../domain/rules/sessions.js";
import type { Review, SeriesState, Session } from "../domain/types.js";
import type { SessionKind } from "../domain/vocabulary.js";
import { countKept, countOutcomes, hasVerdict, share, type KeptCounts, type OutcomeCounts } from "./verdicts.js";

/** The agreement results of one session: one point of the trend chart. */
export interface SessionResults {
  sessionId: string;
  /** YYYY-MM-DD. */
  date: string;
  kind: SessionKind;
  /** Reviews at this session with a verdict (kept or outcome reached set). */
  reviewed: number;
  kept: KeptCounts;
  /** kept / (kept + partly + not); partly does not count as half. null when no review said. */
  keptRate: number | null;
  outcome: OutcomeCounts;
  /** yes / (yes + partly + no); partly does not count as half. null when no review said. */
  outcomeRate: number | null;
}

/**
 * Agreement results per session, in session order, for the sessions that
 * recorded at least one verdict. Every review counts at the session it
 * happened at, so each version of a revised agreement counts where it was checked.
 */
export function agreementTrend(state: SeriesState): SessionResults[] {
  const bySession = new Map<string, Review[]>();
  for (const review of Object.values(state.reviews)) {
    if (!hasVerdict(review) || !Object.hasOwn(state.agreements, review.agreementId)) continue;
    const list = bySession.get(review.sessionId);
    if (list) list.push(review);
    else bySession.set(review.sessionId, [review]);
  }
  return sessionsInOrder(state).flatMap((session) => {
    const reviews = bySession.get(session.id);
    return reviews ? [sessionResults(session, reviews)] : [];
  });
}

/** The results of reviews with verdicts, wherever they happened. */
export function resultsOf(reviews: readonly Review[]): Omit<SessionResults, "sessionId" | "date" | "kind"> {
  const kept = countKept(reviews);
  const outcome = countOutcomes(reviews.map((r) => r.outcome));
  return {
    reviewed: reviews.length,
    kept,
    keptRate: share(kept.kept, kept),
    outcome,
    outcomeRate: share(outcome.yes, outcome),
  };
}

function sessionResults(session: Session, reviews: readonly Review[]): SessionResults {
  return { sessionId: session.id, date: session.date, kind: session.kind, ...resultsOf(reviews) };
}
