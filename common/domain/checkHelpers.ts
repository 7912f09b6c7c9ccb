import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { SeriesState } from "./types.js";
import { assertNever } from "./assertNever.js";
import { ItemKind, Role } from "./vocabulary.js";

/** null: fine; a rejection: refused; undefined: not this checker's command. */
export type Check = Rejection | null | undefined;

/** How many entries a record has. */
export function count(record: Record<string, unknown>): number {
  return Object.keys(record).length;
}

/** Refuses when the id is not in the record. */
export function exists(record: Record<string, unknown>, id: string, what: string): Rejection | null {
  return Object.hasOwn(record, id) ? null : reject(ErrorCode.notFound, `${what} not found`);
}

/** Refuses when the id is taken or the record is full. */
export function fresh(record: Record<string, unknown>, id: string, what: string, limit: number): Rejection | null {
  if (Object.hasOwn(record, id)) return reject(ErrorCode.duplicateId, `${what} id already used`);
  if (count(record) >= limit) return reject(ErrorCode.limitExceeded, `too many of this kind (${what}) in this series`);
  return null;
}

/** Refuses a reference to something that does not exist; null and absent are fine. */
export function refersTo(
  record: Record<string, unknown>,
  id: string | null | undefined,
  what: string,
): Rejection | null {
  if (id === null || id === undefined) return null;
  return exists(record, id, what);
}

/** Refuses when any of the ids is missing. */
export function allExist(
  record: Record<string, unknown>,
  ids: readonly string[] | undefined,
  what: string,
): Rejection | null {
  for (const id of ids ?? []) {
    const missing = exists(record, id, what);
    if (missing) return missing;
  }
  return null;
}

/** The first refusal of several checks, or null. */
export function firstOf(...checks: Check[]): Rejection | null {
  for (const check of checks) if (check) return check;
  return null;
}

/** Refuses a missing or closed session. */
export function openSession(state: SeriesState, sessionId: string): Rejection | null {
  const session = Object.hasOwn(state.sessions, sessionId) ? state.sessions[sessionId] : undefined;
  if (!session) return reject(ErrorCode.notFound, "session not found");
  return session.closedSeq === null ? null : reject(ErrorCode.conflict, "session is closed");
}

/** How many facilitators the series has. */
export function facilitatorCount(state: SeriesState): number {
  return Object.values(state.people).filter((p) => p.role === Role.facilitator).length;
}

/** Refuses taking the facilitator role from the last person who has it. */
export function keepsAFacilitator(state: SeriesState, personId: string, role: Role): Rejection | null {
  const person = Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
  if (!person || person.role !== Role.facilitator || role === Role.facilitator) return null;
  return facilitatorCount(state) <= 1
    ? reject(ErrorCode.conflict, "the series needs a facilitator; hand over or name another one first")
    : null;
}

/** Whether an item of a kind exists (own keys only). */
export function itemExists(state: SeriesState, kind: ItemKind, id: string): boolean {
  switch (kind) {
    case ItemKind.case:
      return Object.hasOwn(state.cases, id);
    case ItemKind.agreement:
      return Object.hasOwn(state.agreements, id);
    case ItemKind.goal:
      return Object.hasOwn(state.goals, id);
    default:
      return assertNever(kind);
  }
}

/** Refuses a case, agreement or goal that is not there. */
export function itemThere(state: SeriesState, kind: ItemKind, id: string): Rejection | null {
  return itemExists(state, kind, id) ? null : reject(ErrorCode.notFound, `${kind} not found`);
}
