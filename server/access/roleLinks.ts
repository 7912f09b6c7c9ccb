import type { SeriesState } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";
import type { SeriesTransaction } from "../storage/types.js";

const rank: Record<Role, number> = { observer: 0, participant: 1, facilitator: 2 };
const roles: readonly Role[] = [Role.observer, Role.participant, Role.facilitator];

/**
 * Access follows a change of roles, in the same transaction as the change: a
 * person who now has less closes the invite links they made for more than their
 * new role (nobody joins through them any more; people who joined keep their
 * access), a facilitator who is no longer one loses the limited links they made
 * that were not claimed yet, and a person who becomes a facilitator loses the
 * limited links made for them (limited links are for people who are not
 * facilitators). Each revocation raises the access generation.
 */
export async function accessFollowsRoles(
  tx: SeriesTransaction,
  before: SeriesState,
  after: SeriesState,
  at: string,
): Promise<void> {
  for (const person of Object.values(after.people)) {
    const was = Object.hasOwn(before.people, person.id) ? before.people[person.id] : undefined;
    if (!was || was.role === person.role) continue;
    if (rank[person.role] < rank[was.role]) {
      const above = roles.filter((role) => rank[role] > rank[person.role]);
      await tx.access.closeInvites(after.id, person.id, above, at);
    }
    // Only a facilitator makes links for others: the ones not claimed yet end with the role.
    if (was.role === Role.facilitator && person.role !== Role.facilitator) {
      await tx.access.revokeMadeBy(after.id, person.id, at);
    }
    if (person.role === Role.facilitator) await tx.access.revokeLimited(after.id, person.id, at);
  }
}
