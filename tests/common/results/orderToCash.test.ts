import { describe, expect, it } from "vitest";
import type { SeriesState } from "@common/domain/types.js";
import { STAGES, type Stage } from "@common/domain/vocabulary.js";
import { projectState } from "@common/domain/visibility/project.js";
import { PUBLIC_VIEWER } from "@common/domain/visibility/viewer.js";
import { orderToCash, type StageFigures } from "@common/results/index.js";
import { demoState } from "./demo.js";
import { caseAt, resultsSeries } from "./steps.js";

/** A stage's figures as one line: cases, cases with a margin, margin total, margin average, delay days. */
function line(figures: StageFigures | undefined): (number | null)[] {
  if (!figures) return [];
  return [figures.cases, figures.casesWithMargin, figures.marginTotal, figures.marginAverage, figures.delayDaysTotal];
}

/** The figures of one stage. */
function stage(state: SeriesState, which: Stage): StageFigures | undefined {
  return orderToCash(state).stages.find((f) => f.stage === which);
}

describe("order-to-cash cycle", () => {
  it("lists every stage in the cycle's order, empty, for an empty series", () => {
    const figures = orderToCash(resultsSeries());
    expect(figures.stages.map((f) => f.stage)).toEqual(STAGES);
    expect(figures.stages.map(line)).toEqual(STAGES.map(() => [0, 0, 0, null, 0]));
    expect(figures.withoutStage).toBe(0);
  });

  // Case i at the planning stage has margins[i] € and delays[i] days.
  it.each<[string, (number | null)[], (number | null)[], (number | null)[]]>([
    ["one case", [-900], [2], [1, 1, -900, -900, 2]],
    ["a case without margin is counted, not summed", [-900, null], [1, 3], [2, 1, -900, -900, 4]],
    ["no margin at all: no average", [null], [null], [1, 0, 0, null, 0]],
    ["a margin of zero is a margin", [0, -600], [0, null], [2, 2, -600, -300, 0]],
    ["gains and losses offset", [1200, -300], [0, 5], [2, 2, 900, 450, 5]],
  ])("sums a stage: %s", (_, margins, delays, expected) => {
    const state = resultsSeries(margins.map((m, i) => caseAt(`case-000${i}`, "planning", m, delays[i] ?? null)));
    expect(line(stage(state, "planning"))).toEqual(expected);
    expect(
      orderToCash(state)
        .stages.filter((f) => f.cases > 0)
        .map((f) => f.stage),
    ).toEqual(["planning"]);
  });

  it("counts cases without a stage apart, in no stage", () => {
    const state = resultsSeries([caseAt("case-0001", null, -500, 3), caseAt("case-0002", "service", -100, 1)]);
    const figures = orderToCash(state);
    expect(figures.withoutStage).toBe(1);
    expect(figures.stages.reduce((sum, f) => sum + f.cases, 0)).toBe(1);
    expect(line(stage(state, "service"))).toEqual([1, 1, -100, -100, 1]);
  });

  it("shows where the example series' cases cost margin", () => {
    const { state } = demoState();
    const figures = orderToCash(state);
    // The case carried over into the next session has no stage yet.
    expect(figures.withoutStage).toBe(1);
    expect(figures.stages.filter((f) => f.cases > 0).map((f) => [f.stage, ...line(f)])).toEqual([
      ["quote", 1, 1, -1200, -1200, 0],
      ["order_clarification", 1, 1, -1800, -1800, 2],
      ["planning", 2, 2, -4150, -2075, 0],
      ["delivery", 1, 1, -600, -600, 1],
      ["service", 1, 1, -5400, -5400, 5],
    ]);
  });

  it("counts only what the viewer may see once the state is projected", () => {
    const { state } = demoState();
    // The mixed-pallets case (delivery) is internal to one organisation.
    const shared = orderToCash(projectState(state, PUBLIC_VIEWER));
    expect(line(shared.stages.find((f) => f.stage === "delivery"))).toEqual([0, 0, 0, null, 0]);
    expect(shared.stages.reduce((sum, f) => sum + f.cases, 0)).toBe(5);
  });
});
