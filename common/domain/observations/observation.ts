import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { belongsTo, memberOf } from "../actorRules.js";
import { firstOf, fresh, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { projectVisitEvent } from "../stations/project.js";
import type { Observation } from "../stations/types.js";
import {
  findObservation,
  findStation,
  hostOf,
  mayShapeProgramme,
  openVisit,
  seenStation,
  visitOf,
  withVisit,
} from "../stations/visit.js";
import { newCase } from "../cases/case.js";
import type { Person, SeriesState } from "../types.js";
import { Role } from "../vocabulary.js";
import { caseRef, touchesNothing } from "../visibility/itemRefs.js";
import {
  observationAddSchema,
  observationCaseSchema,
  observationRemoveSchema,
  observationUpdateSchema,
} from "./schemas.js";

/** Refuses an observation that is not on an open peer visit. */
function openObservation(state: SeriesState, sessionId: string, observationId: string): Rejection | null {
  return (
    openVisit(state, sessionId) ??
    (findObservation(state, sessionId, observationId) ? null : reject(ErrorCode.notFound, "observation not found"))
  );
}

/** An observation at a station the actor does not see is answered as a missing one. */
function seenObservation(state: SeriesState, actor: Person, sessionId: string, observationId: string) {
  const observation = findObservation(state, sessionId, observationId);
  const hidden = observation && seenStation(actor, findStation(state, sessionId, observation.stationId));
  return hidden ? reject(ErrorCode.notFound, "observation not found") : null;
}

function changeObservation(
  state: SeriesState,
  sessionId: string,
  observationId: string,
  change: (o: Observation) => Observation,
): SeriesState {
  return withVisit(state, sessionId, (visit) => ({
    ...visit,
    observations: visit.observations.map((o) => (o.id === observationId ? change(o) : o)),
  }));
}

export const observationAdd: ClientCommandSpec<CommandOf<"observation.add">> = {
  schema: observationAddSchema,
  // Everyone on the tour writes what they notice, guests too: the one thing an observer writes besides their attendance.
  sender: "everyone",
  whileLocked: true,
  notice: { gone: "item" },
  check(state, command, actorId) {
    const refused = openVisit(state, command.sessionId);
    if (refused) return refused;
    if (!findStation(state, command.sessionId, command.stationId))
      return reject(ErrorCode.notFound, "station not found");
    const { observations } = visitOf(state, command.sessionId);
    if (observations.some((o) => o.id === command.observationId))
      return reject(ErrorCode.duplicateId, "observation id already used");
    if (observations.filter((o) => o.by === actorId).length >= LIMITS.observationsPerPerson)
      return reject(
        ErrorCode.limitExceeded,
        `one person writes at most ${LIMITS.observationsPerPerson} observations on a peer visit`,
      );
    return observations.length >= LIMITS.observationsPerSession
      ? reject(ErrorCode.limitExceeded, `a peer visit holds at most ${LIMITS.observationsPerSession} observations`)
      : null;
  },
  reduce: (state, command, ctx) =>
    withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      observations: [
        ...visit.observations,
        {
          id: command.observationId,
          stationId: command.stationId,
          kind: command.kind,
          text: command.text,
          by: ctx.actorId,
          caseId: null,
          createdSeq: ctx.seq,
        },
      ],
    })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) => seenStation(actor, findStation(state, command.sessionId, command.stationId)),
};

export const observationUpdate: ClientCommandSpec<CommandOf<"observation.update">> = {
  schema: observationUpdateSchema,
  sender: "everyone",
  whileLocked: true,
  notice: { gone: "item" },
  check: (state, command) => openObservation(state, command.sessionId, command.observationId),
  reduce: (state, command) =>
    changeObservation(state, command.sessionId, command.observationId, (o) => ({ ...o, ...command.changes })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule(state, actor, command) {
    const hidden = seenObservation(state, actor, command.sessionId, command.observationId);
    if (hidden) return hidden;
    const observation = findObservation(state, command.sessionId, command.observationId);
    return !observation || observation.by === actor.id
      ? null
      : reject(ErrorCode.forbidden, "only its author changes an observation");
  },
};

export const observationRemove: ClientCommandSpec<CommandOf<"observation.remove">> = {
  schema: observationRemoveSchema,
  sender: "everyone",
  whileLocked: true,
  notice: { gone: "item" },
  check: (state, command) => openObservation(state, command.sessionId, command.observationId),
  reduce: (state, command) =>
    withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      observations: visit.observations.filter((o) => o.id !== command.observationId),
    })),
  touches: touchesNothing,
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule(state, actor, command) {
    const hidden = seenObservation(state, actor, command.sessionId, command.observationId);
    if (hidden) return hidden;
    const observation = findObservation(state, command.sessionId, command.observationId);
    return !observation || observation.by === actor.id || actor.role === Role.facilitator
      ? null
      : reject(ErrorCode.forbidden, "only its author or a facilitator removes an observation");
  },
};

export const observationCase: ClientCommandSpec<CommandOf<"observation.case">> = {
  schema: observationCaseSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const host = hostOf(state, command.sessionId);
    const refused = firstOf(
      openObservation(state, command.sessionId, command.observationId),
      fresh(state.cases, command.caseId, "case", LIMITS.casesPerSeries),
      refersTo(state.orgs, command.internalTo, "organisation"),
      belongsTo(host, command.internalTo),
    );
    if (refused) return refused;
    return findObservation(state, command.sessionId, command.observationId)?.caseId
      ? reject(ErrorCode.conflict, "this observation is a case already")
      : null;
  },
  reduce(state, command, ctx) {
    const host = hostOf(state, command.sessionId);
    const made = newCase(
      command.caseId,
      {
        sessionId: command.sessionId,
        title: command.title,
        description: command.description,
        orgId: host,
        internalTo: command.internalTo,
      },
      ctx,
    );
    const linked = withVisit(state, command.sessionId, (visit) => ({
      ...visit,
      observations: visit.observations.map((o) => (o.id === command.observationId ? { ...o, caseId: made.id } : o)),
    }));
    return { ...linked, cases: put(linked.cases, made.id, made) };
  },
  touches: (_state, command) => [caseRef(command.caseId)],
  alwaysProjected: true,
  project: projectVisitEvent,
  actorRule: (state, actor, command) =>
    firstOf(
      seenObservation(state, actor, command.sessionId, command.observationId),
      mayShapeProgramme(state, actor, command.sessionId),
      memberOf(actor, command.internalTo),
    ),
};
