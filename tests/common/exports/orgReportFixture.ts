import type { SeriesState } from "@common/domain/types.js";
import { ANNA, BERND, join, makeSeries, type Step } from "../fixtures.js";

/** Three organisations at a peer visit hosted by Firma C; every item's text carries a marker the tests look for. */
export const ORG_A = "org-firma-a";
export const ORG_B = "org-firma-b";
export const ORG_C = "org-firma-c";
export const DORIS = "person-doris"; // participant, Firma B
export const EMIL = "person-emil"; // participant, Firma C (host)
export const OSKAR = "person-oskar"; // observer, Firma A
export const VISIT = "session-visit";
export const WORKSHOP = "session-workshop";
export const INTERNAL_SESSION = "session-internal";
export { ANNA, BERND };

const values = (title: string, orgId: string, internalTo: string | null = null) => ({
  title,
  sessionId: VISIT,
  orgId,
  internalTo,
});

const steps: Step[] = [
  { type: "org.add", orgId: ORG_A, name: "Firma A" },
  { type: "org.add", orgId: ORG_B, name: "Firma B" },
  { type: "org.add", orgId: ORG_C, name: "Firma C" },
  { type: "person.update", personId: ANNA, changes: { orgId: ORG_A } },
  { type: "person.update", personId: BERND, changes: { orgId: ORG_A, function: "sales" } },
  join(DORIS, "Doris", "participant", ORG_B, "sales"),
  join(EMIL, "Emil", "participant", ORG_C, "operations"),
  join(OSKAR, "Oskar", "observer", ORG_A),
  {
    type: "session.add",
    sessionId: VISIT,
    values: { date: "2026-12-10", kind: "peer_visit", hostOrgId: ORG_C, place: "Werk C" },
  },
  { type: "session.add", sessionId: WORKSHOP, values: { date: "2026-12-11", kind: "workshop" } },
  { type: "session.add", sessionId: INTERNAL_SESSION, values: { date: "2026-12-12" } },
  { type: "interest.add", interestId: "int-sales", side: "sales", label: "KurzeZusagen" },
  { type: "interest.add", interestId: "int-ops", side: "operations", label: "StabilerPlan" },
  { type: "interest.add", interestId: "int-price", side: "sales", label: "PreisB" },
  { type: "collision.add", collisionId: "coll-shared", interestIds: ["int-sales", "int-ops"] },
  { type: "collision.add", collisionId: "coll-b", interestIds: ["int-price", "int-ops"] },
  { type: "case.add", caseId: "case-a", values: values("FallA", ORG_A) },
  { type: "case.add", caseId: "case-a-intern", values: values("FallAIntern", ORG_A, ORG_A) },
  { by: DORIS, command: { type: "case.add", caseId: "case-b-intern", values: values("FallBIntern", ORG_B, ORG_B) } },
  { by: EMIL, command: { type: "case.add", caseId: "case-c", values: values("FallC", ORG_C) } },
  { type: "case.link", caseId: "case-c", kind: "collision", targetId: "coll-shared", linked: true },
  {
    by: DORIS,
    command: { type: "case.link", caseId: "case-b-intern", kind: "collision", targetId: "coll-b", linked: true },
  },
  agreement("agr-a-intern", "VereinbarungAIntern", [BERND], null, ORG_A),
  agreement("agr-b-intern", "VereinbarungBIntern", [DORIS], null, ORG_B),
  agreement("agr-doris", "VereinbarungDoris", [DORIS], null, null),
  agreement("agr-case-c", "VereinbarungFallC", [ANNA], "case-c", null),
  agreement("agr-nobody", "VereinbarungNiemand", [], null, null),
  { type: "station.add", sessionId: VISIT, stationId: "station-1", values: { name: "StationTor", timeBoxMin: 20 } },
  {
    by: EMIL,
    command: {
      type: "station.add",
      sessionId: VISIT,
      stationId: "station-2",
      values: { name: "StationCIntern", timeBoxMin: 20, internalTo: ORG_C },
    },
  },
  observation(BERND, "obs-1", "station-1", "BeobachtungBernd"),
  observation(DORIS, "obs-2", "station-1", "BeobachtungDoris"),
  observation(EMIL, "obs-3", "station-1", "BeobachtungEmil"),
  observation(EMIL, "obs-4", "station-2", "BeobachtungCIntern"),
  takeHome(BERND, "th-a", ORG_A, "MitnehmenA", null),
  takeHome(BERND, "th-a-intern", ORG_A, "MitnehmenAIntern", ORG_A),
  takeHome(DORIS, "th-b", ORG_B, "MitnehmenB", null),
  takeHome(DORIS, "th-b-intern", ORG_B, "MitnehmenBIntern", ORG_B),
  { type: "session.update", sessionId: VISIT, changes: { summary: "ZusammenfassungGemeinsam" } },
];

function agreement(
  agreementId: string,
  text: string,
  ownerIds: string[],
  caseId: string | null,
  internalTo: string | null,
): Step {
  const by = internalTo === ORG_B ? DORIS : ANNA;
  return {
    by,
    command: { type: "agreement.add", agreementId, values: { text, sessionId: VISIT, ownerIds, caseId, internalTo } },
  };
}

function observation(by: string, observationId: string, stationId: string, text: string): Step {
  return { by, command: { type: "observation.add", sessionId: VISIT, stationId, observationId, kind: "notice", text } };
}

function takeHome(by: string, itemId: string, orgId: string, text: string, internalTo: string | null): Step {
  return { by, command: { type: "takehome.add", sessionId: VISIT, itemId, orgId, text, internalTo } };
}

/** The peer visit of three organisations, with internal items of A, B and C and everyone's observations. */
export function makeVisitOfThree(): SeriesState {
  return makeSeries(steps);
}

/** Every marker the visit's items carry. */
export const MARKERS = [
  "FallA",
  "FallAIntern",
  "FallBIntern",
  "FallC",
  "KurzeZusagen",
  "PreisB",
  "VereinbarungAIntern",
  "VereinbarungBIntern",
  "VereinbarungDoris",
  "VereinbarungFallC",
  "VereinbarungNiemand",
  "StationTor",
  "StationCIntern",
  "BeobachtungBernd",
  "BeobachtungDoris",
  "BeobachtungEmil",
  "BeobachtungCIntern",
  "MitnehmenA",
  "MitnehmenAIntern",
  "MitnehmenB",
  "MitnehmenBIntern",
  "ZusammenfassungGemeinsam",
] as const;
