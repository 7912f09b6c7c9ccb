import type { EventCommand } from "./commands.js";
import { isSetupCommand } from "./commands/setup.js";
import { checkCommand } from "./check.js";
import { assertNever } from "./assertNever.js";
import { reduceAgreement } from "./reduce/agreements.js";
import { reduceCase } from "./reduce/cases.js";
import type { Context } from "./reduce/helpers.js";
import { reduceSession } from "./reduce/sessions.js";
import { reduceSetup } from "./reduce/setup.js";
import type { SeriesState } from "./types.js";

export { checkCommand } from "./check.js";
export { assertNever } from "./assertNever.js";

/** One stored, ordered change to a series. */
export interface SeriesEvent {
  seq: number;
  commandId: string;
  actorId: string;
  /** ISO timestamp of the commit, set by the server. */
  at: string;
  command: EventCommand;
}

/**
 * Folds one event into the state. Pure: returns a new state and leaves the
 * old one untouched. An event that no longer fits the state changes only `seq`.
 */
export function apply(state: SeriesState, event: SeriesEvent): SeriesState {
  const fits = checkCommand(state, event.command, event.actorId) === null;
  const next = fits ? reduce(state, event.command, { actorId: event.actorId, seq: event.seq, at: event.at }) : state;
  return { ...next, seq: event.seq };
}

function reduce(state: SeriesState, command: EventCommand, ctx: Context): SeriesState {
  if (command.type === "series.create") {
    return {
      ...state,
      name: command.name,
      createdAt: ctx.at,
      people: {
        [ctx.actorId]: { id: ctx.actorId, name: command.creatorName, orgId: null, function: null, joinedSeq: ctx.seq },
      },
    };
  }
  if (isSetupCommand(command)) return reduceSetup(state, command, ctx);
  switch (command.type) {
    case "session.add":
    case "session.update":
    case "session.phase":
    case "session.close":
    case "session.reopen":
      return reduceSession(state, command, ctx);
    case "case.add":
    case "case.update":
    case "case.remove":
    case "case.note.add":
    case "case.note.update":
    case "case.note.remove":
    case "case.mirror.add":
    case "case.mirror.respond":
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
    default:
      return assertNever(command);
  }
}

/** Folds a list of events, in order, into a state. */
export function applyAll(state: SeriesState, events: readonly SeriesEvent[]): SeriesState {
  return events.reduce(apply, state);
}
