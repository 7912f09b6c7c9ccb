import { nanoid } from "nanoid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import { connectAs, joinByInvite, openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function must(client: ProtocolClient, command: ClientCommand): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
  return reply.seq;
}

describe.each(storageTargets())("attendance over real sockets (%s)", (_kind, makeTarget) => {
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

  it("attendance set by two people shows in a third client's snapshot, the minutes and the backup", async () => {
    const series = await openSeries(server.url);
    const moderator = series.facilitator;
    clients.push(moderator);
    const paula = await series.join("participant", { name: "Paula", newOrgName: "Feinkost Hansen", function: "sales" });
    clients.push(paula);
    const org = paula.state.people[paula.personId]?.orgId ?? null;
    const quirin = await series.join("participant", { name: "Quirin", orgId: org, function: "operations" });
    clients.push(quirin);
    const sessionId = nanoid(12);
    await must(moderator, { type: "session.add", sessionId, values: { date: "2026-11-23" } });
    const set = (personId: string, status: "present" | "excused" | "guest" | null): ClientCommand => ({
      type: "attendance.set",
      sessionId,
      personId,
      status,
    });

    // Paula marks herself present, the moderator excuses Quirin; Paula may not speak for Quirin.
    await must(paula, set(paula.personId, "present"));
    const head = await server.storage.headSeq(moderator.seriesId);
    expect(await paula.send(set(quirin.personId, "present"))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await quirin.send(set(quirin.personId, "excused"))).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await server.storage.headSeq(moderator.seriesId)).toBe(head);
    const last = await must(moderator, set(quirin.personId, "excused"));

    // A third person, an observer joining now, reads both from their first snapshot and adds themself as a guest.
    const token = await moderator.invite("observer");
    const olga = await connectAs(server.url, await joinByInvite(server.url, token, { name: "Olga", orgId: org }));
    clients.push(olga);
    await olga.waitForSeq(last);
    expect(olga.state.sessions[sessionId]?.attendance).toEqual({
      [paula.personId]: "present",
      [quirin.personId]: "excused",
    });
    expect(await olga.send(set(paula.personId, "guest"))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const guestSeq = await must(olga, set(olga.personId, "guest"));
    await quirin.waitForSeq(guestSeq);
    expect(quirin.state.sessions[sessionId]?.attendance?.[olga.personId]).toBe("guest");

    const minutes = await fetch(`${server.url}/api/series/${olga.seriesId}/minutes/${sessionId}.md?lang=de`, {
      headers: { authorization: `Bearer ${olga.token}` },
    });
    expect(minutes.status).toBe(200);
    const md = await minutes.text();
    expect(md).toContain("## Anwesenheit");
    expect(md).toContain("### Anwesend (1)\n\n- Paula (Feinkost Hansen, Vertrieb)");
    expect(md).toContain("### Entschuldigt (1)\n\n- Quirin (Feinkost Hansen, Produktion)");
    expect(md).toContain("### Gäste (1)\n\n- Olga (Feinkost Hansen)");
    expect(md).not.toContain("## Teilnehmende");

    const backup = await fetch(`${server.url}/api/series/${moderator.seriesId}/export`, {
      headers: { authorization: `Bearer ${moderator.token}` },
    });
    expect(backup.status).toBe(200);
    const { series: saved } = (await backup.json()) as { series: SeriesState };
    expect(saved.sessions[sessionId]?.attendance).toEqual({
      [paula.personId]: "present",
      [quirin.personId]: "excused",
      [olga.personId]: "guest",
    });
  });
});
