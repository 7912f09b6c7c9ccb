import type { SeriesState } from "../types.js";
import type { Role } from "../vocabulary.js";
import { put } from "../reduce/helpers.js";

/** The state with the person in the role (unchanged when there is no such person). */
export function withRole(state: SeriesState, personId: string, role: Role): SeriesState {
  const person = Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
  return person ? { ...state, people: put(state.people, personId, { ...person, role }) } : state;
}
