import { nanoid } from "nanoid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { agendaSteps } from "@common/domain/agenda/order.js";
import type { SeriesState } from "@common/domain/types.js";
import { connectAs, joinByInvite, openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function must(client: ProtocolClient, command: ClientCommand): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
  return reply.seq;
}

function stepsOf(state: SeriesState, sessionId: string): string[] {
  const session = state.sessions[sessionId];
  return session ? agendaSteps(session).map((s) => (s.kind === "phase" ? s.phase : s.item.title)) : [];
}

describe.each(storageTargets())("agenda items over real sockets (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const clients: ProtocolClient[] = [];

  beforeAll(async () => {
    target = await makeTarget();
    server = await startTestServer(target);
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  it("a second client sees the items live, a latecomer in their snapshot, bad input changes nothing", async () => {
    const series = await openSeries(server.url);
    const moderator = series.facilitator;
    clients.push(moderator);
    const paula = await series.join("participant", { name: "Paula", newOrgName: "Feinkost Hansen", function: "sales" });
    clients.push(paula);
    const sessionId = nanoid(12);
    const kpi = nanoid(12);
    const zahlen = nanoid(12);
    await must(moderator, { type: "session.add", sessionId, values: { date: "2026-12-10" } });
    await must(moderator, {
      type: "agenda.add",
      sessionId,
      itemId: kpi,
      values: { title: "KPI-Check Liefertreue", ownerId: paula.personId, timeBoxMin: 15, notes: "", before: "cases" },
    });
    await must(moderator, {
      type: "agenda.add",
      sessionId,
      itemId: zahlen,
      values: { title: "S&OP-Zahlen des Monats", timeBoxMin: 10, before: "cases" },
    });
    const moved = await must(moderator, { type: "agenda.move", sessionId, itemId: zahlen, before: "cases", index: 0 });
    const expected = [
      "check_in",
      "review",
      "S&OP-Zahlen des Monats",
      "KPI-Check Liefertreue",
      "cases",
      "agreements",
      "close",
    ];
    await paula.waitForSeq(moved);
    expect(stepsOf(paula.state, sessionId)).toEqual(expected);

    // A participant may not change the agenda; a time box of 0 or 10,000 minutes is refused with a clear error.
    const head = await server.storage.headSeq(moderator.seriesId);
    expect(await paula.send({ type: "agenda.remove", sessionId, itemId: kpi })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    for (const timeBoxMin of [0, 10_000]) {
      const reply = await moderator.send({ type: "agenda.update", sessionId, itemId: kpi, changes: { timeBoxMin } });
      expect(reply).toMatchObject({ ok: false, error: { code: "invalid_message" } });
      expect(reply.ok ? "" : reply.error.message).toMatch(/time box is at (least 1|most 480) minute/);
    }
    expect(await server.storage.headSeq(moderator.seriesId)).toBe(head);

    // The room steps to the item: Paula sees it; a latecomer reads it from their first snapshot.
    const stepped = await must(moderator, { type: "agenda.step", sessionId, itemId: kpi });
    await paula.waitForSeq(stepped);
    expect(paula.state.sessions[sessionId]?.agendaStep).toBe(kpi);
    const token = await moderator.invite("observer");
    const olga = await connectAs(server.url, await joinByInvite(server.url, token, { name: "Olga", orgId: null }));
    clients.push(olga);
    await olga.waitForSeq(stepped);
    expect(stepsOf(olga.state, sessionId)).toEqual(expected);
    expect(olga.state.sessions[sessionId]?.agendaStep).toBe(kpi);

    const minutes = await fetch(`${server.url}/api/series/${olga.seriesId}/minutes/${sessionId}.md?lang=de`, {
      headers: { authorization: `Bearer ${olga.token}` },
    });
    expect(minutes.status).toBe(200);
    expect(await minutes.text()).toContain("4. **KPI-Check Liefertreue** (15 Min., Verantwortlich: Paula)");
  });
});
