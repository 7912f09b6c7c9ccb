import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import type { Kept, OutcomeReached } from "@common/domain/vocabulary.js";
import { resultsOverview, type ResultsOverview } from "@common/results/index.js";
import { DEMO_TODAY, demoState } from "./demo.js";
import { agreement, decide, resultsSeries, review, revise, session, status } from "./steps.js";

const TODAY = "2026-03-15";
const S1 = "session-01";
const S2 = "session-02";

/** The overview as one line: agreements, open, overdue, reviewed, kept rate, outcome rate. */
function line(o: ResultsOverview): (number | null)[] {
  return [o.agreements, o.open, o.overdue, o.reviewed, o.keptRate, o.outcomeRate];
}

const A = "agreement-1";

/** One session on 2026-03-10 and agreement A, due 2026-03-01, made before it; then `then`. */
function withOneAgreement(then: EventCommand[]): ResultsOverview {
  return resultsOverview(
    resultsSeries([session(S1, "2026-03-10"), agreement(A, { due: "2026-03-01" }), ...then]),
    TODAY,
  );
}

/** The verdicts on A at the session. */
function says(kept: Kept | null, outcome: OutcomeReached | null): EventCommand {
  return review(S1, A, kept, outcome);
}

/** The decision on A at the session. */
function decided(decision: "close" | "continue" | "drop"): EventCommand {
  return decide(S1, A, decision);
}

describe("results overview", () => {
  it("is all zero, without rates, for an empty series", () => {
    expect(line(resultsOverview(resultsSeries(), TODAY))).toEqual([0, 0, 0, 0, null, null]);
  });

  it.each<[string, EventCommand[], (number | null)[]]>([
    ["open and overdue", [], [1, 1, 1, 0, null, null]],
    ["in progress, partly kept", [status(A, "in_progress"), says("partly", "yes")], [1, 1, 1, 1, 0, 1]],
    ["done: neither open nor overdue", [status(A, "done")], [1, 0, 0, 0, null, null]],
    ["kept and continued: still open", [says("kept", null), decided("continue")], [1, 1, 1, 1, 1, null]],
    ["dropped: settled", [says("not", "no"), decided("drop")], [1, 0, 0, 1, 0, 0]],
    ["a decision without verdicts is not reviewed", [decided("close")], [1, 0, 0, 0, null, null]],
  ])("one agreement: %s", (_, then, expected) => {
    expect(line(withOneAgreement(then))).toEqual(expected);
  });

  it("counts a revised chain once among the open agreements: the predecessor is settled", () => {
    const state = resultsSeries([
      session(S1, "2026-01-10"),
      session(S2, "2026-02-10"),
      agreement("agreement-1", { sessionId: S1, due: "2026-02-01" }),
      review(S2, "agreement-1", "not", "no"),
      revise(S2, "agreement-1", "agreement-2"),
    ]);
    expect(line(resultsOverview(state, TODAY))).toEqual([2, 1, 0, 1, 0, 0]);
  });

  it("sums up the example series", () => {
    const { state } = demoState();
    // Eight agreements; promo (continued, past due), the two that break it down, rush-2 and
    // samples (past due) are open; five reviews: two kept, one outcome reached.
    expect(line(resultsOverview(state, DEMO_TODAY))).toEqual([8, 5, 2, 4, 2 / 5, 1 / 5]);
  });
});
