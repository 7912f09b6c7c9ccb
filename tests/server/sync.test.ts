import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import { ProtocolClient, connectAs, createSeries, openSeries } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { LIMITS } from "@common/limits.js";
import { PROTOCOL_VERSION } from "@common/protocol.js";

describe.each(storageTargets())("live protocol over real sockets: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let clients: ProtocolClient[];

  beforeEach(async () => {
    target = await makeTarget();
    // Hundreds of events from one socket build the catch-up cases; the rate limit has its own suite (limits.test.ts).
    server = await startTestServer(target, undefined, { messagesPerSecond: 10_000 });
    clients = [];
  });

  afterEach(async () => {
    for (const c of clients) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  /** A series with Anna (facilitator) and Bernd (participant) connected. */
  async function annaAndBernd(): Promise<{ anna: ProtocolClient; bernd: ProtocolClient; seriesId: string }> {
    const series = await openSeries(server.url);
    const bernd = await series.join("participant", { name: "Bernd" });
    clients.push(series.facilitator, bernd);
    await series.facilitator.waitForSeq(bernd.state.seq);
    return { anna: series.facilitator, bernd, seriesId: series.admission.seriesId };
  }

  it("two clients converge on each other's changes and see each other online", async () => {
    const { anna, bernd } = await annaAndBernd();
    const caseId = nanoid();
    const added = await anna.send({
      type: "case.add",
      caseId,
      values: { title: "Eilauftrag Müller", description: "3 Tage zu spät" },
    });
    expect(added).toEqual({ ok: true, seq: 3, duplicate: false });
    await bernd.waitForSeq(3);
    expect(bernd.state.cases[caseId]?.title).toBe("Eilauftrag Müller");
    await bernd.send({ type: "case.update", caseId, changes: { title: "Eilauftrag Müller GmbH" } });
    await anna.waitForSeq(4);
    expect(anna.state.cases[caseId]?.title).toBe("Eilauftrag Müller GmbH");
    expect(anna.state).toEqual(bernd.state);
    await expect
      .poll(() => new Set(anna.online.map((o) => o.personId)))
      .toEqual(new Set([anna.personId, bernd.personId]));
  });

  it("applies a retried command once and acks it again with its original seq", async () => {
    const admission = await createSeries(server.url);
    const anna = await connectAs(server.url, admission);
    clients.push(anna);
    const commandId = nanoid();
    const command = {
      type: "agreement.add",
      agreementId: nanoid(),
      values: { text: "OTIF ≥ 95 %", caseId: null },
    } as const;
    const first = await anna.send(command, commandId);
    const again = await anna.send(command, commandId);
    expect(first).toEqual({ ok: true, seq: 2, duplicate: false });
    expect(again).toEqual({ ok: true, seq: 2, duplicate: true });
    expect(await server.storage.headSeq(admission.seriesId)).toBe(2);
  });

  it("lets a client that was offline catch up and deliver what it did offline", async () => {
    const { anna, bernd } = await annaAndBernd();
    bernd.disconnect();
    for (let i = 0; i < 5; i++)
      await anna.send({ type: "case.add", caseId: nanoid(), values: { title: `Fall ${i}`, description: "" } });
    const offline = {
      type: "agreement.add",
      agreementId: nanoid(),
      values: { text: "Rüstzeiten halbieren", caseId: null },
    } as const;
    const reply = await bernd.connect();
    expect(reply.ok && reply.kind).toBe("events");
    expect(Object.keys(bernd.state.cases)).toHaveLength(5);
    const delivered = await bernd.send(offline);
    expect(delivered).toMatchObject({ ok: true, seq: 8 });
    await anna.waitForSeq(8);
    expect(anna.state.agreements[offline.agreementId]?.text).toBe("Rüstzeiten halbieren");
  });

  it("catches up over events for everyone and events projected per viewer exactly as a client online saw them", async () => {
    const series = await openSeries(server.url);
    const anna = series.facilitator;
    const ext = await series.join("participant", { name: "Eva", newOrgName: "Feinkost Hansen" });
    const online = await series.join("participant", { name: "Otto", newOrgName: "Hofmolkerei Lindner" });
    const away = await series.join("participant", { name: "Olga", orgId: online.state.people[online.personId]?.orgId });
    clients.push(anna, ext, online, away);
    const hansen = ext.state.people[ext.personId]?.orgId ?? "";
    await anna.waitForSeq(away.state.seq);
    await online.waitForSeq(away.state.seq);
    away.disconnect();
    const from = anna.state.seq;
    /** Olga comes back on a new connection, having seen everything up to `from`; she must end where Otto is. */
    const comeBack = async () => {
      await online.waitForSeq(anna.state.seq);
      const again = new ProtocolClient(server.url, series.admission.seriesId, away.personId, away.token);
      clients.push(again);
      again.state = { ...online.state, seq: from, cases: {} };
      const reply = await again.connect();
      expect(reply.ok && reply.kind).toBe("events");
      expect(again.state.cases).toEqual(online.state.cases);
      again.disconnect();
      return { reply, cases: again.state.cases };
    };
    // Only public events: the cheap path.
    for (let i = 0; i < 3; i++) await anna.send({ type: "case.add", caseId: nanoid(), values: { title: `Fall ${i}` } });
    await comeBack();
    // An internal case of another organisation in between: projected per viewer, never shown.
    const secret = nanoid();
    const made = await ext.send({
      type: "case.add",
      caseId: secret,
      values: { title: "Marge Edeka intern", orgId: hansen, internalTo: hansen },
    });
    expect(made.ok).toBe(true);
    await anna.send({ type: "case.add", caseId: nanoid(), values: { title: "Danach" } });
    const { reply, cases } = await comeBack();
    expect(cases[secret]).toBeUndefined();
    expect(JSON.stringify(reply)).not.toContain("Marge Edeka intern");
  });

  it("sends a snapshot to a newcomer and to a client far behind, events to one slightly behind", async () => {
    const admission = await createSeries(server.url);
    const anna = await connectAs(server.url, admission);
    clients.push(anna);
    const newcomer = new ProtocolClient(server.url, admission.seriesId, admission.personId, admission.token);
    clients.push(newcomer);
    expect(((await newcomer.connect()) as { kind: string }).kind).toBe("snapshot");
    await Promise.all(
      Array.from({ length: LIMITS.catchUpEvents + 5 }, (_, i) =>
        anna.send({ type: "series.rename", name: `Reihe ${i}` }),
      ),
    );
    const caseId = nanoid();
    await anna.send({ type: "case.add", caseId, values: { title: "t" } });
    const far = new ProtocolClient(server.url, admission.seriesId, admission.personId, admission.token);
    clients.push(far);
    far.state = { ...anna.state, seq: 1 };
    expect(((await far.connect()) as { kind: string }).kind).toBe("snapshot");
    const behind = new ProtocolClient(server.url, admission.seriesId, admission.personId, admission.token);
    clients.push(behind);
    const head = anna.state.seq;
    behind.state = { ...anna.state, seq: head - 3, cases: {} };
    const reply = await behind.connect();
    expect(reply.ok && reply.kind).toBe("events");
    expect(behind.state.cases[caseId]).toBeDefined();
  });

  it("answers bad input with errors, applies nothing, and keeps serving others", async () => {
    const admission = await createSeries(server.url);
    const anna = await connectAs(server.url, admission);
    const mallory = new ProtocolClient(server.url, admission.seriesId, admission.personId, admission.token);
    clients.push(anna, mallory);
    const { seriesId } = admission;
    mallory.socket.connect();
    const beforeHello = await mallory.sendRaw("command", {
      id: nanoid(),
      command: { type: "case.add", caseId: nanoid(), values: { title: "x" } },
    });
    expect(beforeHello).toMatchObject({ ok: false, error: { code: "not_joined" } });
    expect(await mallory.sendRaw("hello", { v: PROTOCOL_VERSION, seriesId: "x" })).toMatchObject({
      ok: false,
      error: { code: "invalid_message" },
    });
    expect(await mallory.sendRaw("hello", { v: 99, seriesId, lastSeq: 0 })).toMatchObject({
      ok: false,
      error: { code: "unsupported_version" },
    });
    expect(await mallory.sendRaw("hello", { v: PROTOCOL_VERSION, seriesId: nanoid(), lastSeq: 0 })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    await mallory.connect();
    const bad: unknown[] = [
      null,
      "text",
      { id: nanoid() },
      { id: nanoid(), command: { type: "case.add", caseId: nanoid(), values: { title: "", description: "" } } },
      {
        id: nanoid(),
        command: { type: "case.add", caseId: nanoid(), values: { title: "x".repeat(5000), description: "" } },
      },
      JSON.parse(`{"id":"${nanoid()}","command":{"type":"series.rename","name":"x","__proto__":{"admin":true}}}`),
      { id: nanoid(), command: { type: "case.update", caseId: nanoid(), changes: { title: "x" } } },
      // Commands only the server issues are refused from a client.
      { id: nanoid(), command: { type: "person.join", name: "x", orgId: null, function: null, role: "facilitator" } },
      { id: nanoid(), command: { type: "series.create", name: "x", creatorName: "y" } },
      { id: nanoid(), command: { type: "hidden" } },
    ];
    for (const payload of bad) {
      expect(await mallory.sendRaw("command", payload)).toMatchObject({ ok: false });
    }
    expect(await mallory.sendRaw("drop-tables", {})).toMatchObject({ ok: false, error: { code: "invalid_message" } });
    // Over the message size limit: socket.io cuts the connection instead of reading it.
    const disconnected = new Promise((resolve) => mallory.socket.once("disconnect", resolve));
    mallory
      .sendRaw("command", {
        id: nanoid(),
        command: { type: "series.rename", name: "x".repeat(LIMITS.messageBytes * 2) },
      })
      .catch(() => undefined);
    await disconnected;
    expect(await server.storage.headSeq(seriesId)).toBe(1);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const ok = await anna.send({ type: "case.add", caseId: nanoid(), values: { title: "geht noch", description: "" } });
    expect(ok).toMatchObject({ ok: true, seq: 2 });
  });
});
