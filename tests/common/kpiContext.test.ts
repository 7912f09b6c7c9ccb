import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import { kpiContextForReview } from "@common/domain/rules/kpiContext.js";
import { makeSeries } from "./fixtures.js";

const SEP = "session-sep";
const OCT = "session-oct";
const NOV = "session-nov";
const DEC = "session-dec";
const JAN = "session-jan";
const OTIF = "goal-otif";
const COST = "goal-cost";
const PLAIN = "goal-plain";

function kpi(agreementId: string, sessionId: string, kpiValue: number): EventCommand {
  return { type: "review.set", sessionId, agreementId, changes: { kpiValue } };
}

/** Agreements made in September on the delivery goal, reviewed in the monthly sessions after; December is being reviewed. */
function series(extra: EventCommand[] = []) {
  return makeSeries([
    { type: "session.add", sessionId: SEP, values: { date: "2026-09-03" } },
    { type: "session.add", sessionId: OCT, values: { date: "2026-10-01" } },
    { type: "session.add", sessionId: NOV, values: { date: "2026-11-05" } },
    { type: "session.add", sessionId: DEC, values: { date: "2026-12-03" } },
    { type: "session.add", sessionId: JAN, values: { date: "2027-01-07" } },
    {
      type: "goal.add",
      goalId: OTIF,
      values: { title: "Liefertreue", kpiName: "OTIF", kpiUnit: "%", baseline: 82, target: 95 },
    },
    {
      type: "goal.add",
      goalId: COST,
      values: {
        title: "Rüstkosten",
        kpiName: "Rüstkosten",
        kpiUnit: "€/Woche",
        baseline: 4000,
        target: 2500,
        better: "lower",
      },
    },
    { type: "goal.add", goalId: PLAIN, values: { title: "Gute Zusammenarbeit" } },
    {
      type: "agreement.add",
      agreementId: "agr-a",
      values: { text: "A", sessionId: SEP, goalIds: [OTIF, COST, PLAIN] },
    },
    { type: "agreement.add", agreementId: "agr-b", values: { text: "B", sessionId: SEP, goalIds: [OTIF] } },
    { type: "agreement.add", agreementId: "agr-none", values: { text: "ohne Ziel", sessionId: SEP } },
    ...extra,
  ]);
}

describe("the KPI context beside a review's KPI value", () => {
  it("shows each linked goal's KPI with unit, baseline, target and direction; goals without a KPI are left out", () => {
    const state = series();
    const agreement = state.agreements["agr-a"];
    if (!agreement) throw new Error("fixture");
    expect(kpiContextForReview(state, agreement, DEC)).toEqual([
      expect.objectContaining({ goalId: OTIF, kpiName: "OTIF", kpiUnit: "%", baseline: 82, target: 95, last: null }),
      expect.objectContaining({ goalId: COST, kpiUnit: "€/Woche", baseline: 4000, target: 2500, better: "lower" }),
    ]);
  });

  it.each([
    [
      "the latest earlier session wins, from any agreement on the goal",
      [kpi("agr-a", OCT, 84), kpi("agr-b", NOV, 88)],
      88,
      NOV,
    ],
    ["an earlier session's value stays when the later one has none", [kpi("agr-b", OCT, 84)], 84, OCT],
    ["the session under review does not count as 'last'", [kpi("agr-a", OCT, 84), kpi("agr-a", DEC, 90)], 84, OCT],
    ["a later session does not count either", [kpi("agr-a", NOV, 86), kpi("agr-b", JAN, 97)], 86, NOV],
    ["no earlier value: none", [kpi("agr-a", DEC, 90)], null, null],
  ] as const)("%s", (_, reviews, value, sessionId) => {
    const state = series([...reviews]);
    const agreement = state.agreements["agr-a"];
    if (!agreement) throw new Error("fixture");
    const otif = kpiContextForReview(state, agreement, DEC).find((context) => context.goalId === OTIF);
    expect(otif?.last?.value ?? null).toBe(value);
    expect(otif?.last?.sessionId ?? null).toBe(sessionId);
  });

  it("is empty for an agreement without goals and for an unknown session", () => {
    const state = series();
    const none = state.agreements["agr-none"];
    const a = state.agreements["agr-a"];
    if (!none || !a) throw new Error("fixture");
    expect(kpiContextForReview(state, none, DEC)).toEqual([]);
    expect(kpiContextForReview(state, a, "session-missing")).toEqual([]);
  });
});
