import { sessionCloseBlockers } from "../../../../common/domain/rules/review.js";
import type { Agreement, Case, SeriesState, Session } from "../../../../common/domain/types.js";

/** A case counts as discussed once anything was said about it: a note, a mirror statement or an agreement. */
function discussed(state: SeriesState, item: Case): boolean {
  const said = item.wentWell.length + item.wentWrong.length + item.betterNext.length + item.mirrors.length > 0;
  return said || Object.values(state.agreements).some((a) => a.caseId === item.id);
}

/** The agreements made in the session, in the order they were written. */
export function sessionAgreements(state: SeriesState, session: Session): Agreement[] {
  return Object.values(state.agreements)
    .filter((a) => a.sessionId === session.id)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** The session's cases nobody spoke to yet, in the order they were added. */
export function undiscussedCases(state: SeriesState, session: Session): Case[] {
  return Object.values(state.cases)
    .filter((c) => c.sessionId === session.id && !discussed(state, c))
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/** What the recap lists as still open: cases nobody spoke to and due reviews without a decision. */
export function recapOpenPoints(state: SeriesState, session: Session): { cases: Case[]; undecided: Agreement[] } {
  return { cases: undiscussedCases(state, session), undecided: sessionCloseBlockers(state, session.id) };
}

/** The session planned for the chosen next date, once it exists. */
export function nextSessionOf(state: SeriesState, session: Session): Session | null {
  if (session.nextDate === "") return null;
  return (
    Object.values(state.sessions).find(
      (s) => s.id !== session.id && s.date === session.nextDate && s.createdSeq > session.createdSeq,
    ) ?? null
  );
}
