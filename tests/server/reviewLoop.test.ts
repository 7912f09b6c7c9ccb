import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import type { ClientCommand } from "@common/domain/commands.js";
import { agreementHistory, agreementsDueForReview } from "@common/domain/rules/review.js";
import { reviewId } from "@common/domain/types.js";
import {
  connectAs,
  createSeries,
  joinByInvite,
  type Admission,
  type ProtocolClient,
} from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

describe.each(storageTargets())("the review loop across two sessions, live: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target);
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  async function ok(client: ProtocolClient, command: ClientCommand): Promise<number> {
    const reply = await client.send(command);
    if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
    return reply.seq;
  }

  it("records a case with a collision, an agreement on a goal, and revises it at the next session", async () => {
    const admission = await createSeries(server.url, "S&OP Werk Nord", "Katrin");
    const { seriesId, personId } = admission;
    const moderator = await connectAs(server.url, admission);
    clients.push(moderator);
    const invite = await moderator.invite("participant");
    const thomas = await connectAs(
      server.url,
      await joinByInvite(server.url, invite, { name: "Thomas", function: "operations" }),
    );
    clients.push(thomas);
    await ok(moderator, { type: "person.update", personId, changes: { function: "sales" } });
    const [g, first, second, sales, ops, collision, theCase, a, next] = [
      "g",
      "s1",
      "s2",
      "is",
      "io",
      "co",
      "ca",
      "a",
      "an",
    ].map((prefix) => `${prefix}-${nanoid(10)}`) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    await ok(moderator, {
      type: "goal.add",
      goalId: g,
      values: {
        title: "OTIF verbessern",
        kpiName: "OTIF",
        kpiUnit: "%",
        baseline: 87,
        target: 95,
        salesMeaning: "Zusagen prüfen",
        operationsMeaning: "Plan fix",
      },
    });
    await ok(moderator, { type: "interest.add", interestId: sales, side: "sales", label: "Kurze Lieferzusagen" });
    await ok(thomas, { type: "interest.add", interestId: ops, side: "operations", label: "Stabiler Plan" });
    await ok(moderator, { type: "collision.add", collisionId: collision, interestIds: [sales, ops] });
    await ok(moderator, { type: "session.add", sessionId: first, values: { date: "2026-10-01", kind: "internal" } });
    await ok(moderator, { type: "session.add", sessionId: second, values: { date: "2026-11-01", kind: "internal" } });
    await ok(moderator, { type: "session.phase", sessionId: first, phase: "cases" });
    await ok(moderator, {
      type: "case.add",
      caseId: theCase,
      values: { title: "Eilauftrag", sessionId: first, stage: "order_clarification", marginImpact: -1800 },
    });
    await ok(thomas, {
      type: "case.link",
      caseId: theCase,
      kind: "collision",
      targetId: collision,
      linked: true,
    });
    await ok(moderator, {
      type: "agreement.add",
      agreementId: a,
      values: {
        text: "Eilaufträge nur nach Rücksprache",
        sessionId: first,
        goalIds: [g],
        ownerIds: [personId, thomas.personId],
        caseId: theCase,
        collisionId: collision,
        outcome: "OTIF ≥ 95 %",
      },
    });
    await ok(moderator, { type: "session.close", sessionId: first, confirmUndecided: false });
    await ok(thomas, { type: "agreement.status", agreementId: a, status: "in_progress", comment: "läuft" });

    await ok(moderator, { type: "session.phase", sessionId: second, phase: "review" });
    const refusedClose = await moderator.send({ type: "session.close", sessionId: second, confirmUndecided: false });
    expect(refusedClose).toMatchObject({ ok: false, error: { code: "conflict" } });
    await ok(thomas, {
      type: "review.set",
      sessionId: second,
      agreementId: a,
      changes: { kept: "kept", outcome: "no", kpiValue: 89, evidence: "Auswertung Oktober" },
    });
    await ok(moderator, { type: "review.fit", sessionId: second, agreementId: a, goalId: g, fit: "supports" });
    const last = await ok(moderator, {
      type: "review.decide",
      sessionId: second,
      agreementId: a,
      decision: "revise",
      successor: { agreementId: next, text: "5 % Kapazität für Eilaufträge reservieren" },
    });
    await ok(moderator, { type: "session.close", sessionId: second, confirmUndecided: false });

    await thomas.waitForSeq(last + 1);
    await moderator.waitForSeq(last + 1);
    expect(thomas.state).toEqual(moderator.state);
    const state = thomas.state;
    expect(state.cases[theCase]?.collisionIds).toEqual([collision]);
    expect(state.reviews[reviewId(second, a)]).toMatchObject({
      kept: "kept",
      kpiValue: 89,
      fit: { [g]: "supports" },
      decision: "revise",
      successorId: next,
    });
    expect(state.agreements[next]).toMatchObject({ predecessorId: a, goalIds: [g] });
    expect(agreementHistory(state, a).successors.map((x) => x.id)).toEqual([next]);
    expect(agreementsDueForReview(state, second).map((x) => x.id)).toEqual([a]);
    expect(state.agreements[a]?.updates.map((u) => u.comment)).toEqual(["läuft"]);

    // A reconnecting participant gets the same history from storage.
    const late = await connectAs(server.url, { seriesId, personId: thomas.personId, token: thomas.token });
    clients.push(late);
    expect(late.state).toEqual(state);
  });

  it("creates the example series over HTTP with a new moderator on the device that asks", async () => {
    const response = await fetch(`${server.url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(201);
    const admission = (await response.json()) as Admission;
    const viewer = await connectAs(server.url, admission);
    clients.push(viewer);
    expect(viewer.state.people[admission.personId]).toMatchObject({ role: "facilitator" });
    expect(viewer.state.people[admission.personId]?.name).toBe("Katrin Vogel");
    expect(Object.keys(viewer.state.sessions)).toHaveLength(5);
    expect(Object.keys(viewer.state.agreements).length).toBeGreaterThanOrEqual(6);
  });
});
