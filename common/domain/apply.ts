import type { EventCommand } from "./commands.js";
import { checkCommand } from "./check.js";
import type { Context } from "./reduce/helpers.js";
import { eventSpec } from "./registry.js";
import { roomOfCurrentSession } from "./rules/sessionRoom.js";
import type { Author, SeriesState } from "./types.js";
import { sideOfFunction } from "./vocabulary.js";

export { checkCommand } from "./check.js";
export { authorizeCommand } from "./authorize.js";
export { assertNever } from "./assertNever.js";

/** One stored, ordered change to a series. */
export interface SeriesEvent {
  seq: number;
  commandId: string;
  /** The sender's person id; "" in an event a viewer receives without its author. */
  actorId: string;
  /** ISO timestamp of the commit, set by the server. */
  at: string;
  command: EventCommand;
  /** Side and organisation of an author the event does not name (anonymous contributions). */
  author?: Author;
  /**
   * How many people have voted after this event, when it changed that in a way a
   * client holding only its own ballot cannot count (set by the server's projection).
   */
  voters?: number;
}

/**
 * Folds one event into the state. Pure: returns a new state and leaves the
 * old one untouched. An event that no longer fits the state changes only `seq`.
 */
export function apply(state: SeriesState, event: SeriesEvent): SeriesState {
  const fits = checkCommand(state, event.command, event.actorId) === null;
  return fits ? applyFitting(state, event) : advanced(state, event);
}

/**
 * Folds an event whose command the caller has just checked against this very
 * state (`checkCommand(state, event.command, event.actorId)` was null): the
 * server before it commits, a client before it shows its own command. Every
 * event from elsewhere goes through `apply`, which asks first.
 */
export function applyFitting(state: SeriesState, event: SeriesEvent): SeriesState {
  const ctx: Context = { actorId: event.actorId, seq: event.seq, at: event.at, author: authorOf(state, event) };
  const reduced = eventSpec(event.command).reduce(state, event.command, ctx);
  // A restored backup brings the room as it was; any other switch of session starts an empty one.
  return advanced(event.command.type === "series.restore" ? reduced : roomOfCurrentSession(state, reduced), event);
}

/** The state at the event's sequence number, with the voter count the event carries (see `projectEvent`). */
function advanced(next: SeriesState, event: SeriesEvent): SeriesState {
  const voting = next.room.voting;
  if (event.voters !== undefined && voting) {
    return { ...next, room: { ...next.room, voting: { ...voting, voters: event.voters } }, seq: event.seq };
  }
  return { ...next, seq: event.seq };
}

/** The author as the state knows them (a person of the series), else as the event says. */
function authorOf(state: SeriesState, event: SeriesEvent): Author {
  const person = Object.hasOwn(state.people, event.actorId) ? state.people[event.actorId] : undefined;
  if (person) return { side: sideOfFunction(person.function), orgId: person.orgId };
  return event.author ?? { side: null, orgId: null };
}

/** Folds a list of events, in order, into a state. */
export function applyAll(state: SeriesState, events: readonly SeriesEvent[]): SeriesState {
  return events.reduce(apply, state);
}
