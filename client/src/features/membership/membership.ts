import { authorizeCommand } from "@common/domain/authorize.js";
import type { Person, SeriesState } from "@common/domain/types.js";

/** Whether a person's organisation still waits for someone to vouch for it. */
export function isUnconfirmed(person: Person): boolean {
  return person.orgId !== null && !person.orgConfirmed;
}

/** Whether `me` may confirm the person's membership: the same rule the server enforces. */
export function mayConfirm(state: SeriesState, me: string | null, person: Person): boolean {
  if (me === null || person.id === me || !isUnconfirmed(person)) return false;
  return authorizeCommand(state, me, { type: "person.confirm", personId: person.id }) === null;
}
