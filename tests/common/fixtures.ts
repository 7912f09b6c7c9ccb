import type { EventCommand } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import type { PersonFunction, Role } from "@common/domain/vocabulary.js";
import { ANNA, BERND, makeSeries } from "../support/factories.js";

export { ANNA, BERND, makeEvents, makeSeries } from "../support/factories.js";

/** One item of a fixture: a command (sent by Anna) or a command with its sender. */
export type Step = EventCommand | { by: string; command: EventCommand };

/** The server-issued join of a person. */
export function join(
  personId: string,
  name: string,
  role: Role,
  orgId: string | null = null,
  fn: PersonFunction | null = null,
): Step {
  return { by: personId, command: { type: "person.join", name, orgId, function: fn, role, confirmed: true } };
}

/** People of the two-company room: Anna facilitates (Firma A), the others are named by role and org. */
export const ORG_A = "org-firma-a";
export const ORG_B = "org-firma-b";
export const CARLA = "person-carla"; // participant, Firma A, operations
export const DORIS = "person-doris"; // participant, Firma B, sales
export const OSKAR = "person-oskar"; // observer, Firma A
export const NOBODY = "person-nobody"; // never joined
export const SESSION = "session-01";
export const SHARED_CASE = "case-shared";
export const INTERNAL_CASE = "case-intern"; // internal to Firma A
export const AGREEMENT = "agreement-1"; // owned by Bernd
export const GOAL = "goal-0001";

/** A two-company series with a session in the cases phase, a shared and an internal case, and an agreement. */
export function makeRoom(items: readonly Step[] = []): SeriesState {
  return makeSeries([
    { type: "org.add", orgId: ORG_A, name: "Firma A" },
    { type: "org.add", orgId: ORG_B, name: "Firma B" },
    { type: "person.update", personId: ANNA, changes: { orgId: ORG_A } },
    { type: "person.update", personId: BERND, changes: { orgId: ORG_A, function: "sales" } },
    join(CARLA, "Carla", "participant", ORG_A, "operations"),
    join(DORIS, "Doris", "participant", ORG_B, "sales"),
    join(OSKAR, "Oskar", "observer", ORG_A),
    {
      type: "session.add",
      sessionId: SESSION,
      values: { date: "2026-11-20", checkInQuestion: "Was erwarten Sie von heute?" },
    },
    { type: "session.phase", sessionId: SESSION, phase: "cases" },
    { type: "goal.add", goalId: GOAL, values: { title: "OTIF ≥ 95 %" } },
    { type: "case.add", caseId: SHARED_CASE, values: { title: "Eilauftrag", sessionId: SESSION, orgId: ORG_A } },
    {
      type: "case.add",
      caseId: INTERNAL_CASE,
      values: { title: "Interne Kalkulation", sessionId: SESSION, orgId: ORG_A, internalTo: ORG_A },
    },
    {
      type: "agreement.add",
      agreementId: AGREEMENT,
      values: { text: "Eilaufträge abstimmen", sessionId: SESSION, ownerIds: [BERND], caseId: SHARED_CASE },
    },
    ...items,
  ]);
}
