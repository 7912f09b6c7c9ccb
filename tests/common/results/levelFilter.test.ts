import { describe, expect, it } from "vitest";
import { atLevel, goalCoverage, resultsOverview, type LevelFilter } from "@common/results/index.js";
import { DEMO_TODAY, demoState } from "./demo.js";

describe("results by level", () => {
  const { state, idOf } = demoState();
  const agreement = (key: string) => idOf(`agreement:${key}`);

  it.each<[LevelFilter, string[], (number | null)[]]>([
    [
      "all",
      ["rush", "formats", "promo", "margin-report", "rush-2", "promo-plan", "promo-capacity", "samples"],
      [8, 5, 2, 4],
    ],
    ["strategic", ["promo", "margin-report"], [2, 1, 1, 2]],
    ["operational", ["rush", "formats", "rush-2", "promo-plan", "promo-capacity", "samples"], [6, 4, 1, 2]],
  ])("%s: the agreements of the level and the overview of them", (filter, keys, figures) => {
    const seen = atLevel(state, filter);
    expect(new Set(Object.keys(seen.agreements))).toEqual(new Set(keys.map(agreement)));
    const o = resultsOverview(seen, DEMO_TODAY);
    expect([o.agreements, o.open, o.overdue, o.reviewed]).toEqual(figures);
  });

  it("lets go of links to agreements of the other level: the executive children show no parent among executive results", () => {
    const executive = atLevel(state, "operational");
    expect(executive.agreements[agreement("promo-plan")]?.parentId).toBeNull();
    expect(Object.values(executive.reviews).every((r) => Object.hasOwn(executive.agreements, r.agreementId))).toBe(
      true,
    );
    // The goal coverage of the forecast goal counts only the level's agreements.
    const forecast = (filter: LevelFilter) =>
      goalCoverage(atLevel(state, filter), DEMO_TODAY).goals.find((g) => g.goalId === idOf("goal:forecast"))?.agreements
        .length;
    expect([forecast("all"), forecast("strategic"), forecast("operational")]).toEqual([3, 1, 2]);
  });
});
