import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import type { GoalFit } from "@common/domain/vocabulary.js";
import { goalCoverage, type FitCounts } from "@common/results/index.js";
import { DEMO_TODAY, demoState } from "./demo.js";
import { agreement, closeSession, decide, fit, goal, resultsSeries, review, revise, session, status } from "./steps.js";

const TODAY = "2026-03-15";
const S1 = "session-01";
const S2 = "session-02";
const S3 = "session-03";
const G1 = "goal-0001";
const G2 = "goal-0002";

/** Fit counts as one line: supports, neutral, conflicts, unrated. */
function fits(counts: FitCounts | undefined): number[] {
  return counts ? [counts.supports, counts.neutral, counts.conflicts, counts.unrated] : [];
}

describe("goal coverage", () => {
  it("is empty for an empty series", () => {
    expect(goalCoverage(resultsSeries(), TODAY)).toEqual({ goals: [], withoutGoal: [] });
  });

  it("flags a goal without agreements and lists an agreement without goals apart", () => {
    const coverage = goalCoverage(resultsSeries([goal(G1, "OTIF ≥ 95 %"), agreement("agreement-1")]), TODAY);
    expect(coverage.goals).toEqual([
      {
        goalId: G1,
        title: "OTIF ≥ 95 %",
        agreements: [],
        fitCounts: { supports: 0, neutral: 0, conflicts: 0, unrated: 0 },
        uncovered: true,
      },
    ]);
    expect(coverage.withoutGoal.map((a) => [a.id, a.latest])).toEqual([["agreement-1", null]]);
  });

  it("lists goals in the order they were set up, each with its agreements in the order they were made", () => {
    const state = resultsSeries([
      goal(G2),
      goal(G1),
      agreement("agreement-2", { goalIds: [G1, G2] }),
      agreement("agreement-1", { goalIds: [G1] }),
    ]);
    const coverage = goalCoverage(state, TODAY);
    expect(coverage.goals.map((g) => [g.goalId, g.agreements.map((a) => a.id), g.uncovered])).toEqual([
      [G2, ["agreement-2"], false],
      [G1, ["agreement-2", "agreement-1"], false],
    ]);
    expect(coverage.withoutGoal).toEqual([]);
  });

  it("takes the verdicts of the latest review, and the fit it gave for each goal", () => {
    const state = resultsSeries([
      goal(G1),
      goal(G2),
      session(S1, "2026-01-10"),
      session(S2, "2026-02-10"),
      session(S3, "2026-03-10"),
      agreement("agreement-1", { sessionId: S1, goalIds: [G1, G2] }),
      review(S2, "agreement-1", "partly", "partly"),
      fit(S2, "agreement-1", G1, "supports"),
      fit(S2, "agreement-1", G2, "supports"),
      decide(S2, "agreement-1", "continue"),
      review(S3, "agreement-1", "kept", "yes"),
      fit(S3, "agreement-1", G1, "conflicts"),
    ]);
    const [first, second] = goalCoverage(state, TODAY).goals;
    const latest = { sessionId: S3, date: "2026-03-10", kept: "kept", outcome: "yes", decision: null };
    expect(first?.agreements).toMatchObject([{ id: "agreement-1", fit: "conflicts", latest }]);
    expect(fits(first?.fitCounts)).toEqual([0, 0, 1, 0]);
    // The latest review judged no fit for the second goal: the earlier "supports" no longer stands.
    expect(second?.agreements).toMatchObject([{ id: "agreement-1", fit: null, latest }]);
    expect(fits(second?.fitCounts)).toEqual([0, 0, 0, 1]);
  });

  it.each<[string, (GoalFit | null)[], number[]]>([
    ["nobody rated", [null], [0, 0, 0, 1]],
    ["two support, one conflicts", ["supports", "supports", "conflicts"], [2, 0, 1, 0]],
    ["one of each and one unrated", ["supports", "neutral", "conflicts", null], [1, 1, 1, 1]],
  ])("counts the fits: %s", (_, given, expected) => {
    const state = resultsSeries([
      goal(G1),
      session(S1, "2026-03-10"),
      ...given.map((_, i) => agreement(`agreement-${i}`, { goalIds: [G1] })),
      ...given.flatMap((value, i) => (value === null ? [] : [fit(S1, `agreement-${i}`, G1, value)])),
    ]);
    expect(fits(goalCoverage(state, TODAY).goals[0]?.fitCounts)).toEqual(expected);
  });

  it.each<[string, string, EventCommand[], boolean]>([
    ["past due and open", "2026-03-01", [], true],
    ["past due and in progress", "2026-03-01", [status("agreement-1", "in_progress")], true],
    ["due today", TODAY, [], false],
    ["no due date", "", [], false],
    ["past due but done", "2026-03-01", [status("agreement-1", "done")], false],
    ["past due but closed by a review", "2026-03-01", [decide(S1, "agreement-1", "close")], false],
  ])("marks overdue: %s", (_, due, then, expected) => {
    const state = resultsSeries([
      goal(G1),
      session(S1, "2026-03-10"),
      agreement("agreement-1", { due, goalIds: [G1] }),
      ...then,
    ]);
    expect(goalCoverage(state, TODAY).goals[0]?.agreements[0]?.overdue).toBe(expected);
  });

  it("lists both versions of a revised agreement, linked, each with its own latest review", () => {
    const state = resultsSeries([
      goal(G1),
      session(S1, "2026-01-10"),
      session(S2, "2026-02-10"),
      agreement("agreement-1", { sessionId: S1, goalIds: [G1], due: "2026-02-01" }),
      review(S2, "agreement-1", "not", "no"),
      fit(S2, "agreement-1", G1, "supports"),
      revise(S2, "agreement-1", "agreement-2"),
      closeSession(S2),
    ]);
    const [row] = goalCoverage(state, TODAY).goals;
    expect(
      row?.agreements.map((a) => [a.id, a.revises, a.revisedInto, a.overdue, a.latest?.decision ?? null, a.fit]),
    ).toEqual([
      ["agreement-1", null, "agreement-2", false, "revise", "supports"],
      ["agreement-2", "agreement-1", null, false, null, null],
    ]);
    expect(fits(row?.fitCounts)).toEqual([1, 0, 0, 1]);
  });

  it("covers every goal of the example series and shows its agreement without a goal", () => {
    const { state, idOf } = demoState();
    const coverage = goalCoverage(state, DEMO_TODAY);
    expect(coverage.goals.map((g) => [g.goalId, g.agreements.length, g.uncovered])).toEqual([
      [idOf("goal:margin"), 2, false],
      [idOf("goal:otif"), 3, false],
      [idOf("goal:changeover"), 1, false],
      [idOf("goal:forecast"), 3, false],
    ]);
    const otif = coverage.goals[1];
    expect(otif?.agreements.map((a) => [a.id, a.revisedInto, a.fit])).toEqual([
      [idOf("agreement:rush"), idOf("agreement:rush-2"), "supports"],
      [idOf("agreement:rush-2"), null, null],
      [idOf("agreement:promo-capacity"), null, null],
    ]);
    expect(coverage.withoutGoal.map((a) => [a.id, a.latest?.decision])).toEqual([
      [idOf("agreement:margin-report"), "drop"],
    ]);
    expect(coverage.goals.flatMap((g) => g.agreements.filter((a) => a.overdue).map((a) => a.id))).toEqual([
      idOf("agreement:samples"),
      idOf("agreement:promo"),
    ]);
  });
});
