import { describe, expect, it } from "vitest";
import { agreementTrend, type SessionResults } from "@common/results/index.js";
import type { Kept, OutcomeReached } from "@common/domain/vocabulary.js";
import { demoState } from "./demo.js";
import { agreement, decide, resultsSeries, review, revise, session } from "./steps.js";

const S1 = "session-01";
const S2 = "session-02";
const S3 = "session-03";

/** A point of the trend as one line: reviewed, kept/partly/not, kept rate, yes/partly/no, outcome rate. */
function line(r: SessionResults): [number, number[], number | null, number[], number | null] {
  return [
    r.reviewed,
    [r.kept.kept, r.kept.partly, r.kept.not],
    r.keptRate,
    [r.outcome.yes, r.outcome.partly, r.outcome.no],
    r.outcomeRate,
  ];
}

/** One session reviewing one agreement per verdict pair (agreements made between sessions are due at it). */
function oneSession(verdicts: readonly [Kept | null, OutcomeReached | null][]) {
  return resultsSeries([
    session(S1, "2026-03-10"),
    ...verdicts.map((_, i) => agreement(`agreement-${i}`)),
    ...verdicts.map(([kept, outcome], i) => review(S1, `agreement-${i}`, kept, outcome)),
  ]);
}

describe("agreement results per session", () => {
  it("are empty for an empty series and for sessions that reviewed nothing", () => {
    expect(agreementTrend(resultsSeries())).toEqual([]);
    expect(agreementTrend(resultsSeries([session(S1, "2026-03-10"), agreement("agreement-1")]))).toEqual([]);
  });

  // One review per position: kept[i] and outcome[i] are the verdicts of agreement i.
  it.each<[string, (Kept | null)[], (OutcomeReached | null)[], ReturnType<typeof line> | null]>([
    ["one kept agreement that reached its outcome", ["kept"], ["yes"], [1, [1, 0, 0], 1, [1, 0, 0], 1]],
    ["partly is not half", ["kept", "partly", "not"], ["yes", "partly", "no"], [3, [1, 1, 1], 1 / 3, [1, 1, 1], 1 / 3]],
    ["only partly kept", ["partly"], ["partly"], [1, [0, 1, 0], 0, [0, 1, 0], 0]],
    ["kept said, outcome not yet", ["kept"], [null], [1, [1, 0, 0], 1, [0, 0, 0], null]],
    ["outcome said, kept not yet", [null], ["no"], [1, [0, 0, 0], null, [0, 0, 1], 0]],
    ["a blank review is not counted", ["not", null], ["yes", null], [1, [0, 0, 1], 0, [1, 0, 0], 1]],
    ["only blank reviews: the session does not appear", [null], [null], null],
  ])("one session: %s", (_, kept, outcomes, expected) => {
    const trend = agreementTrend(oneSession(kept.map((k, i) => [k, outcomes[i] ?? null])));
    expect(trend.map(line)).toEqual(expected === null ? [] : [expected]);
    if (expected) expect(trend[0]).toMatchObject({ sessionId: S1, date: "2026-03-10", kind: "internal" });
  });

  it("leaves out a session whose reviews only decided, without a verdict", () => {
    const state = resultsSeries([
      session(S1, "2026-03-10"),
      agreement("agreement-1"),
      decide(S1, "agreement-1", "drop"),
    ]);
    expect(agreementTrend(state)).toEqual([]);
  });

  it("lists sessions by date, and sessions of one day in the order they were planned", () => {
    const state = resultsSeries([
      session(S1, "2026-03-01"),
      session(S2, "2026-01-15"),
      session(S3, "2026-01-15"),
      agreement("agreement-1"),
      review(S1, "agreement-1", "kept", null),
      review(S2, "agreement-1", "not", null),
      review(S3, "agreement-1", "partly", null),
    ]);
    expect(agreementTrend(state).map((r) => [r.sessionId, r.date, r.keptRate])).toEqual([
      [S2, "2026-01-15", 0],
      [S3, "2026-01-15", 0],
      [S1, "2026-03-01", 1],
    ]);
  });

  it("counts each version of a revised agreement at the session that checked it", () => {
    const state = resultsSeries([
      session(S1, "2026-01-10"),
      session(S2, "2026-02-10"),
      session(S3, "2026-03-10"),
      agreement("agreement-1", { sessionId: S1 }),
      review(S2, "agreement-1", "not", "no"),
      revise(S2, "agreement-1", "agreement-2"),
      review(S3, "agreement-2", "kept", "yes"),
    ]);
    expect(agreementTrend(state).map((r) => [r.sessionId, ...line(r)])).toEqual([
      [S2, 1, [0, 0, 1], 0, [0, 0, 1], 0],
      [S3, 1, [1, 0, 0], 1, [1, 0, 0], 1],
    ]);
  });

  it("shows the example series' two reviewing sessions", () => {
    const { state, idOf } = demoState();
    expect(agreementTrend(state).map((r) => [r.sessionId, ...line(r)])).toEqual([
      [idOf("session:s2"), 2, [1, 1, 0], 0.5, [1, 0, 1], 0.5],
      [idOf("session:s3"), 3, [1, 1, 1], 1 / 3, [0, 1, 2], 0],
    ]);
  });
});
