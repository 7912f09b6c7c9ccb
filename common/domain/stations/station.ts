import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { belongsTo, memberOf } from "../actorRules.js";
import { firstOf } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import type { ClientCommandSpec } from "../spec.js";
import type { Person, SeriesState } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { projectVisitEvent } from "./project.js";
import {
  stationAddSchema,
  stationMoveSchema,
  stationRemoveSchema,
  stationStepSchema,
  stationUpdateSchema,
} from "./schemas.js";
import type { Station } from "./types.js";
import { findStation, hostOf, mayShapeProgramme, openVisit, seenStation, visitOf, withVisit } from "./visit.js";

/** Refuses a station that is not on an open peer visit's tour. */
function openStation(state: SeriesState, sessionId: string, stationId: string): Rejection | null {
  return (
    openVisit(state, sessionId) ??
    (findStation(state, sessionId, stationId) ? null : reject(ErrorCode.notFound, "station not found"))
  );
}

/** Refuses a host person who is not a person of the host organisation. */
function hostPerson(state: SeriesState, sessionId: string, personId: string | null | undefined): Rejection | null {
  if (personId === null || personId === undefined) return null;
  const person = Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
  if (!person) return reject(ErrorCode.notFound, "person not found");
  return person.orgId === hostOf(state, sessionId)
    ? null
    : reject(ErrorCode.conflict, "a station is shown by a person of the host organisation");
}

/** Only the host keeps a station to itself. */
function hostInternal(state: SeriesState, sessionId: string, internalTo: string | null | undefined): Rejection | null {
  return internalTo === undefined ? null : belongsTo(hostOf(state, sessionId), internalTo);
}

/** The programme's rule plus: the station is one the actor sees, and only its own organisation is kept to. */
function programmeRule(
  state: SeriesState,
  actor: Person,
  sessionId: string,
  stationId: string,
  internalTo: string | null | undefined,
): Rejection | null {
  return firstOf(
    seenStation(actor, findStation(state, sessionId, stationId)),
    mayShapeProgramme(state, actor, sessionId),
    memberOf(actor, internalTo ?? null),
  );
}

function changeStation(state: SeriesState, sessionId: string, stationId: string, change: (s: Station) => Station) {
  return withVisit(state, sessionId, (visit) => ({
    ...visit,
    stations: visit.stations.map((s) => (s.id === stationId ? change(s) : s)),
  }));
}

export const stationAdd: ClientCommandSpec<CommandOf<"station.add">> = {
  schema: stationAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const refused = firstOf(
      openVisit(state, command.sessionId),
      hostPerson(state, command.sessionId, command.values.hostPersonId),
      hostInternal(state, command.sessionId, command.values.internalTo),
    );
    if (refused) return refused;
    const { stations } = visitOf(state, command.sessionId);
    if (stations.some((s) => s.id === command.stationId))
      return reject(ErrorCode.duplicateId, "station id already used");
    return stations.length >= LIMITS.stationsPerSession
      ? reject(ErrorCode.limitExceeded, `a tour has at most ${LIMITS.stationsPerSession} stations`)
      : null;
  },
  reduce: (state, command) =>
    withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      stations: [
        ...visit.stations,
        { place: "", hostPersonId: null, lookAt: "", internalTo: null, ...command.values, id: command.stationId },
      ],
    })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) =>
    programmeRule(state, actor, command.sessionId, command.stationId, command.values.internalTo),
};

export const stationUpdate: ClientCommandSpec<CommandOf<"station.update">> = {
  schema: stationUpdateSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    firstOf(
      openStation(state, command.sessionId, command.stationId),
      hostPerson(state, command.sessionId, command.changes.hostPersonId),
      hostInternal(state, command.sessionId, command.changes.internalTo),
    ),
  reduce: (state, command) =>
    changeStation(state, command.sessionId, command.stationId, (s) => ({ ...s, ...command.changes })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) =>
    programmeRule(state, actor, command.sessionId, command.stationId, command.changes.internalTo),
};

export const stationMove: ClientCommandSpec<CommandOf<"station.move">> = {
  schema: stationMoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => openStation(state, command.sessionId, command.stationId),
  reduce: (state, command) =>
    withVisit(state, command.sessionId, (visit) => {
      const moved = visit.stations.find((s) => s.id === command.stationId);
      if (!moved) return visit;
      const rest = visit.stations.filter((s) => s.id !== command.stationId);
      return { ...visit, stations: [...rest.slice(0, command.index), moved, ...rest.slice(command.index)] };
    }),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) => programmeRule(state, actor, command.sessionId, command.stationId, undefined),
};

export const stationRemove: ClientCommandSpec<CommandOf<"station.remove">> = {
  schema: stationRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => openStation(state, command.sessionId, command.stationId),
  // The observations made there go with it; the cases made of them stay.
  reduce: (state, command) =>
    withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      stations: visit.stations.filter((s) => s.id !== command.stationId),
      currentStationId: visit.currentStationId === command.stationId ? null : visit.currentStationId,
      observations: visit.observations.filter((o) => o.stationId !== command.stationId),
    })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) => programmeRule(state, actor, command.sessionId, command.stationId, undefined),
};

export const stationStep: ClientCommandSpec<CommandOf<"station.step">> = {
  schema: stationStepSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    command.stationId === null
      ? openVisit(state, command.sessionId)
      : openStation(state, command.sessionId, command.stationId),
  reduce: (state, command) =>
    withVisit(state, command.sessionId, (visit) => ({ ...visit, currentStationId: command.stationId })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) =>
    command.stationId === null ? null : seenStation(actor, findStation(state, command.sessionId, command.stationId)),
};
