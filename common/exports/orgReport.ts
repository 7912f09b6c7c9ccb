import { visitOf } from "../domain/stations/visit.js";
import type { SeriesState } from "../domain/types.js";
import { projectState } from "../domain/visibility/project.js";
import type { Viewer } from "../domain/visibility/viewer.js";
import { PHASES, Role, SessionKind } from "../domain/vocabulary.js";
import type { MinutesAgendaStep } from "./minutesAgenda.js";
import type { Minutes, MinutesAgreement, MinutesCase, MinutesVote } from "./minutesModel.js";
import type { MinutesObservation } from "./minutesVisit.js";
import { sessionMinutes } from "./sessionMinutes.js";

/** An observation in an organisation's report: where it was made, and the card as the minutes list it. */
export interface ReportObservation extends MinutesObservation {
  station: string;
}

/** What one organisation takes from a workshop or peer visit, before it is put into words of a language. */
export interface OrgReport {
  seriesName: string;
  org: { id: string; name: string; isHost: boolean };
  session: Minutes["session"];
  agenda: MinutesAgendaStep[];
  cases: MinutesCase[];
  /** Every collision tagged on the session's cases or answered by its agreements, once, as interest labels. */
  collisions: string[][];
  /** The session's agreements that concern the organisation: internal to it, owned by its people, or of its cases. */
  agreements: MinutesAgreement[];
  /** The organisation's take-home list of a peer visit. */
  takeHome: { text: string; internal: boolean }[];
  /** Observations made by its people; for the host, every observation made at its stations. */
  observations: ReportObservation[];
  /** What the whole session shares: revealed dot votes, the summary and the next date. */
  results: { votes: MinutesVote[]; summary: string; nextDate: string };
}

/** The session kinds between organisations, which have a report per organisation. */
export function hasOrgReports(kind: SessionKind): boolean {
  return kind === SessionKind.workshop || kind === SessionKind.peerVisit;
}

/** Someone of the organisation with no name and no ballot: the view a report of the organisation is written from. */
export function orgReader(orgId: string): Viewer {
  return { personId: null, orgId, role: Role.participant };
}

/**
 * The state a report of `orgId` is written from, given the state as its
 * reader sees it: what both may see. A member of the organisation reads its
 * internal items; a facilitator of another organisation does not, and nobody
 * reads another organisation's internal items.
 */
export function reportState(seenByReader: SeriesState, orgId: string): SeriesState {
  return projectState(seenByReader, orgReader(orgId));
}

/** The organisations of the series, by name (the reports a facilitator downloads). */
export function reportOrgs(state: SeriesState): { id: string; name: string }[] {
  return Object.values(state.orgs)
    .map((org) => ({ id: org.id, name: org.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function concerns(state: SeriesState, orgId: string, agreementId: string): boolean {
  const agreement = state.agreements[agreementId];
  if (!agreement) return false;
  if (agreement.internalTo === orgId) return true;
  if (agreement.ownerIds.some((id) => state.people[id]?.orgId === orgId)) return true;
  const item = agreement.caseId === null ? undefined : state.cases[agreement.caseId];
  return item?.orgId === orgId;
}

function distinct(collisions: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return collisions.filter((labels) => {
    const key = JSON.stringify(labels);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function reportObservations(
  state: SeriesState,
  sessionId: string,
  orgId: string,
  isHost: boolean,
): ReportObservation[] {
  const visit = visitOf(state, sessionId);
  const stationName = new Map(visit.stations.map((s) => [s.id, s.name]));
  return visit.observations
    .filter((o) => stationName.has(o.stationId) && (isHost || state.people[o.by]?.orgId === orgId))
    .map((o) => ({
      station: stationName.get(o.stationId) ?? "",
      kind: o.kind,
      text: o.text,
      by: state.people[o.by]?.name ?? "",
      isCase: o.caseId !== null,
    }));
}

/**
 * The report of one organisation about a workshop or peer visit, from a
 * state already projected for it (`reportState`): the agenda, the cases,
 * the collisions, the agreements that concern it, its take-home list, its
 * observations and the shared results. Null when the state has no such
 * session or organisation, or the session is an internal one.
 */
export function orgReport(state: SeriesState, sessionId: string, orgId: string): OrgReport | null {
  const org = Object.hasOwn(state.orgs, orgId) ? state.orgs[orgId] : undefined;
  const session = Object.hasOwn(state.sessions, sessionId) ? state.sessions[sessionId] : undefined;
  if (!org || !session || !hasOrgReports(session.kind)) return null;
  const minutes = sessionMinutes(state, sessionId);
  if (!minutes) return null;
  const isHost = session.hostOrgId === orgId;
  const agreements = minutes.agreements.filter((a) => concerns(state, orgId, a.id));
  return {
    seriesName: minutes.seriesName,
    org: { id: org.id, name: org.name, isHost },
    session: minutes.session,
    // A session without items of its own still had an agenda: the five phases.
    agenda: minutes.agenda.length > 0 ? minutes.agenda : PHASES.map((phase) => ({ kind: "phase", phase })),
    cases: minutes.cases,
    collisions: distinct([
      ...minutes.cases.flatMap((c) => c.collisions),
      ...agreements.flatMap((a) => (a.collision === null ? [] : [a.collision])),
    ]),
    agreements,
    takeHome: visitOf(state, sessionId)
      .takeHome.filter((t) => t.orgId === orgId)
      .map((t) => ({ text: t.text, internal: t.internalTo !== null })),
    observations: reportObservations(state, sessionId, orgId, isHost),
    results: { votes: minutes.votes, summary: minutes.summary, nextDate: minutes.nextDate },
  };
}
