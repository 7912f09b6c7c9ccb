import type { SeriesState } from "../types.js";
import { mapRecord } from "../reduce/helpers.js";
import { trashKey } from "../trash/entries.js";
import type { Visit } from "./types.js";

/**
 * The visits of a restored backup with their sequence numbers moved by `at`,
 * as the other items' are, so that an observation or take-home item stays
 * in order with the cases, closings and edits made around it.
 */
export function shiftedVisits(
  visits: Record<string, Visit> | undefined,
  at: (seq: number) => number,
): Record<string, Visit> | undefined {
  if (!visits) return undefined;
  return mapRecord(visits, (visit) => ({
    ...visit,
    observations: visit.observations.map((o) => ({ ...o, createdSeq: at(o.createdSeq) })),
    takeHome: visit.takeHome.map((t) => ({ ...t, createdSeq: at(t.createdSeq) })),
  }));
}

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
  // A case made from an observation may since have gone to the trash, from where it can come back.
  const hasCase = (id: string | null): boolean =>
    has(series.cases, id) || (id !== null && Object.hasOwn(series.trash ?? {}, trashKey("case", id)));
  const stations = new Set(stationIds);
  const broken =
    (visit.currentStationId !== null && !stations.has(visit.currentStationId)) ||
    visit.stations.some((s) => !has(series.people, s.hostPersonId) || !has(series.orgs, s.internalTo)) ||
    visit.observations.some((o) => !stations.has(o.stationId) || !has(series.people, o.by) || !hasCase(o.caseId)) ||
    visit.takeHome.some(
      (t) =>
        !has(series.orgs, t.orgId) || !has(series.people, t.by) || (t.internalTo !== null && t.internalTo !== t.orgId),
    );
  if (broken) return `${where} names a station, person, organisation or case that is not in it`;
  const seqs = [...visit.observations, ...visit.takeHome].map((x) => x.createdSeq);
  if (!seqs.every((seq) => seq <= series.seq)) {
    return `${where} has a sequence number after the backup's last one (${series.seq})`;
  }
  // Only the host keeps a station to itself (as station.add and station.update check).
  return visit.stations.some((s) => s.internalTo !== null && s.internalTo !== host)
    ? `${where} keeps a station to an organisation that is not its host`
    : null;
}
