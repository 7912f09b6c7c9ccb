import { FINAL_DECISIONS, type Decision } from "../vocabulary.js";
import { reviewId, type Agreement, type Review, type SeriesState, type Session } from "../types.js";
import { reviewsOf, revisionsOf } from "./lineage.js";
import { sessionBefore } from "./sessions.js";

/** Whether the agreement existed before the session, so that the session must check it. */
function madeBefore(state: SeriesState, agreement: Agreement, session: Session): boolean {
  if (agreement.sessionId === session.id) return false;
  const madeIn = agreement.sessionId === null ? undefined : state.sessions[agreement.sessionId];
  if (madeIn) return sessionBefore(madeIn, session);
  // Made between sessions: due at every session that was still open when it was made.
  return session.closedSeq === null || session.closedSeq > agreement.createdSeq;
}

/** Whether a session before `session` closed, revised or dropped the agreement. */
function settledBefore(state: SeriesState, agreement: Agreement, session: Session): boolean {
  return reviewsOf(state, agreement.id).some((review) => {
    if (review.decision === null) return false;
    const at = state.sessions[review.sessionId];
    return at !== undefined && FINAL_DECISIONS.includes(review.decision) && sessionBefore(at, session);
  });
}

/**
 * The agreements a session checks: made in an earlier session (or between
 * sessions) and not closed, revised or dropped at an earlier session.
 */
export function agreementsDueForReview(state: SeriesState, sessionId: string): Agreement[] {
  const session = state.sessions[sessionId];
  if (!session) return [];
  return Object.values(state.agreements)
    .filter((a) => madeBefore(state, a, session) && !settledBefore(state, a, session))
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/**
 * The latest closed session before `session` at which the agreement was due
 * and closed without a decision on it: it comes back to this session's review
 * carried over. Null when it was decided at every earlier check (or never due).
 */
export function leftUndecidedAt(state: SeriesState, agreement: Agreement, session: Session): Session | null {
  let latest: Session | null = null;
  for (const earlier of Object.values(state.sessions)) {
    if (earlier.closedSeq === null || !sessionBefore(earlier, session)) continue;
    if (!madeBefore(state, agreement, earlier) || settledBefore(state, agreement, earlier)) continue;
    if ((state.reviews[reviewId(earlier.id, agreement.id)]?.decision ?? null) !== null) continue;
    if (latest === null || sessionBefore(latest, earlier)) latest = earlier;
  }
  return latest;
}

/** Due agreements the session has not decided on yet: closing the session needs confirmation then. */
export function sessionCloseBlockers(state: SeriesState, sessionId: string): Agreement[] {
  return agreementsDueForReview(state, sessionId).filter(
    (a) => (state.reviews[reviewId(sessionId, a.id)]?.decision ?? null) === null,
  );
}

/** Whether any review closed, revised or dropped the agreement. */
export function isSettled(state: SeriesState, agreementId: string): boolean {
  return reviewsOf(state, agreementId).some((r) => r.decision !== null && FINAL_DECISIONS.includes(r.decision));
}

/** The decision that ended an agreement (close, revise or drop), or null while it lives on. */
export function settlingDecision(state: SeriesState, agreementId: string): Decision | null {
  for (const review of reviewsOf(state, agreementId)) {
    if (review.decision === null) continue;
    if (FINAL_DECISIONS.includes(review.decision)) return review.decision;
  }
  return null;
}

/** An agreement's life across sessions: its reviews in order and its lineage both ways. */
export interface AgreementHistory {
  reviews: { session: Session; review: Review }[];
  /** The agreements it revises, nearest first. */
  predecessors: Agreement[];
  /** The agreements that revise it, nearest first. */
  successors: Agreement[];
}

/** The agreement's reviews with their sessions, in session order. */
export function agreementReviews(state: SeriesState, agreementId: string): { session: Session; review: Review }[] {
  return reviewsOf(state, agreementId)
    .flatMap((review) => {
      const session = state.sessions[review.sessionId];
      return session ? [{ session, review }] : [];
    })
    .sort((a, b) => (sessionBefore(a.session, b.session) ? -1 : 1));
}

/**
 * The history of one agreement: work in proportion to its own chain of
 * revisions and reviews (the index behind it is built once per state).
 */
export function agreementHistory(state: SeriesState, agreementId: string): AgreementHistory {
  const predecessors: Agreement[] = [];
  const seen = new Set([agreementId]);
  let back = state.agreements[agreementId]?.predecessorId ?? null;
  while (back !== null && !seen.has(back)) {
    const previous = state.agreements[back];
    if (!previous) break;
    predecessors.push(previous);
    seen.add(back);
    back = previous.predecessorId;
  }
  const successors: Agreement[] = [];
  let forward = agreementId;
  for (;;) {
    const next = revisionsOf(state, forward).find((a) => !seen.has(a.id));
    if (!next) break;
    successors.push(next);
    seen.add(next.id);
    forward = next.id;
  }
  return { reviews: agreementReviews(state, agreementId), predecessors, successors };
}
