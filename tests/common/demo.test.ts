import { describe, expect, it } from "vitest";
import { apply, authorizeCommand, checkCommand } from "@common/domain/apply.js";
import { demoSeries } from "@common/demo/demoSeries.js";
import { goalFlags } from "@common/domain/rules/goals.js";
import { agreementFlags } from "@common/domain/rules/agreements.js";
import { childrenOf } from "@common/domain/rules/breakdown.js";
import { agreementHistory, agreementsDueForReview } from "@common/domain/rules/review.js";
import { currentSession, sessionsInOrder } from "@common/domain/rules/sessions.js";
import { emptySeries } from "@common/domain/types.js";

const TODAY = "2026-11-22";

function buildDemo() {
  const ids = new Map<string, string>();
  const idOf = (name: string): string => {
    const known = ids.get(name);
    if (known) return known;
    const id = `demo-${String(ids.size).padStart(4, "0")}`;
    ids.set(name, id);
    return id;
  };
  const demo = demoSeries(TODAY, "facilitator1", idOf);
  let state = apply(emptySeries("demo-series"), {
    seq: 1,
    commandId: "c-1",
    actorId: "facilitator1",
    at: `${TODAY}T08:00:00.000Z`,
    command: { type: "series.create", name: demo.name, creatorName: demo.creatorName },
  });
  const refused: string[] = [];
  demo.steps.forEach((step, i) => {
    // Joins are issued by the server; everything else is sent by a person and must pass their authorization.
    const rejection =
      (step.command.type === "person.join" ? null : authorizeCommand(state, step.actorId, step.command)) ??
      checkCommand(state, step.command, step.actorId);
    if (rejection) refused.push(`${step.command.type}: ${rejection.message}`);
    state = apply(state, {
      seq: i + 2,
      commandId: `c-${i + 2}`,
      actorId: step.actorId,
      at: `${TODAY}T08:00:00.000Z`,
      command: step.command,
    });
  });
  return { state, refused, idOf };
}

describe("the example series", () => {
  it("applies every one of its steps (none is silently refused)", () => {
    expect(buildDemo().refused).toEqual([]);
  });

  it("is lived-in: two organisations, four goals, three closed meetings and a peer visit, an upcoming one with agreements due", () => {
    const { state, idOf } = buildDemo();
    expect(Object.keys(state.orgs)).toHaveLength(2);
    expect(Object.keys(state.people).length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(state.goals)).toHaveLength(4);
    expect(Object.keys(state.interests).length).toBeGreaterThanOrEqual(10);
    const sessions = sessionsInOrder(state);
    expect(sessions.map((s) => s.closedSeq !== null)).toEqual([true, true, true, true, false]);
    const upcoming = currentSession(state);
    expect(upcoming?.id).toBe(idOf("session:s4"));
    // It opens where there is something to do, not at an empty-looking check-in.
    expect(upcoming?.phase).toBe("review");
    // Three agreements and the two that break the strategic promotion agreement down.
    expect(agreementsDueForReview(state, upcoming?.id ?? "")).toHaveLength(5);
    // The peer visit between them is neither strategic nor executive.
    expect(sessions.map((s) => s.level)).toEqual(["operational", "strategic", undefined, "operational", "operational"]);
    expect(childrenOf(state, idOf("agreement:promo")).map((a) => [a.id, a.level])).toEqual([
      [idOf("agreement:promo-plan"), "operational"],
      [idOf("agreement:promo-capacity"), "operational"],
    ]);
    // Its agenda has a KPI check before the cases.
    expect(upcoming?.agenda?.map((item) => [item.title, item.before, item.timeBoxMin])).toEqual([
      ["KPI-Check Liefertreue", "cases", 15],
    ]);
    // And it is the series' template, so that the next session starts with it.
    expect(state.template?.kind === "own" ? state.template.items.map((item) => item.title) : []).toEqual([
      "KPI-Check Liefertreue",
    ]);
    expect(agreementHistory(state, idOf("agreement:rush")).successors).toHaveLength(1);
    expect(agreementHistory(state, idOf("agreement:rush")).reviews).toHaveLength(2);
  });

  it("is moderated by its creator, with participants and one observing visitor", () => {
    const { state } = buildDemo();
    const roles = Object.values(state.people).map((p) => p.role);
    expect(state.people.facilitator1?.role).toBe("facilitator");
    expect(roles.filter((r) => r === "facilitator")).toHaveLength(1);
    expect(roles.filter((r) => r === "observer")).toHaveLength(1);
    expect(roles.filter((r) => r === "participant").length).toBeGreaterThanOrEqual(7);
  });

  it("has a case internal to one organisation and a workshop that collected what went wrong by side", () => {
    const { state, idOf } = buildDemo();
    expect(state.cases[idOf("case:pallets")]?.internalTo).toBe(idOf("org:hansen"));
    expect(Object.values(state.cases).filter((c) => c.internalTo !== null)).toHaveLength(1);
    expect(state.sessions[idOf("session:s2")]?.anonymity).toEqual({ cases: "side" });
    const labels = state.cases[idOf("case:labels")];
    expect(labels?.wentWrong.map((n) => [n.anonymity, n.authorSide, n.authorOrgId])).toEqual([
      ["side", "operations", idOf("org:lindner")],
    ]);
    expect(labels?.wentWell.map((n) => n.anonymity)).toEqual(["named"]);
    expect(state.cases[idOf("case:easter")]?.mirrors.map((m) => m.anonymity)).toEqual(["side"]);
  });

  it("shows the flags a moderator should see", () => {
    const { state, idOf } = buildDemo();
    const changeover = state.goals[idOf("goal:changeover")];
    expect(changeover && goalFlags(changeover).missingOperations).toBe(true);
    const promo = state.agreements[idOf("agreement:promo")];
    expect(promo && agreementFlags(state, promo, TODAY)).toContain("owners_one_sided");
    const samples = state.agreements[idOf("agreement:samples")];
    expect(samples && agreementFlags(state, samples, TODAY)).toContain("overdue");
  });
});
