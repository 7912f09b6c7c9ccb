import { sessionCloseBlockers } from "@common/domain/rules/review.js";
import { undiscussedCases } from "@common/domain/schedule/plannedNext.js";
import type { Agreement, Case, SeriesState, Session } from "@common/domain/types.js";

/** The agreements made in the session, in the order they were written. */
export function sessionAgreements(state: SeriesState, session: Session): Agreement[] {
  return Object.values(state.agreements)
    .filter((a) => a.sessionId === session.id)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** What the recap lists as still open: cases nobody spoke to and due reviews without a decision. */
export function recapOpenPoints(state: SeriesState, session: Session): { cases: Case[]; undecided: Agreement[] } {
  return { cases: undiscussedCases(state, session.id), undecided: sessionCloseBlockers(state, session.id) };
}
