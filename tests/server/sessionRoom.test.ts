import { nanoid } from "nanoid";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { emptyRoom } from "@common/domain/types.js";
import { connectAs, openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function ok(client: ProtocolClient, command: ClientCommand): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type} refused: ${reply.error.message}`);
  return reply.seq;
}

describe.each(storageTargets())("a new session starts with an empty room (%s)", (_kind, makeTarget) => {
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

  it("after session 1 closes, a fresh client of session 2 sees no vote, timer, spotlight, breakouts or locks; session 1's minutes keep its vote", async () => {
    const series = await openSeries(server.url);
    const moderator = series.facilitator;
    const anna = await series.join("participant", {
      name: "Anna Hansen",
      newOrgName: "Feinkost Hansen",
      function: "sales",
    });
    clients.push(moderator, anna);
    const [first, second] = [nanoid(), nanoid()];
    const [rush, complaint] = [nanoid(), nanoid()];
    await ok(moderator, { type: "session.add", sessionId: first, values: { date: "2026-11-23" } });
    await ok(moderator, { type: "session.add", sessionId: second, values: { date: "2027-01-18" } });
    await ok(moderator, { type: "session.phase", sessionId: first, phase: "cases" });
    await ok(moderator, { type: "case.add", caseId: rush, values: { title: "Eilauftrag Müller", sessionId: first } });
    await ok(moderator, {
      type: "case.add",
      caseId: complaint,
      values: { title: "Reklamation 4711", sessionId: first },
    });
    // Everything the room can hold, in session 1.
    await ok(moderator, { type: "room.spotlight", item: { kind: "case", id: rush } });
    await ok(moderator, { type: "timer.set", durationMs: 300_000, signal: true });
    await ok(moderator, { type: "timer.start" });
    await ok(moderator, { type: "room.lock", scope: "board", locked: true });
    await ok(moderator, { type: "room.lock", scope: "review", locked: true });
    await ok(anna, { type: "ready.set", ready: true });
    await ok(moderator, { type: "vote.open", sessionId: first, target: "cases", dotsPerPerson: 2, stacking: true });
    await ok(anna, { type: "vote.cast", itemId: complaint, delta: 1 });
    await ok(anna, { type: "vote.cast", itemId: complaint, delta: 1 });
    await ok(moderator, { type: "vote.reveal" });
    await ok(moderator, {
      type: "breakout.start",
      sessionId: first,
      groups: [{ groupId: "group-001", name: "Gruppe 1", memberIds: [anna.personId], caseId: rush }],
    });
    const before = await connectAs(server.url, series.admission);
    clients.push(before);
    expect(before.state.room.voting?.state).toBe("revealed");
    expect(before.state.room.timer).not.toBeNull();

    const closed = await ok(moderator, { type: "session.close", sessionId: first, confirmUndecided: true });
    await anna.waitForSeq(closed);
    expect(anna.state.room).toEqual(emptyRoom());

    // A fresh client's snapshot of session 2: nothing left over; the projector's view neither.
    for (const view of ["own", "public"] as const) {
      const fresh = await connectAs(server.url, series.admission, view);
      clients.push(fresh);
      expect(fresh.state.room).toEqual(emptyRoom());
      expect(fresh.state.votes).toEqual({});
    }
    // Session 2 runs as usual: the board is open to participants again.
    await ok(anna, { type: "case.add", caseId: nanoid(), values: { title: "Lieferverzug KW 3", sessionId: second } });

    // Session 1's minutes keep its result.
    const response = await fetch(`${server.url}/api/series/${series.admission.seriesId}/minutes/${first}.md`, {
      headers: { authorization: `Bearer ${series.admission.token}` },
    });
    expect(response.status).toBe(200);
    const minutes = await response.text();
    expect(minutes).toContain("## Punktabfragen");
    expect(minutes).toContain("- Platz 1: Reklamation 4711 – Punkte: 2");
    expect(moderator.state.sessions[first]?.voteResults).toEqual([
      { target: "cases", dotsPerPerson: 2, voters: 1, totals: { [complaint]: 2 } },
    ]);
  });
});
