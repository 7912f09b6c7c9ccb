import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import type { ChangeKind, OutcomeReached } from "@common/domain/vocabulary.js";
import { agreementRedesign, changeKindMix, redesignSuggestions, RedesignReason } from "@common/results/index.js";
import { agreement, decide, resultsSeries, review, revise, session } from "./steps.js";

const SESSIONS: readonly EventCommand[] = [
  session("s1", "2026-01-15"),
  session("s2", "2026-02-15"),
  session("s3", "2026-03-15"),
];

/** The outcome verdicts of agreement "a" at s1, s2, s3 (null: not judged there). */
type Verdicts = readonly (OutcomeReached | null)[];

function verdicts(agreementId: string, outcomes: Verdicts): EventCommand[] {
  return outcomes.flatMap((outcome, i) => (outcome === null ? [] : [review(`s${i + 1}`, agreementId, null, outcome)]));
}

describe("the redesign suggestion for an agreement", () => {
  it.each<[string, Verdicts, ChangeKind | null, [string, string] | null]>([
    ["missed at two reviews in a row", ["no", "no"], "optimize", ["s1", "s2"]],
    ["missed twice, not tagged at all", ["no", "no"], null, ["s1", "s2"]],
    ["missed twice but already a redesign", ["no", "no"], "redesign", null],
    ["missed once", ["no"], "optimize", null],
    ["missed, then reached", ["no", "yes"], "optimize", null],
    ["missed, partly reached, missed: not in a row", ["no", "partly", "no"], "optimize", null],
    ["reached, then missed twice", ["yes", "no", "no"], "scale", ["s2", "s3"]],
    ["a review without a verdict does not break the row", ["no", null, "no"], "optimize", ["s1", "s3"]],
    ["partly reached twice is no miss", ["partly", "partly"], "optimize", null],
  ])("%s", (_name, outcomes, changeKind, expected) => {
    const state = resultsSeries([...SESSIONS, agreement("a", { changeKind }), ...verdicts("a", outcomes)]);
    expect(agreementRedesign(state, "a")?.sessionIds ?? null).toEqual(expected);
  });

  it("follows the lineage: the predecessor's missed review and the revision's missed review are two in a row", () => {
    const state = resultsSeries([
      ...SESSIONS,
      agreement("a", { changeKind: "optimize" }),
      review("s1", "a", "kept", "no"),
      revise("s1", "a", "a2"),
      review("s2", "a2", "kept", "no"),
    ]);
    expect(state.agreements.a2?.changeKind).toBe("optimize");
    expect(agreementRedesign(state, "a2")).toEqual({
      reason: RedesignReason.outcomeMissed,
      itemId: "a2",
      title: state.agreements.a2?.text,
      sessionIds: ["s1", "s2"],
    });
    // The revised version is no longer worked on: the series lists the suggestion once, for the revision.
    expect(redesignSuggestions(state, "2026-03-01").map((s) => s.itemId)).toEqual(["a2"]);
  });

  it.each<[string, EventCommand[], string[]]>([
    ["missed twice and continued", [decide("s2", "a", "continue")], ["a"]],
    ["missed twice and closed", [decide("s2", "a", "close")], []],
    ["missed twice and dropped", [decide("s2", "a", "drop")], []],
    [
      "missed twice and tagged redesign",
      [{ type: "agreement.update", agreementId: "a", changes: { changeKind: "redesign" } }],
      [],
    ],
  ])("the series' list: %s", (_name, more, expected) => {
    const state = resultsSeries([...SESSIONS, agreement("a"), ...verdicts("a", ["no", "no"]), ...more]);
    expect(redesignSuggestions(state, "2026-03-01").map((s) => s.itemId)).toEqual(expected);
  });
});

describe("the redesign suggestion for a goal", () => {
  const GOAL: EventCommand = {
    type: "goal.add",
    goalId: "g",
    // From 80 % on 15 January to 90 % at the end of the year: about 80.8 expected on 15 February, 81.6 on 15 March.
    values: {
      title: "Liefertreue",
      kpiName: "OTIF",
      kpiUnit: "%",
      baseline: 80,
      target: 90,
      better: "higher",
      horizon: "2026-12-31",
    },
  };
  const measured = (values: readonly (number | null)[]): EventCommand[] => [
    agreement("m", { goalIds: ["g"] }),
    ...values.flatMap((kpiValue, i): EventCommand[] =>
      kpiValue === null
        ? []
        : [{ type: "review.set", sessionId: `s${i + 1}`, agreementId: "m", changes: { kpiValue } }],
    ),
  ];

  it.each<[string, (number | null)[], string, ChangeKind | null, string[] | null]>([
    ["behind at the last two sessions", [null, 79, 80], "2026-03-20", "optimize", ["s2", "s3"]],
    ["behind, then on track", [null, 79, 85], "2026-03-20", "optimize", null],
    ["behind at one session only: the second is still to come", [null, 79, null], "2026-02-20", null, null],
    ["a value measured once stays behind at the next session", [null, 79, null], "2026-03-20", null, ["s2", "s3"]],
    ["on track, then behind", [null, 81, 80], "2026-03-20", null, null],
    ["behind twice but already a redesign", [null, 79, 80], "2026-03-20", "redesign", null],
    ["nothing measured", [null, null, null], "2026-03-20", null, null],
  ])("%s", (_name, values, today, changeKind, expected) => {
    const state = resultsSeries([
      ...SESSIONS,
      { ...GOAL, values: { ...GOAL.values, changeKind } },
      ...measured(values),
    ]);
    const goals = redesignSuggestions(state, today).filter((s) => s.reason === RedesignReason.goalBehind);
    expect(goals.length === 0 ? null : goals.map((s) => s.sessionIds).flat()).toEqual(expected);
  });
});

describe("the mix of kinds of change per session", () => {
  it("counts each session's agreements per kind, in session order, without sessions that made none", () => {
    const state = resultsSeries([
      ...SESSIONS,
      agreement("a1", { sessionId: "s2", changeKind: "scale" }),
      agreement("a2", { sessionId: "s2", changeKind: "optimize" }),
      agreement("a3", { sessionId: "s2", changeKind: "optimize" }),
      agreement("a4", { sessionId: "s1" }),
      agreement("a5", { sessionId: "s1", changeKind: "redesign" }),
      // Made between sessions: in no session's mix.
      agreement("a6", { changeKind: "scale" }),
    ]);
    expect(changeKindMix(state)).toEqual([
      { sessionId: "s1", date: "2026-01-15", counts: { scale: 0, optimize: 0, redesign: 1, none: 1 } },
      { sessionId: "s2", date: "2026-02-15", counts: { scale: 1, optimize: 2, redesign: 0, none: 0 } },
    ]);
  });
});
