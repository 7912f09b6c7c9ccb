import type { SeriesState } from "../types.js";
import type { Visit } from "./types.js";

/** What is wrong with the visits of a backed-up series, in words; null when they hold together. */
export function visitsProblem(series: SeriesState): string | null {
  for (const [sessionId, visit] of Object.entries(series.visits ?? {})) {
    const problem = Object.hasOwn(series.sessions, sessionId)
      ? visitProblem(series, visit, series.sessions[sessionId]?.hostOrgId ?? null, `the visit of session ${sessionId}`)
      : `a visit names a session ${sessionId} that is not in it`;
    if (problem !== null) return problem;
  }
  return null;
}

function visitProblem(series: SeriesState, visit: Visit, host: string | null, where: string): string | null {
  const stationIds = visit.stations.map((s) => s.id);
  const ids = [...stationIds, ...visit.observations.map((o) => o.id), ...visit.takeHome.map((t) => t.id)];
  if (new Set(ids).size !== ids.length) return `${where} lists an id twice`;
  const has = (record: Record<string, unknown>, id: string | null): boolean => id === null || Object.hasOwn(record, id);
  const stations = new Set(stationIds);
  const broken =
    (visit.currentStationId !== null && !stations.has(visit.currentStationId)) ||
    visit.stations.some((s) => !has(series.people, s.hostPersonId) || !has(series.orgs, s.internalTo)) ||
    visit.observations.some(
      (o) => !stations.has(o.stationId) || !has(series.people, o.by) || !has(series.cases, o.caseId),
    ) ||
    visit.takeHome.some(
      (t) =>
        !has(series.orgs, t.orgId) || !has(series.people, t.by) || (t.internalTo !== null && t.internalTo !== t.orgId),
    );
  if (broken) return `${where} names a station, person, organisation or case that is not in it`;
  // Only the host keeps a station to itself (as station.add and station.update check).
  return visit.stations.some((s) => s.internalTo !== null && s.internalTo !== host)
    ? `${where} keeps a station to an organisation that is not its host`
    : null;
}
