import { canSend, isLocked } from "@common/domain/authorize.js";
import type { ClientCommandType } from "@common/domain/commands.js";
import { currentSession } from "@common/domain/rules/sessions.js";
import type { Person, SeriesState, Session } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";

/** The person `me` is in the series, if any. */
export function personOf(state: SeriesState, me: string | null): Person | null {
  if (me === null || !Object.hasOwn(state.people, me)) return null;
  return state.people[me] ?? null;
}

/** Whether `me` runs the series. */
export function isFacilitator(state: SeriesState, me: string | null): boolean {
  return personOf(state, me)?.role === Role.facilitator;
}

/** Whether `me` only watches. */
export function isObserver(state: SeriesState, me: string | null): boolean {
  return personOf(state, me)?.role === Role.observer;
}

/** The permission check the controls use: the same rule the server enforces. */
export function canSendOf(state: SeriesState, me: string | null): (type: ClientCommandType) => boolean {
  return (type) => me !== null && canSend(state, me, type);
}

/** Whether the session is the one the room is about: the current one, while open. */
export function isLiveSession(state: SeriesState, session: Session): boolean {
  return session.closedSeq === null && currentSession(state)?.id === session.id;
}

export { isLocked };
