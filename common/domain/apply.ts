import type { EventCommand } from "./commands.js";
import { LIMITS } from "../limits.js";
import { reject, ErrorCode, type Rejection } from "../errors.js";
import { EntityKind, fieldKey, type SeriesState } from "./types.js";

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
 * Checks a command against the current state: returns why it cannot be
 * applied, or null when it can.
 */
export function checkCommand(state: SeriesState, command: EventCommand, actorId: string): Rejection | null {
  if (command.type === "series.create") {
    return state.seq === 0 ? null : reject(ErrorCode.conflict, "series already exists");
  }
  if (state.seq === 0) return reject(ErrorCode.unknownSeries, "series does not exist");
  if (command.type === "person.join") {
    const known = actorId in state.people;
    if (!known && Object.keys(state.people).length >= LIMITS.peoplePerSeries) {
      return reject(ErrorCode.limitExceeded, "too many people in this series");
    }
    return null;
  }
  if (!(actorId in state.people)) return reject(ErrorCode.notJoined, "join the series before editing");
  switch (command.type) {
    case "series.rename":
      return null;
    case "case.add":
      if (command.caseId in state.cases) return reject(ErrorCode.duplicateId, "case id already used");
      if (Object.keys(state.cases).length >= LIMITS.casesPerSeries) {
        return reject(ErrorCode.limitExceeded, "too many cases in this series");
      }
      return null;
    case "case.update":
    case "case.remove":
      return command.caseId in state.cases ? null : reject(ErrorCode.notFound, "case not found");
    case "agreement.add":
      if (command.agreementId in state.agreements) {
        return reject(ErrorCode.duplicateId, "agreement id already used");
      }
      if (command.caseId !== null && !(command.caseId in state.cases)) {
        return reject(ErrorCode.notFound, "case not found");
      }
      if (Object.keys(state.agreements).length >= LIMITS.agreementsPerSeries) {
        return reject(ErrorCode.limitExceeded, "too many agreements in this series");
      }
      return null;
    case "agreement.update":
    case "agreement.remove":
      return command.agreementId in state.agreements ? null : reject(ErrorCode.notFound, "agreement not found");
    default:
      return assertNever(command);
  }
}

/**
 * Folds one event into the state. Pure: returns a new state and leaves the
 * old one untouched. An event whose target is gone changes only `seq`.
 */
export function apply(state: SeriesState, event: SeriesEvent): SeriesState {
  const next = applyCommand(state, event);
  return { ...next, seq: event.seq };
}

function applyCommand(state: SeriesState, event: SeriesEvent): SeriesState {
  const { command, actorId, seq } = event;
  if (checkCommand(state, command, actorId) !== null) return state;
  switch (command.type) {
    case "series.create":
      return {
        ...state,
        name: command.name,
        createdAt: event.at,
        people: { [actorId]: { id: actorId, name: command.creatorName, joinedSeq: seq } },
      };
    case "person.join": {
      const existing = state.people[actorId];
      const person = existing
        ? { ...existing, name: command.name }
        : { id: actorId, name: command.name, joinedSeq: seq };
      return { ...state, people: { ...state.people, [actorId]: person } };
    }
    case "series.rename":
      return withEdit({ ...state, name: command.name }, fieldKey(EntityKind.series, state.id, "name"), actorId, seq);
    case "case.add":
      return {
        ...state,
        cases: {
          ...state.cases,
          [command.caseId]: {
            id: command.caseId,
            title: command.title,
            description: command.description,
            createdBy: actorId,
            createdSeq: seq,
          },
        },
      };
    case "case.update": {
      const current = state.cases[command.caseId];
      if (!current) return state;
      const cases = { ...state.cases, [command.caseId]: { ...current, [command.field]: command.value } };
      return withEdit({ ...state, cases }, fieldKey(EntityKind.case, command.caseId, command.field), actorId, seq);
    }
    case "case.remove": {
      const { [command.caseId]: _removed, ...cases } = state.cases;
      const agreements = Object.fromEntries(
        Object.entries(state.agreements).map(([id, a]) => [
          id,
          a.caseId === command.caseId ? { ...a, caseId: null } : a,
        ]),
      );
      return { ...state, cases, agreements, edits: withoutEditsOf(state.edits, EntityKind.case, command.caseId) };
    }
    case "agreement.add":
      return {
        ...state,
        agreements: {
          ...state.agreements,
          [command.agreementId]: {
            id: command.agreementId,
            text: command.text,
            caseId: command.caseId,
            createdBy: actorId,
            createdSeq: seq,
          },
        },
      };
    case "agreement.update": {
      const current = state.agreements[command.agreementId];
      if (!current) return state;
      const agreements = { ...state.agreements, [command.agreementId]: { ...current, text: command.value } };
      return withEdit(
        { ...state, agreements },
        fieldKey(EntityKind.agreement, command.agreementId, command.field),
        actorId,
        seq,
      );
    }
    case "agreement.remove": {
      const { [command.agreementId]: _removed, ...agreements } = state.agreements;
      return { ...state, agreements, edits: withoutEditsOf(state.edits, EntityKind.agreement, command.agreementId) };
    }
    default:
      return assertNever(command);
  }
}

function withEdit(state: SeriesState, key: string, by: string, seq: number): SeriesState {
  return { ...state, edits: { ...state.edits, [key]: { by, seq } } };
}

function withoutEditsOf(edits: SeriesState["edits"], kind: EntityKind, id: string): SeriesState["edits"] {
  const prefix = `${kind}:${id}:`;
  return Object.fromEntries(Object.entries(edits).filter(([key]) => !key.startsWith(prefix)));
}

/** Folds a list of events, in order, into a state. */
export function applyAll(state: SeriesState, events: readonly SeriesEvent[]): SeriesState {
  return events.reduce(apply, state);
}

/** Compile-time exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
