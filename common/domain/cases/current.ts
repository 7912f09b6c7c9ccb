import type { Case, SeriesState } from "../types.js";
import { put } from "../reduce/helpers.js";

/**
 * The state with the named case changed; unchanged when there is no such
 * case (an event that reached a client without it).
 */
export function withCase(state: SeriesState, caseId: string, change: (theCase: Case) => SeriesState): SeriesState {
  const current = state.cases[caseId];
  return current ? change(current) : state;
}

/** The state with one case replaced. */
export function setCase(state: SeriesState, caseId: string, next: Case): SeriesState {
  return { ...state, cases: put(state.cases, caseId, next) };
}

/** The case of a command, for the client's pending marks. */
export function caseOf(command: { caseId: string }): string {
  return command.caseId;
}
