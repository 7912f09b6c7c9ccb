import { nanoid } from "nanoid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { agendaSteps } from "@common/domain/agenda/order.js";
import { closeCommand } from "@common/domain/schedule/closeCommand.js";
import { agendaFromTemplate } from "@common/domain/templates/fromTemplate.js";
import type { AgendaItem, SeriesState } from "@common/domain/types.js";
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

  it("templates: saved from a session, the next session made at the close starts with them, bad input changes nothing", async () => {
    const series = await openSeries(server.url);
    const moderator = series.facilitator;
    clients.push(moderator);
    const paula = await series.join("participant", { name: "Paula", newOrgName: "Feinkost Hansen", function: "sales" });
    clients.push(paula);
    const first = nanoid(12);
    const kpi = nanoid(12);
    const openCase = nanoid(12);
    await must(moderator, {
      type: "session.add",
      sessionId: first,
      values: { date: "2026-12-10", nextDate: "2027-01-14" },
    });
    await must(moderator, {
      type: "agenda.add",
      sessionId: first,
      itemId: kpi,
      values: {
        title: "KPI-Check Liefertreue",
        ownerId: paula.personId,
        timeBoxMin: 15,
        notes: "OTIF",
        before: "review",
      },
    });
    await must(moderator, { type: "case.add", caseId: openCase, values: { title: "Sonderformat", sessionId: first } });
    const saved = await must(moderator, { type: "template.save", sessionId: first });
    await paula.waitForSeq(saved);
    expect(paula.state.template).toEqual({
      kind: "own",
      items: [
        { title: "KPI-Check Liefertreue", ownerId: paula.personId, timeBoxMin: 15, notes: "OTIF", before: "review" },
      ],
    });

    // Bad input: an unknown template, too many items, a time box of 0 or 10,000 minutes; nothing changes.
    const head = await server.storage.headSeq(moderator.seriesId);
    const planned = nanoid(12);
    const item = (timeBoxMin: number): AgendaItem => ({
      id: nanoid(12),
      title: "Rundgang",
      ownerId: null,
      timeBoxMin,
      notes: "",
      before: "review",
    });
    const bad: [unknown, RegExp][] = [
      [{ type: "template.choose", template: "quartalsrunde" }, /unknown template/],
      [
        {
          type: "session.add",
          sessionId: planned,
          values: { date: "2027-02-11" },
          agenda: Array.from({ length: 31 }, () => item(15)),
        },
        /at most 30 agenda items/,
      ],
      [
        { type: "session.add", sessionId: planned, values: { date: "2027-02-11" }, agenda: [item(0)] },
        /at least 1 minute/,
      ],
      [{ type: "template.apply", sessionId: first, items: [item(10_000)] }, /at most 480 minutes/],
    ];
    for (const [command, message] of bad) {
      const reply = await moderator.send(command as ClientCommand);
      expect(reply).toMatchObject({ ok: false, error: { code: "invalid_message" } });
      expect(reply.ok ? "" : reply.error.message).toMatch(message);
    }
    // A participant may not choose the template; a session with items takes no template.
    expect(await paula.send({ type: "template.choose", template: "peer_visit" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await moderator.send({ type: "template.apply", sessionId: first, items: [item(30)] })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await server.storage.headSeq(moderator.seriesId)).toBe(head);

    // The close makes the next session with the template's items under new ids and carries the open case.
    const next = nanoid(12);
    const state = moderator.state;
    const session = state.sessions[first];
    if (!session) throw new Error("the first session is there");
    const agenda = agendaFromTemplate(state, state.template, () => nanoid(12), "de");
    const closed = await must(moderator, closeCommand(state, session, {}, true, next, agenda));
    await paula.waitForSeq(closed);
    expect(stepsOf(paula.state, next)).toEqual([
      "check_in",
      "KPI-Check Liefertreue",
      "review",
      "cases",
      "agreements",
      "close",
    ]);
    const made = paula.state.sessions[next]?.agenda?.[0];
    expect(made?.id).not.toBe(kpi);
    expect(made?.ownerId).toBe(paula.personId);
    expect(paula.state.cases[openCase]?.sessionId).toBe(next);

    // A planned session without items is filled from a built-in template; a latecomer reads it from the snapshot.
    const third = nanoid(12);
    await must(moderator, { type: "session.add", sessionId: third, values: { date: "2027-02-11" } });
    const chosen = await must(moderator, { type: "template.choose", template: "peer_visit" });
    const visit = agendaFromTemplate(moderator.state, moderator.state.template, () => nanoid(12), "de");
    const filled = await must(moderator, { type: "template.apply", sessionId: third, items: visit });
    expect(filled).toBeGreaterThan(chosen);
    const token = await moderator.invite("observer");
    const olga = await connectAs(server.url, await joinByInvite(server.url, token, { name: "Olga", orgId: null }));
    clients.push(olga);
    await olga.waitForSeq(filled);
    expect(olga.state.template).toEqual({ kind: "builtin", id: "peer_visit" });
    expect(stepsOf(olga.state, third)).toEqual([
      "check_in",
      "Rundgang",
      "Beobachtungen",
      "review",
      "cases",
      "agreements",
      "Mitnehmen",
      "close",
    ]);
  });
});
