import { sideOfFunction, type Side } from "../vocabulary.js";
import type { Agreement, Person, SeriesState } from "../types.js";

/** The side a person sits on, from their function. */
export function sideOfPerson(person: Person): Side | null {
  return sideOfFunction(person.function);
}

/** The sides among an agreement's owners. */
export function ownerSides(state: SeriesState, agreement: Agreement): Set<Side> {
  const sides = new Set<Side>();
  for (const id of agreement.ownerIds) {
    const person = state.people[id];
    const side = person ? sideOfPerson(person) : null;
    if (side) sides.add(side);
  }
  return sides;
}
