import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import type { Better } from "@common/domain/vocabulary.js";
import { goalTrend, goalTrends, GoalTrendStatus } from "@common/results/index.js";
import { agreement, resultsSeries, session } from "./steps.js";

const { reached, onTrack, behind, noValues, noPlan } = GoalTrendStatus;
const GOAL = "goal-otif";
// The series starts on 1 January: the baseline holds then.
const SESSIONS: Record<string, string> = { s1: "2026-01-01", s2: "2026-04-01", s3: "2026-07-01" };

interface Plan {
  better: Better;
  baseline: number | null;
  target: number | null;
  horizon: string;
}

/** A goal with a plan; each value is recorded at its session in a review of its own agreement linked to the goal. */
function seriesMeasuring(plan: Plan, values: readonly [string, number][]) {
  return resultsSeries([
    ...Object.entries(SESSIONS).map(([id, date]) => session(id, date)),
    { type: "goal.add", goalId: GOAL, values: { title: "Liefertreue", kpiName: "OTIF", kpiUnit: "%", ...plan } },
    ...values.map((_, i) => agreement(`agreement-${i}`, { goalIds: [GOAL] })),
    ...values.map(([sessionId, kpiValue], i): EventCommand => ({
      type: "review.set",
      sessionId,
      agreementId: `agreement-${i}`,
      changes: { kpiValue },
    })),
  ]);
}

const HIGHER: Plan = { better: "higher", baseline: 80, target: 90, horizon: "2026-12-31" };
const LOWER: Plan = { better: "lower", baseline: 95, target: 60, horizon: "2026-12-31" };
const SHORT: Plan = { ...HIGHER, horizon: "2026-06-30" };
const NO_HORIZON: Plan = { ...HIGHER, horizon: "" };
const NO_BASELINE: Plan = { ...HIGHER, baseline: null };

describe("a goal's KPI trend", () => {
  // On 1 April a quarter of the way (90 of 364 days) is expected: 82.5 of 80 → 90; 86.3 of 95 → 60.
  it.each<[string, Plan, [string, number][], string, GoalTrendStatus, number | null]>([
    ["nothing measured yet", HIGHER, [], "2026-05-01", noValues, null],
    ["the target reached", HIGHER, [["s2", 91]], "2026-05-01", reached, 91],
    ["exactly the target is reached", HIGHER, [["s2", 90]], "2026-05-01", reached, 90],
    ["ahead of the straight line: on track", HIGHER, [["s2", 83]], "2026-05-01", onTrack, 83],
    ["at the baseline on the first day: on track", HIGHER, [["s1", 80]], "2026-01-02", onTrack, 80],
    ["below the straight line: behind", HIGHER, [["s2", 82]], "2026-05-01", behind, 82],
    ["worse than the baseline: behind", HIGHER, [["s2", 78]], "2026-05-01", behind, 78],
    [
      "the latest value counts, not the best",
      HIGHER,
      [
        ["s2", 91],
        ["s3", 84],
      ],
      "2026-07-02",
      behind,
      84,
    ],
    [
      "the latest by session, not by entry",
      HIGHER,
      [
        ["s3", 86],
        ["s2", 70],
      ],
      "2026-07-02",
      onTrack,
      86,
    ],
    ["lower is better: reached", LOWER, [["s2", 58]], "2026-05-01", reached, 58],
    ["lower is better: on track", LOWER, [["s2", 85]], "2026-05-01", onTrack, 85],
    ["lower is better: behind", LOWER, [["s2", 90]], "2026-05-01", behind, 90],
    ["lower is better: a rise is behind", LOWER, [["s2", 97]], "2026-05-01", behind, 97],
    ["on track when measured, but the horizon passed", SHORT, [["s2", 86]], "2026-07-15", behind, 86],
    ["on track before a short horizon", SHORT, [["s2", 86]], "2026-05-01", onTrack, 86],
    ["no horizon: no plan to compare with", NO_HORIZON, [["s2", 85]], "2026-05-01", noPlan, 85],
    ["no horizon, but the target reached", NO_HORIZON, [["s2", 95]], "2026-05-01", reached, 95],
    ["no baseline: no plan", NO_BASELINE, [["s2", 85]], "2026-05-01", noPlan, 85],
  ])("%s", (_label, plan, values, today, status, latest) => {
    const state = seriesMeasuring(plan, values);
    const goal = state.goals[GOAL];
    if (!goal) throw new Error("the goal is missing");
    const trend = goalTrend(state, goal, today);
    expect(trend.status).toBe(status);
    expect(trend.latest?.value ?? null).toBe(latest);
    expect(trend.values).toHaveLength(values.length);
  });

  it("dates each value by its session, names the agreement it came from and what the plan expected", () => {
    const state = seriesMeasuring(HIGHER, [
      ["s3", 86],
      ["s2", 83],
    ]);
    const [trend] = goalTrends(state, "2026-07-02");
    expect(trend).toMatchObject({ baselineDate: "2026-01-01", baseline: 80, target: 90, horizon: "2026-12-31" });
    expect(
      trend?.values.map((v) => [v.date, v.sessionId, v.agreementId, v.agreementText, v.value, v.expected?.toFixed(2)]),
    ).toEqual([
      ["2026-04-01", "s2", "agreement-1", "Vereinbarung agreement-1", 83, "82.47"],
      ["2026-07-01", "s3", "agreement-0", "Vereinbarung agreement-0", 86, "84.97"],
    ]);
  });

  it("counts only values of agreements linked to the goal, and only goals with a KPI", () => {
    const state = resultsSeries([
      session("s1", "2026-01-01"),
      session("s2", "2026-04-01"),
      { type: "goal.add", goalId: GOAL, values: { title: "Liefertreue", kpiName: "OTIF", ...HIGHER } },
      { type: "goal.add", goalId: "goal-plain", values: { title: "Miteinander reden" } },
      agreement("linked", { goalIds: [GOAL] }),
      agreement("unlinked"),
      { type: "review.set", sessionId: "s2", agreementId: "linked", changes: { kpiValue: 84 } },
      { type: "review.set", sessionId: "s2", agreementId: "unlinked", changes: { kpiValue: 20 } },
    ]);
    const trends = goalTrends(state, "2026-05-01");
    expect(trends.map((t) => [t.goalId, t.values.map((v) => v.value)])).toEqual([[GOAL, [84]]]);
  });

  it("gives the value of an agreement serving two goals with a KPI to the goal of its scale", () => {
    const state = resultsSeries([
      session("s1", "2026-01-01"),
      session("s2", "2026-04-01"),
      {
        type: "goal.add",
        goalId: "margin",
        values: { title: "DB", kpiName: "DB je Auftrag", baseline: 410, target: 480 },
      },
      { type: "goal.add", goalId: "setup", values: { title: "Rüsten", kpiName: "Rüstzeit", baseline: 95, target: 60 } },
      agreement("both", { goalIds: ["margin", "setup"] }),
      agreement("margin-only", { goalIds: ["margin"] }),
      { type: "review.set", sessionId: "s2", agreementId: "both", changes: { kpiValue: 68 } },
      // Alone, an agreement's value is its goal's, however odd.
      { type: "review.set", sessionId: "s2", agreementId: "margin-only", changes: { kpiValue: 75 } },
    ]);
    const trends = goalTrends(state, "2026-05-01");
    expect(trends.map((t) => [t.goalId, t.values.map((v) => v.value)])).toEqual([
      ["margin", [75]],
      ["setup", [68]],
    ]);
  });
});
