import type { EventCommand } from "./commands.js";
import { isSetupCommand } from "./commands/setup.js";
import { checkCommand } from "./check.js";
import { assertNever } from "./assertNever.js";
import { reduceAgreement } from "./reduce/agreements.js";
import { reduceCase } from "./reduce/cases.js";
import { reduceFacilitation } from "./reduce/facilitation.js";
import type { Context } from "./reduce/helpers.js";
import { reduceRestore } from "./reduce/restore.js";
import { reduceRoom } from "./reduce/room.js";
import { reduceSession } from "./reduce/sessions.js";
import { reduceSetup } from "./reduce/setup.js";
import { restoreItem } from "./trash/restore.js";
import { roomOfCurrentSession } from "./rules/sessionRoom.js";
import type { Author, SeriesState } from "./types.js";
import { Role, sideOfFunction } from "./vocabulary.js";

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
  const ctx: Context = { actorId: event.actorId, seq: event.seq, at: event.at, author: authorOf(state, event) };
  const reduced = fits ? reduce(state, event.command, ctx) : state;
  // A restored backup brings the room as it was; any other switch of session starts an empty one.
  const next = !fits || event.command.type === "series.restore" ? reduced : roomOfCurrentSession(state, reduced);
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

function reduce(state: SeriesState, command: EventCommand, ctx: Context): SeriesState {
  if (command.type === "series.create") {
    return {
      ...state,
      name: command.name,
      createdAt: ctx.at,
      people: {
        [ctx.actorId]: {
          id: ctx.actorId,
          name: command.creatorName,
          orgId: null,
          function: null,
          role: Role.facilitator,
          orgConfirmed: true,
          joinedSeq: ctx.seq,
        },
      },
    };
  }
  if (isSetupCommand(command)) return reduceSetup(state, command, ctx);
  switch (command.type) {
    case "series.restore":
      return reduceRestore(state, command, ctx);
    case "hidden":
      return state;
    case "vote.counted":
      return state.room.voting
        ? { ...state, room: { ...state.room, voting: { ...state.room.voting, voters: command.voters } } }
        : state;
    case "person.join":
    case "person.role":
    case "person.confirm":
    case "facilitation.handover":
    case "item.visibility":
    case "session.anonymity":
      return reduceFacilitation(state, command, ctx);
    case "session.add":
    case "session.update":
    case "session.phase":
    case "session.close":
    case "session.reopen":
    case "attendance.set":
    case "checkin.answer":
      return reduceSession(state, command, ctx);
    case "case.add":
    case "case.update":
    case "case.remove":
    case "case.note.add":
    case "case.note.update":
    case "case.note.remove":
    case "case.mirror.add":
    case "case.mirror.respond":
    case "case.mirror.remove":
    case "case.link":
      return reduceCase(state, command, ctx);
    case "agreement.add":
    case "agreement.update":
    case "agreement.link":
    case "agreement.status":
    case "agreement.remove":
    case "review.set":
    case "review.fit":
    case "review.decide":
      return reduceAgreement(state, command, ctx);
    case "item.restore":
      return restoreItem(state, command);
    case "room.spotlight":
    case "timer.set":
    case "timer.start":
    case "timer.pause":
    case "timer.add":
    case "timer.reset":
    case "timer.clear":
    case "room.lock":
    case "ready.set":
    case "vote.open":
    case "vote.cast":
    case "vote.reveal":
    case "vote.close":
    case "breakout.start":
    case "breakout.end":
      return reduceRoom(state, command, ctx);
    default:
      return assertNever(command);
  }
}

/** Folds a list of events, in order, into a state. */
export function applyAll(state: SeriesState, events: readonly SeriesEvent[]): SeriesState {
  return events.reduce(apply, state);
}
