import { emptySeries, type Agreement, type Person, type SeriesState } from "../types.js";
import { canSee, viewerOf } from "./viewer.js";

function personOf(state: SeriesState, personId: string): Person | undefined {
  return Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
}

/**
 * Whether an agreement is one a device limited to "My agreements" reads: the
 * person owns it, and both the person and whoever made the link may see it
 * (the maker holds the link, so it must open nothing the maker could not read).
 */
export function isMineToRead(
  state: SeriesState,
  personId: string,
  makerId: string | null,
  agreement: Agreement,
): boolean {
  if (!agreement.ownerIds.includes(personId)) return false;
  const person = viewerOf(state, personId);
  if (!person || !canSee(person, agreement.internalTo)) return false;
  if (agreement.internalTo === null) return true;
  const maker = makerId === null ? null : viewerOf(state, makerId);
  return maker !== null && canSee(maker, agreement.internalTo);
}

/**
 * The series as a device limited to "My agreements" receives it: the series'
 * name, the person, their organisation, their own agreements with their status
 * reports and the co-owners' names — no board, no cases, notes, votes or sessions.
 */
export function projectMine(state: SeriesState, personId: string, makerId: string | null): SeriesState {
  const agreements: Record<string, Agreement> = {};
  const people: Record<string, Person> = {};
  for (const agreement of Object.values(state.agreements)) {
    if (!isMineToRead(state, personId, makerId, agreement)) continue;
    agreements[agreement.id] = agreement;
    for (const ownerId of agreement.ownerIds) {
      const owner = personOf(state, ownerId);
      if (owner) people[owner.id] = owner;
    }
  }
  const me = personOf(state, personId);
  if (me) people[me.id] = me;
  const org = me?.orgId && Object.hasOwn(state.orgs, me.orgId) ? state.orgs[me.orgId] : undefined;
  return {
    ...emptySeries(state.id),
    name: state.name,
    createdAt: state.createdAt,
    seq: state.seq,
    starterCatalog: state.starterCatalog,
    orgs: org ? { [org.id]: org } : {},
    people,
    agreements,
  };
}
