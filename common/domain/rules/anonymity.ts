import type { SeriesState } from "../types.js";
import { AnonymityMode, NoteList } from "../vocabulary.js";

/**
 * How a new contribution to a case names its author: "went wrong" notes
 * (list) and mirror statements (list null) take the mode the facilitator set
 * for the current phase of the case's session; everything else is named.
 */
export function contributionAnonymity(state: SeriesState, caseId: string, list: NoteList | null): AnonymityMode {
  if (list !== null && list !== NoteList.wentWrong) return AnonymityMode.named;
  const sessionId = Object.hasOwn(state.cases, caseId) ? (state.cases[caseId]?.sessionId ?? null) : null;
  const session =
    sessionId !== null && Object.hasOwn(state.sessions, sessionId) ? state.sessions[sessionId] : undefined;
  return session?.anonymity[session.phase] ?? AnonymityMode.named;
}
