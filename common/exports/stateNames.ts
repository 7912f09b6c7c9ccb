import { assertNever } from "../domain/assertNever.js";
import type { Mirror, Note, SeriesState } from "../domain/types.js";
import { AnonymityMode } from "../domain/vocabulary.js";
import type { Attribution } from "./minutesModel.js";

/** A person's name, or null for nobody or someone the state does not know. */
export function personName(state: SeriesState, personId: string | null): string | null {
  if (personId === null || personId === "" || !Object.hasOwn(state.people, personId)) return null;
  return state.people[personId]?.name ?? null;
}

/** The names of the people of a list of ids that the state knows, in list order. */
export function personNames(state: SeriesState, personIds: readonly string[]): string[] {
  return personIds.flatMap((id) => personName(state, id) ?? []);
}

/** An organisation's name, or null. */
export function orgName(state: SeriesState, orgId: string | null): string | null {
  if (orgId === null || !Object.hasOwn(state.orgs, orgId)) return null;
  return state.orgs[orgId]?.name ?? null;
}

/** The titles of the goals of a list of ids that the state holds. */
export function goalTitles(state: SeriesState, goalIds: readonly string[]): string[] {
  return goalIds.flatMap((id) => (Object.hasOwn(state.goals, id) ? (state.goals[id]?.title ?? []) : []));
}

/** A collision as the labels of its interests; null for none or an unknown one. */
export function collisionInterests(state: SeriesState, collisionId: string | null): string[] | null {
  if (collisionId === null || !Object.hasOwn(state.collisions, collisionId)) return null;
  const collision = state.collisions[collisionId];
  if (!collision) return null;
  return collision.interestIds.map((id) => state.interests[id]?.label ?? "…");
}

/** A case's title, or null. */
export function caseTitle(state: SeriesState, caseId: string | null): string | null {
  if (caseId === null || !Object.hasOwn(state.cases, caseId)) return null;
  return state.cases[caseId]?.title ?? null;
}

/**
 * Who wrote a note or mirror statement, as far as it names its author. The
 * mode decides, not whether `by` is filled: the viewer's own anonymous note
 * still carries their id, and the minutes must not name them either.
 */
export function attribution(state: SeriesState, item: Note | Mirror): Attribution {
  switch (item.anonymity) {
    case AnonymityMode.named: {
      const name = personName(state, item.by);
      return name === null ? { kind: "unnamed" } : { kind: "named", name };
    }
    case AnonymityMode.side: {
      const org = orgName(state, item.authorOrgId);
      return item.authorSide === null && org === null
        ? { kind: "unnamed" }
        : { kind: "side", side: item.authorSide, org };
    }
    case AnonymityMode.anonymous:
      return { kind: "unnamed" };
    default:
      return assertNever(item.anonymity);
  }
}
