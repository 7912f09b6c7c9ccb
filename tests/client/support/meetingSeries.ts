import type { ClientCommand } from "@common/domain/commands.js";
import { ALICE, BOB, joinAs, makeSeries, type EventLog } from "./series.js";

export const EARLIER = "session-earlier";
export const TODAY = "session-today";
export const GOAL_OTIF = "goal-otif-0001";
export const GOAL_MARGIN = "goal-margin-0001";
export const SHORT_PROMISES = "interest-short";
export const STABLE_PLAN = "interest-stable";
export const CASE_RUSH = "case-rush-0001";

/**
 * "Werk Nord" with Alice on the Sales side and Bob on the Operations side,
 * two goals, two colliding interests, a past session and today's session
 * with a rush-order case.
 */
export function makeMeetingSeries(): EventLog {
  const log = makeSeries({ withBob: false });
  const add = (actor: string, command: ClientCommand) => log.add(actor, command);
  log.add(BOB, joinAs("Bob Berger", { function: "operations" }));
  add(ALICE, { type: "person.update", personId: ALICE, changes: { function: "sales" } });
  add(ALICE, { type: "goal.add", goalId: GOAL_OTIF, values: { title: "Liefertreue OTIF" } });
  add(ALICE, { type: "goal.add", goalId: GOAL_MARGIN, values: { title: "Marge pro Auftrag" } });
  add(ALICE, { type: "interest.add", interestId: SHORT_PROMISES, side: "sales", label: "Kurze Lieferzusagen" });
  add(ALICE, { type: "interest.add", interestId: STABLE_PLAN, side: "operations", label: "Stabiler Produktionsplan" });
  add(ALICE, { type: "session.add", sessionId: EARLIER, values: { date: "2025-01-15" } });
  add(ALICE, { type: "session.add", sessionId: TODAY, values: { date: "2025-03-12" } });
  add(ALICE, {
    type: "case.add",
    caseId: CASE_RUSH,
    values: { title: "Eilauftrag Müller", sessionId: TODAY, presenterId: ALICE },
  });
  return log;
}

/** Adds an agreement made at the earlier session, so that today's session reviews it. */
export function addEarlierAgreement(log: EventLog, agreementId: string, text: string, goalIds: string[] = []): void {
  log.add(ALICE, {
    type: "agreement.add",
    agreementId,
    values: { text, sessionId: EARLIER, goalIds, ownerIds: [ALICE, BOB], outcome: "OTIF ≥ 95 %" },
  });
}
