import { describe, expect, it } from "vitest";
import { KpiSurprise, kpiSurprise, previousKpiValue } from "@common/domain/agreements/kpiReport.js";
import type { EventCommand } from "@common/domain/commands.js";
import { projectMine } from "@common/domain/visibility/mine.js";
import { goalTrend, GoalTrendStatus, KpiSource } from "@common/results/index.js";
import { ANNA, BERND } from "../fixtures.js";
import { agreement, resultsSeries, session } from "./steps.js";

describe("a reported KPI value far from the previous one", () => {
  it.each<[string, number | null, number, KpiSurprise | null]>([
    ["nothing to compare with", null, 93, null],
    ["a plausible step", 89, 93, null],
    ["the sign flipped", 12, -12, KpiSurprise.signFlipped],
    ["the sign flipped the other way", -3.5, 2, KpiSurprise.signFlipped],
    ["a hundred times the previous", 0.93, 93, KpiSurprise.hundredfold],
    ["a hundredth of the previous", 93, 0.93, KpiSurprise.hundredfold],
    ["a percent typed as a fraction, the value moved too", 88, 0.91, KpiSurprise.hundredfold],
    ["forty times is still plausible", 1, 40, null],
    ["zero before: no ratio", 0, 50, null],
    ["zero now", 50, 0, null],
  ])("%s", (_, previous, value, expected) => {
    expect(kpiSurprise(previous, value)).toBe(expected);
  });
});

const GOAL = "goal-otif";
const S1 = "session-01";
const S2 = "session-02";

function report(kpiValue: number, agreementId = "agreement-1"): EventCommand {
  return { type: "agreement.status", agreementId, status: "in_progress", comment: "", kpiValue };
}

/** A goal 80 → 90 % by the end of 2026, an agreement for it owned by Bernd, sessions in January and April. */
function measuring(commands: readonly EventCommand[]) {
  return resultsSeries([
    session(S1, "2026-01-01"),
    session(S2, "2026-04-01"),
    {
      type: "goal.add",
      goalId: GOAL,
      values: { title: "Liefertreue", kpiName: "OTIF", kpiUnit: "%", baseline: 80, target: 90, horizon: "2026-12-31" },
    },
    agreement("agreement-1", { goalIds: [GOAL], ownerIds: [BERND] }),
    ...commands,
  ]);
}

describe("an owner's KPI report between sessions", () => {
  it("is the previous value a new report is compared with, after the goal's baseline and a review", () => {
    expect(previousKpiValue(measuring([]), measuring([]).agreements["agreement-1"] ?? fail())).toBe(80);
    const reviewed = measuring([
      { type: "review.set", sessionId: S1, agreementId: "agreement-1", changes: { kpiValue: 84 } },
    ]);
    expect(previousKpiValue(reviewed, reviewed.agreements["agreement-1"] ?? fail())).toBe(84);
    const reported = measuring([
      { type: "review.set", sessionId: S1, agreementId: "agreement-1", changes: { kpiValue: 84 } },
      report(86),
    ]);
    expect(previousKpiValue(reported, reported.agreements["agreement-1"] ?? fail())).toBe(86);
  });

  it("shows in the goal's trend on the day of the report, by the owner's name, and moves its status", () => {
    const state = measuring([
      { type: "review.set", sessionId: S1, agreementId: "agreement-1", changes: { kpiValue: 79 } },
      report(88),
    ]);
    const goal = state.goals[GOAL] ?? fail();
    const trend = goalTrend(state, goal, "2026-12-01");
    expect(trend.values.map((v) => [v.source, v.value, v.reportedBy])).toEqual([
      [KpiSource.review, 79, null],
      [KpiSource.interim, 88, state.people[ANNA]?.name],
    ]);
    expect(trend.latest?.date).toBe(state.agreements["agreement-1"]?.updates[0]?.at.slice(0, 10));
    expect(trend.status).not.toBe(GoalTrendStatus.noValues);
  });

  it("keeps a status report without a value out of the trend", () => {
    const state = measuring([{ type: "agreement.status", agreementId: "agreement-1", status: "done", comment: "" }]);
    expect(goalTrend(state, state.goals[GOAL] ?? fail(), "2026-12-01").values).toEqual([]);
  });

  it("reaches the owner's personal link with the goal whose KPI it is", () => {
    const state = measuring([]);
    const mine = projectMine(state, BERND, ANNA);
    expect(Object.keys(mine.goals)).toEqual([GOAL]);
    expect(mine.agreements["agreement-1"]?.goalIds).toEqual([GOAL]);
  });
});

function fail(): never {
  throw new Error("missing in the state");
}
