import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { openSession } from "../checkHelpers.js";
import type { Person, SeriesState, Session } from "../types.js";
import { Role, SessionKind } from "../vocabulary.js";
import { canSee, confirmedOrg } from "../visibility/viewer.js";
import type { Observation, Station, TakeHomeItem, Visit } from "./types.js";

const EMPTY_VISIT: Visit = { stations: [], currentStationId: null, observations: [], takeHome: [] };

/** The visit of a session: its stations, observations and take-home lists (empty when none yet). */
export function visitOf(state: SeriesState, sessionId: string): Visit {
  const visits = state.visits ?? {};
  return (Object.hasOwn(visits, sessionId) ? visits[sessionId] : undefined) ?? EMPTY_VISIT;
}

/** The state with a session's visit changed. */
export function withVisit(state: SeriesState, sessionId: string, change: (visit: Visit) => Visit): SeriesState {
  return { ...state, visits: { ...(state.visits ?? {}), [sessionId]: change(visitOf(state, sessionId)) } };
}

/** Refuses a missing or closed session, or one that is not a peer visit. */
export function openVisit(state: SeriesState, sessionId: string): Rejection | null {
  const closed = openSession(state, sessionId);
  if (closed) return closed;
  return state.sessions[sessionId]?.kind === SessionKind.peerVisit
    ? null
    : reject(ErrorCode.conflict, "stations, observations and take-home lists belong to a peer visit");
}

/** The host organisation of a session; null when it has none (or there is no such session). */
export function hostOf(state: SeriesState, sessionId: string): string | null {
  const session: Session | undefined = Object.hasOwn(state.sessions, sessionId) ? state.sessions[sessionId] : undefined;
  return session?.hostOrgId ?? null;
}

/** A station of the visit, if it is there. */
export function findStation(state: SeriesState, sessionId: string, stationId: string): Station | undefined {
  return visitOf(state, sessionId).stations.find((s) => s.id === stationId);
}

/** An observation of the visit, if it is there. */
export function findObservation(state: SeriesState, sessionId: string, observationId: string): Observation | undefined {
  return visitOf(state, sessionId).observations.find((o) => o.id === observationId);
}

/** A take-home item of the visit, if it is there. */
export function findTakeHome(state: SeriesState, sessionId: string, itemId: string): TakeHomeItem | undefined {
  return visitOf(state, sessionId).takeHome.find((t) => t.id === itemId);
}

/** Whether the person sees an item internal to `internalTo` (as the projection decides). */
export function personSees(actor: Person, internalTo: string | null): boolean {
  return canSee({ personId: actor.id, orgId: confirmedOrg(actor), role: actor.role }, internalTo);
}

/** A station the actor may not see is answered as a missing one: nobody learns it exists. */
export function seenStation(actor: Person, station: Station | undefined): Rejection | null {
  return station && !personSees(actor, station.internalTo) ? reject(ErrorCode.notFound, "station not found") : null;
}

/**
 * Who shapes a visit's programme: a facilitator, or a confirmed member of the
 * host organisation (they know their own site best).
 */
export function mayShapeProgramme(state: SeriesState, actor: Person, sessionId: string): Rejection | null {
  // A missing session is checkCommand's to answer (not_found).
  if (actor.role === Role.facilitator || !Object.hasOwn(state.sessions, sessionId)) return null;
  const host = hostOf(state, sessionId);
  return host !== null && confirmedOrg(actor) === host
    ? null
    : reject(ErrorCode.forbidden, "only the host organisation or a facilitator shapes the visit programme");
}

/**
 * Refuses a change of host while the visit has stations kept to another
 * organisation: only the host keeps a station to itself.
 */
export function keptToHost(
  state: SeriesState,
  sessionId: string,
  hostOrgId: string | null | undefined,
): Rejection | null {
  if (hostOrgId === undefined) return null;
  return visitOf(state, sessionId).stations.some((s) => s.internalTo !== null && s.internalTo !== hostOrgId)
    ? reject(ErrorCode.conflict, "the host keeps stations of this visit to itself; share them before the host changes")
    : null;
}
