import type { Person, SeriesState } from "../types.js";
import { Role } from "../vocabulary.js";

/** Who looks at a series: decides which internal items and which ballots they see. */
export interface Viewer {
  personId: string | null;
  orgId: string | null;
  role: Role;
}

/** The viewer a person of the series is; null when they are not one. */
export function viewerOf(state: SeriesState, personId: string): Viewer | null {
  const person = Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
  return person ? { personId: person.id, orgId: confirmedOrg(person), role: person.role } : null;
}

/** The organisation whose internal items a person sees: theirs, once their membership is vouched for. */
export function confirmedOrg(person: Person): string | null {
  return person.orgConfirmed ? person.orgId : null;
}

/** The projector view: no person, no organisation, reads only what the whole series may read. */
export const PUBLIC_VIEWER: Viewer = { personId: null, orgId: null, role: Role.observer };

/** Whether the viewer sees an item internal to `internalTo` (null: shared with the whole series). */
export function canSee(viewer: Viewer, internalTo: string | null): boolean {
  return internalTo === null || (viewer.role !== Role.observer && viewer.orgId === internalTo);
}
