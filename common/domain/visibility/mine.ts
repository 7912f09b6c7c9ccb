import { emptySeries, type Agreement, type Goal, type Person, type SeriesState } from "../types.js";
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
 * reports, the co-owners' names and the goals the agreements serve (whose KPI
 * the owner reports) — no board, no cases, notes, votes or sessions.
 */
export function projectMine(state: SeriesState, personId: string, makerId: string | null): SeriesState {
  const agreements: Record<string, Agreement> = {};
  const people: Record<string, Person> = {};
  const goals: Record<string, Goal> = {};
  const reader = viewerOf(state, personId);
  for (const agreement of Object.values(state.agreements)) {
    if (!isMineToRead(state, personId, makerId, agreement)) continue;
    // The strategic agreement it breaks down is named only to a reader who may see it.
    const parent = agreement.parentId ? state.agreements[agreement.parentId] : undefined;
    const hidesParent = agreement.parentId && !(parent && reader && canSee(reader, parent.internalTo));
    agreements[agreement.id] = hidesParent ? { ...agreement, parentId: null } : agreement;
    for (const ownerId of agreement.ownerIds) {
      const owner = personOf(state, ownerId);
      if (owner) people[owner.id] = owner;
    }
    // Its goals name the KPI an owner reports between sessions.
    for (const goalId of agreement.goalIds) {
      const goal = Object.hasOwn(state.goals, goalId) ? state.goals[goalId] : undefined;
      if (goal && reader && canSee(reader, goal.internalTo)) goals[goal.id] = goal;
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
    goals,
    agreements: mapGoals(agreements, goals),
  };
}

/** The agreements with only the goals the device receives linked. */
function mapGoals(agreements: Record<string, Agreement>, goals: Record<string, Goal>): Record<string, Agreement> {
  return Object.fromEntries(
    Object.entries(agreements).map(([id, a]) => {
      const goalIds = a.goalIds.filter((g) => Object.hasOwn(goals, g));
      return [id, goalIds.length === a.goalIds.length ? a : { ...a, goalIds }];
    }),
  );
}
