import { describe, expect, it } from "vitest";
import { authorizeCommand, checkCommand } from "@common/domain/apply.js";
import type { ClientCommand, EventCommand } from "@common/domain/commands.js";
import { agreementFlags } from "@common/domain/rules/agreements.js";
import { goalFlags } from "@common/domain/rules/goals.js";
import { agreementHistory, agreementsDueForReview, sessionCloseBlockers } from "@common/domain/rules/review.js";
import { currentSession } from "@common/domain/rules/sessions.js";
import { reviewId, type Goal } from "@common/domain/types.js";
import { PersonFunction, sideOfFunction } from "@common/domain/vocabulary.js";
import { ANNA, BERND, makeSeries } from "../support/factories.js";

const S1 = "session-01";
const S2 = "session-02";
const S3 = "session-03";
const A1 = "agreement-1";
const A2 = "agreement-2";
const GOAL = "goal-otif1";

/** A series with three sessions; A1 made in S1, A2 made in S2. */
function loop(extra: EventCommand[] = []) {
  return makeSeries([
    { type: "goal.add", goalId: GOAL, values: { title: "OTIF ≥ 95 %", salesMeaning: "x", operationsMeaning: "y" } },
    { type: "session.add", sessionId: S1, values: { date: "2026-01-15" } },
    { type: "session.add", sessionId: S3, values: { date: "2026-07-15" } },
    { type: "session.add", sessionId: S2, values: { date: "2026-04-15" } },
    {
      type: "agreement.add",
      agreementId: A1,
      values: { text: "Eilaufträge abstimmen", sessionId: S1, goalIds: [GOAL] },
    },
    { type: "agreement.add", agreementId: A2, values: { text: "Forecast wöchentlich", sessionId: S2 } },
    ...extra,
  ]);
}

describe("side derivation", () => {
  it.each([
    [PersonFunction.sales, "sales"],
    [PersonFunction.salesOperations, "sales"],
    [PersonFunction.operations, "operations"],
    [PersonFunction.logistics, "operations"],
    [PersonFunction.management, null],
    [PersonFunction.other, null],
    [null, null],
  ] as const)("%s sits on %s", (fn, side) => {
    expect(sideOfFunction(fn)).toBe(side);
  });
});

describe("goal flags", () => {
  const goal = (sales: string, ops: string) => ({ salesMeaning: sales, operationsMeaning: ops }) as Goal;
  it.each([
    ["broken down for both", goal("mehr Termintreue zusagen", "Rüstfolge planen"), false, false],
    ["missing Sales", goal("  ", "Rüstfolge planen"), true, false],
    ["missing Operations", goal("x", ""), false, true],
    ["missing both", goal("", ""), true, true],
  ])("%s", (_label, g, missingSales, missingOperations) => {
    expect(goalFlags(g)).toEqual({ missingSales, missingOperations });
  });
});

describe("agreement flags", () => {
  const people: EventCommand[] = [
    { type: "person.update", personId: ANNA, changes: { function: PersonFunction.sales } },
    { type: "person.update", personId: BERND, changes: { function: PersonFunction.operations } },
  ];
  it.each<[string, EventCommand[], string[]]>([
    ["a bare agreement", [], ["no_goal", "no_owner", "no_outcome"]],
    [
      "owners from one side only",
      [
        { type: "agreement.link", agreementId: A2, kind: "owner", targetId: ANNA, linked: true },
        { type: "agreement.update", agreementId: A2, changes: { outcome: "OTIF ≥ 95 %" } },
      ],
      ["no_goal", "owners_one_sided"],
    ],
    [
      "a sound agreement",
      [
        { type: "agreement.link", agreementId: A2, kind: "owner", targetId: ANNA, linked: true },
        { type: "agreement.link", agreementId: A2, kind: "owner", targetId: BERND, linked: true },
        { type: "agreement.link", agreementId: A2, kind: "goal", targetId: GOAL, linked: true },
        { type: "agreement.update", agreementId: A2, changes: { outcome: "OTIF ≥ 95 %", due: "2026-12-31" } },
      ],
      [],
    ],
    [
      "no figure, no direction",
      [{ type: "agreement.update", agreementId: A2, changes: { outcome: "mehr reden" } }],
      ["no_goal", "no_owner", "outcome_not_measurable"],
    ],
    [
      "an activity, not an outcome",
      [{ type: "agreement.update", agreementId: A2, changes: { outcome: "mindestens 20 Kundenbesuche pro Monat" } }],
      ["no_goal", "no_owner", "outcome_is_activity"],
    ],
    [
      "past its due date",
      [
        {
          type: "agreement.update",
          agreementId: A2,
          changes: { due: "2026-05-01", outcome: "Lieferzeit unter 5 Tage" },
        },
      ],
      ["no_goal", "no_owner", "overdue"],
    ],
    [
      "past due but done",
      [
        {
          type: "agreement.update",
          agreementId: A2,
          changes: { due: "2026-05-01", outcome: "Lieferzeit unter 5 Tage" },
        },
        { type: "agreement.status", agreementId: A2, status: "done", comment: "erledigt" },
      ],
      ["no_goal", "no_owner"],
    ],
  ])("%s", (_label, extra, flags) => {
    const state = loop([...people, ...extra]);
    const agreement = state.agreements[A2];
    expect(agreement && agreementFlags(state, agreement, "2026-06-01")).toEqual(flags);
  });
});

describe("due for review", () => {
  const decide = (session: string, agreement: string, decision: "close" | "continue" | "drop"): EventCommand => ({
    type: "review.decide",
    sessionId: session,
    agreementId: agreement,
    decision,
    successor: null,
  });
  it.each<[string, EventCommand[], string, string[]]>([
    ["nothing is due at the first session", [], S1, []],
    ["an agreement is due at the next session", [], S2, [A1]],
    ["both are due at the third session", [], S3, [A1, A2]],
    ["closed at S2: not due at S3", [decide(S2, A1, "close")], S3, [A2]],
    ["continued at S2: due again at S3", [decide(S2, A1, "continue")], S3, [A1, A2]],
    ["dropped at S2: not due at S3", [decide(S2, A1, "drop")], S3, [A2]],
    ["closed at S2: still listed at S2 with its verdict", [decide(S2, A1, "close")], S2, [A1]],
  ])("%s", (_label, extra, session, due) => {
    expect(agreementsDueForReview(loop(extra), session).map((a) => a.id)).toEqual(due);
  });

  it("refuses a review of an agreement that is not due", () => {
    const state = loop();
    const review: EventCommand = { type: "review.set", sessionId: S1, agreementId: A1, changes: { kept: "kept" } };
    expect(checkCommand(state, review, ANNA)?.code).toBe("conflict");
  });
});

describe("session-close guard", () => {
  it.each<[string, EventCommand[], boolean, string | null]>([
    ["undecided due agreement, no confirmation", [], false, "conflict"],
    ["undecided due agreement, confirmed", [], true, null],
    [
      "every due agreement decided",
      [{ type: "review.decide", sessionId: S2, agreementId: A1, decision: "continue", successor: null }],
      false,
      null,
    ],
  ])("%s", (_label, extra, confirm, code) => {
    const state = loop(extra);
    const close: EventCommand = { type: "session.close", sessionId: S2, confirmUndecided: confirm };
    expect(checkCommand(state, close, ANNA)?.code ?? null).toBe(code);
  });

  it("lists the undecided due agreements", () => {
    expect(sessionCloseBlockers(loop(), S3).map((a) => a.id)).toEqual([A1, A2]);
  });

  it("picks the earliest open session as current", () => {
    const state = loop([{ type: "session.close", sessionId: S1, confirmUndecided: false }]);
    expect(currentSession(state)?.id).toBe(S2);
  });
});

describe("revision lineage", () => {
  const revise: EventCommand = {
    type: "review.decide",
    sessionId: S2,
    agreementId: A1,
    decision: "revise",
    successor: { agreementId: "agreement-1b", text: "Eilaufträge nur mit Planungsfreigabe" },
  };
  it("creates the successor linked to its predecessor, visible both ways", () => {
    const state = loop([
      { type: "review.set", sessionId: S2, agreementId: A1, changes: { kept: "partly", outcome: "no", kpiValue: 88 } },
      { type: "review.fit", sessionId: S2, agreementId: A1, goalId: GOAL, fit: "supports" },
      revise,
    ]);
    const successor = state.agreements["agreement-1b"];
    expect(successor?.predecessorId).toBe(A1);
    expect(successor?.goalIds).toEqual([GOAL]);
    expect(successor?.sessionId).toBe(S2);
    expect(state.reviews[reviewId(S2, A1)]).toMatchObject({
      kept: "partly",
      kpiValue: 88,
      decision: "revise",
      successorId: "agreement-1b",
    });
    expect(agreementHistory(state, A1).successors.map((a) => a.id)).toEqual(["agreement-1b"]);
    expect(agreementHistory(state, "agreement-1b").predecessors.map((a) => a.id)).toEqual([A1]);
    expect(agreementHistory(state, A1).reviews.map((r) => r.session.id)).toEqual([S2]);
    // The revision is due at the next session, the revised one no longer.
    expect(agreementsDueForReview(state, S3).map((a) => a.id)).toEqual([A2, "agreement-1b"]);
  });

  it("takes the successor back when the decision changes", () => {
    const state = loop([
      revise,
      { type: "review.decide", sessionId: S2, agreementId: A1, decision: "close", successor: null },
    ]);
    expect(state.agreements["agreement-1b"]).toBeUndefined();
    expect(state.reviews[reviewId(S2, A1)]?.successorId).toBeNull();
  });
});

describe("setup checks", () => {
  const interests: EventCommand[] = [
    { type: "interest.add", interestId: "int-sales1", side: "sales", label: "Kurze Lieferzusagen" },
    { type: "interest.add", interestId: "int-sales2", side: "sales", label: "Sonderwünsche" },
    { type: "interest.add", interestId: "int-oper1", side: "operations", label: "Stabiler Plan" },
  ];
  it.each<[string, EventCommand, string | null]>([
    [
      "a collision across sides",
      { type: "collision.add", collisionId: "coll-0001", interestIds: ["int-sales1", "int-oper1"] },
      null,
    ],
    [
      "a collision within one side",
      { type: "collision.add", collisionId: "coll-0001", interestIds: ["int-sales1", "int-sales2"] },
      "conflict",
    ],
    [
      "a collision with an unknown interest",
      { type: "collision.add", collisionId: "coll-0001", interestIds: ["int-sales1", "int-nope1"] },
      "not_found",
    ],
    [
      "taking the starter catalog",
      {
        type: "interests.starter",
        decision: "take",
        interests: [{ interestId: "int-new01", side: "shared", label: "Qualität" }],
      },
      null,
    ],
    [
      "skipping it with interests",
      {
        type: "interests.starter",
        decision: "skip",
        interests: [{ interestId: "int-new01", side: "shared", label: "Qualität" }],
      },
      "conflict",
    ],
    [
      "a goal of an unknown organisation",
      { type: "goal.add", goalId: "goal-0002", values: { title: "x", orgId: "org-nope1" } },
      "not_found",
    ],
  ])("%s", (_label, command, code) => {
    expect(checkCommand(makeSeries(interests), command, ANNA)?.code ?? null).toBe(code);
  });

  it("refuses the same collision twice and answering the starter catalog twice", () => {
    const state = makeSeries([
      ...interests,
      { type: "collision.add", collisionId: "coll-0001", interestIds: ["int-sales1", "int-oper1"] },
      { type: "interests.starter", decision: "skip", interests: [] },
    ]);
    expect(
      checkCommand(
        state,
        { type: "collision.add", collisionId: "coll-0002", interestIds: ["int-oper1", "int-sales1"] },
        ANNA,
      )?.code,
    ).toBe("duplicate_id");
    expect(checkCommand(state, { type: "interests.starter", decision: "skip", interests: [] }, ANNA)?.code).toBe(
      "conflict",
    );
    expect(state.starterCatalog).toBe("skipped");
  });

  it("lets only the other side answer a mirror statement", () => {
    const state = makeSeries([
      { type: "case.add", caseId: "case-0001", values: { title: "Eilauftrag" } },
      {
        by: ANNA,
        command: {
          type: "case.mirror.add",
          caseId: "case-0001",
          mirrorId: "mirror-01",
          ofSide: "operations",
          text: "Ihr braucht stabile Pläne",
        },
      },
    ]);
    const respond = (verdict: "confirmed" | "corrected"): ClientCommand => ({
      type: "case.mirror.respond",
      caseId: "case-0001",
      mirrorId: "mirror-01",
      verdict,
      correction: "",
    });
    expect(authorizeCommand(state, ANNA, respond("confirmed"))?.code).toBe("conflict");
    expect(authorizeCommand(state, BERND, respond("confirmed"))).toBeNull();
    // Applying does not ask who answers: a projected event may come without its author.
    expect(checkCommand(state, respond("confirmed"))).toBeNull();
  });
});

describe("records are looked up by own keys only", () => {
  it("treats an inherited name as unknown, even if a schema let it through", () => {
    const state = makeSeries();
    const update: EventCommand = { type: "case.update", caseId: "constructor", changes: { title: "x" } };
    expect(checkCommand(state, update, ANNA)?.code).toBe("not_found");
    expect(authorizeCommand(state, "__proto__", { type: "series.rename", name: "x" })?.code).toBe("not_joined");
  });
});
