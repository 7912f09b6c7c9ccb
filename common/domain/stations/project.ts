import type { SeriesEvent } from "../apply.js";
import type { EventCommand } from "../commands.js";
import type { SeriesState } from "../types.js";
import { hiddenEvent, type ProjectedEvent } from "../visibility/seen.js";
import { canSee, type Viewer } from "../visibility/viewer.js";
import type { Visit } from "./types.js";
import { visitOf } from "./visit.js";

/**
 * A visit as the viewer may see it: without the stations the host keeps to
 * itself (and the observations made there, and the group being there),
 * without other organisations' internal take-home items, and without the
 * link to a case they may not see.
 */
export function projectVisit(visit: Visit, viewer: Viewer, seesCase: (caseId: string) => boolean): Visit {
  const stations = visit.stations.filter((s) => canSee(viewer, s.internalTo));
  const shownStation = new Set(stations.map((s) => s.id));
  const observations = visit.observations
    .filter((o) => shownStation.has(o.stationId))
    .map((o) => (o.caseId === null || seesCase(o.caseId) ? o : { ...o, caseId: null }));
  const takeHome = visit.takeHome.filter((t) => canSee(viewer, t.internalTo));
  const currentStationId =
    visit.currentStationId !== null && shownStation.has(visit.currentStationId) ? visit.currentStationId : null;
  const same =
    stations.length === visit.stations.length &&
    takeHome.length === visit.takeHome.length &&
    observations.every((o, i) => o === visit.observations[i]) &&
    observations.length === visit.observations.length;
  return same ? visit : { stations, currentStationId, observations, takeHome };
}

/** Every session's visit as the viewer may see it; the record itself when they see all of it. */
export function projectVisits(
  visits: Record<string, Visit>,
  viewer: Viewer,
  seesCase: (caseId: string) => boolean,
): Record<string, Visit> {
  const entries = Object.entries(visits);
  const next = entries.map(([id, visit]): [string, Visit] => [id, projectVisit(visit, viewer, seesCase)]);
  return next.every(([, visit], i) => visit === entries[i]?.[1]) ? visits : Object.fromEntries(next);
}

/** The organisations the items a visit command names are internal to (null: shared), in one state. */
function scopes(state: SeriesState, command: EventCommand): (string | null)[] {
  if (!("sessionId" in command) || typeof command.sessionId !== "string") return [];
  const visit = visitOf(state, command.sessionId);
  const stationOf = (id: string | null | undefined) => visit.stations.find((s) => s.id === id)?.internalTo;
  const stationIds: (string | null | undefined)[] = [visit.currentStationId];
  if ("stationId" in command) stationIds.push(command.stationId);
  if ("observationId" in command) {
    stationIds.push(visit.observations.find((o) => o.id === command.observationId)?.stationId);
  }
  const found = stationIds.map(stationOf);
  if ("itemId" in command && command.type.startsWith("takehome.")) {
    found.push(visit.takeHome.find((t) => t.id === command.itemId)?.internalTo);
  }
  return found.filter((scope): scope is string | null => scope !== undefined);
}

/**
 * Whether the command is a move among stations some of which are kept from the
 * viewer: its index counts those too, so applied to the viewer's shorter list
 * it lands elsewhere (and a large one tells that there are more).
 */
function movesPastHidden(state: SeriesState, command: EventCommand, viewer: Viewer): boolean {
  if (command.type !== "station.move") return false;
  return visitOf(state, command.sessionId).stations.some((s) => !canSee(viewer, s.internalTo));
}

/**
 * How a visit event reaches a viewer: unchanged when it names nothing kept
 * from them; else as a placeholder, with a snapshot when their view of the
 * visit changed anyway (a station shared or kept back, the group moving to or
 * from a station they do not see, a station moved past ones they do not see).
 * Null leaves the event to the general rule.
 */
export function projectVisitEvent(
  event: SeriesEvent,
  command: EventCommand,
  before: SeriesState,
  after: SeriesState,
  viewer: Viewer,
): ProjectedEvent | null {
  const named = [...scopes(before, command), ...scopes(after, command)];
  if (named.every((scope) => canSee(viewer, scope)) && !movesPastHidden(before, command, viewer)) return null;
  if (!("sessionId" in command) || typeof command.sessionId !== "string") return null;
  const seesCase = (state: SeriesState) => (id: string) =>
    Object.hasOwn(state.cases, id) && canSee(viewer, state.cases[id]?.internalTo ?? null);
  const was = projectVisit(visitOf(before, command.sessionId), viewer, seesCase(before));
  const is = projectVisit(visitOf(after, command.sessionId), viewer, seesCase(after));
  return { event: hiddenEvent(event), resync: JSON.stringify(was) !== JSON.stringify(is) };
}
