import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeriesState } from "@common/domain/types.js";
import { addDays } from "@common/demo/dates.js";
import { connectAs, createSeries, type Admission, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { startServer } from "../../server/app.js";
import { freshPostgresDatabase, postgresUrl } from "../support/services.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhookReceiver.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SECRET = "GEHEIM: Hansen-Marge auf Biomarkt-Muster";
const SHARED = "Eilaufträge nur mit Kapazitätsblick der Planung zusagen";
/** What the receiver's address carries that makes it a secret (as Slack's and Teams' addresses do). */
const URL_SECRET = "T0SECRET";

function personNamed(state: SeriesState, name: string): string {
  const person = Object.values(state.people).find((p) => p.name === name);
  if (!person) throw new Error(`nobody named ${name}`);
  return person.id;
}

interface WebhookAnswer {
  webhook: { kind: string; host: string; language: string } | null;
  outbox: { waiting: number; lastError: string | null; gaveUp: number; sent: number };
}

describe.each(storageTargets())("Teams and Slack webhooks (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let receiver: WebhookReceiver;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let clock: Date;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
    receiver = await startWebhookReceiver();
    // Monday 10:00 in Berlin.
    clock = new Date("2026-11-09T09:00:00.000Z");
    server = await startTestServer(target, undefined, undefined, {
      now: () => clock,
      webhooks: { allowLoopback: true, scheduleEveryMs: HOUR, sendEveryMs: HOUR },
    });
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await server.close();
    await receiver.close();
    await target.cleanup();
  });

  function api(path: string, token: string, method = "GET", body?: unknown): Promise<Response> {
    return fetch(`${server.url}/api/series${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function webhookOf(admission: Admission): Promise<WebhookAnswer> {
    const response = await api(`/${admission.seriesId}/webhook`, admission.token);
    expect(response.status).toBe(200);
    return (await response.json()) as WebhookAnswer;
  }

  async function example(): Promise<{ katrin: ProtocolClient; admission: Admission }> {
    const response = await fetch(`${server.url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const admission = (await response.json()) as Admission;
    const katrin = await connectAs(server.url, admission);
    clients.push(katrin);
    return { katrin, admission };
  }

  async function claimLinkFor(facilitator: ProtocolClient, personId: string): Promise<Admission> {
    const reply = await facilitator.access({ action: "personalLink", personId });
    const token = reply.ok ? reply.personalLink?.token : undefined;
    const response = await fetch(`${server.url}/api/devices/claim`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    return (await response.json()) as Admission;
  }

  /**
   * Today's session of the example with one shared agreement and one internal to Feinkost
   * Hansen (recorded by Jens, who belongs to it), both due in two days, and the session closed.
   */
  async function closeSessionOfToday(katrin: ProtocolClient): Promise<{ jens: string; jensAdmission: Admission }> {
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const hansen = Object.values(katrin.state.orgs).find((o) => o.name.includes("Hansen"))?.id ?? "";
    const today = clock.toISOString().slice(0, 10);
    const jensAdmission = await claimLinkFor(katrin, jens);
    const jensClient = await connectAs(server.url, jensAdmission);
    clients.push(jensClient);
    const due = addDays(today, 2);
    const steps: [ProtocolClient, unknown][] = [
      [katrin, { type: "session.add", sessionId: "session-today", values: { date: today } }],
      [
        katrin,
        {
          type: "agreement.add",
          agreementId: "agreement-shared",
          values: { text: SHARED, due, ownerIds: [jens], sessionId: "session-today" },
        },
      ],
      [
        jensClient,
        {
          type: "agreement.add",
          agreementId: "agreement-secret",
          values: { text: SECRET, due, ownerIds: [jens], internalTo: hansen, sessionId: "session-today" },
        },
      ],
      [katrin, { type: "session.close", sessionId: "session-today", confirmUndecided: true }],
    ];
    for (const [client, command] of steps) {
      expect(await client.send(command as Parameters<ProtocolClient["send"]>[0])).toMatchObject({ ok: true });
    }
    return { jens, jensAdmission };
  }

  it("posts a closed session's decisions to Teams and a newly overdue agreement to Slack, once each, with nothing internal to an organisation", async () => {
    const { katrin, admission } = await example();
    const set = await api(`/${admission.seriesId}/webhook`, admission.token, "PUT", {
      kind: "teams",
      url: receiver.url,
      language: "de",
    });
    expect(set.status).toBe(200);
    const setText = await set.text();
    expect(setText).not.toContain(URL_SECRET);
    expect(JSON.parse(setText)).toEqual({
      webhook: { kind: "teams", host: `127.0.0.1:${receiver.port}`, language: "de" },
      outbox: { waiting: 0, lastError: null, gaveUp: 0, sent: 0 },
    });

    await closeSessionOfToday(katrin);
    await server.webhooks.tick();
    await server.webhooks.tick();
    const [teams] = await receiver.waitFor(1);
    expect(receiver.posts).toHaveLength(1);
    expect(teams?.path).toBe(new URL(receiver.url).pathname);
    expect(teams?.contentType).toMatch(/^application\/json/);
    expect(teams?.body).toMatchObject({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: { type: "AdaptiveCard", version: "1.4" },
        },
      ],
    });
    const card = JSON.stringify(teams?.body);
    expect(card).toContain("Sitzung am 09.11.2026 abgeschlossen");
    expect(card).toContain("Beschlossene Vereinbarungen");
    expect(card).toContain(SHARED);
    expect(card).toContain("Verantwortlich: Jens Albrecht");
    expect(card).not.toContain("GEHEIM");

    // Now to Slack, in English: three days later the shared agreement is overdue since yesterday.
    const slack = await api(`/${admission.seriesId}/webhook`, admission.token, "PUT", {
      kind: "slack",
      url: receiver.url,
      language: "en",
    });
    expect(slack.status).toBe(200);
    clock = new Date(clock.getTime() + 3 * DAY);
    await server.webhooks.tick();
    await server.webhooks.tick();
    clock = new Date(clock.getTime() + DAY);
    await server.webhooks.tick();
    await receiver.waitFor(2);
    expect(receiver.posts).toHaveLength(2);
    const overdue = receiver.posts[1]?.body as { text: string; blocks: { type: string }[] };
    expect(overdue.text).toMatch(/^Overdue: an agreement in “.+”$/);
    expect(overdue.blocks[0]).toMatchObject({ type: "header" });
    const blocks = JSON.stringify(overdue.blocks);
    expect(blocks).toContain(SHARED);
    expect(blocks).toContain("was due 2026-11-11");
    expect(blocks).not.toContain("GEHEIM");
    expect(await webhookOf(admission)).toMatchObject({ outbox: { waiting: 0, lastError: null, gaveUp: 0, sent: 2 } });
  });

  it("keeps a post while the receiver fails, shows why to facilitators, delivers it when the receiver is back; gives up after repeated errors", async () => {
    const { katrin, admission } = await example();
    receiver.status = 404;
    const set = await api(`/${admission.seriesId}/webhook`, admission.token, "PUT", {
      kind: "slack",
      url: receiver.url,
      language: "de",
    });
    expect(set.status).toBe(200);
    await closeSessionOfToday(katrin);
    await server.webhooks.tick();
    expect(await webhookOf(admission)).toMatchObject({ outbox: { waiting: 1, lastError: "HTTP 404", gaveUp: 0 } });

    // The receiver is down: refused connections are retried after the backoff.
    const port = receiver.port;
    await receiver.close();
    clock = new Date(clock.getTime() + 60_000);
    await server.webhooks.tick();
    expect(await webhookOf(admission)).toMatchObject({
      outbox: { waiting: 1, lastError: "connection refused", sent: 0 },
    });

    receiver = await startWebhookReceiver(port);
    await server.webhooks.tick();
    expect(receiver.posts).toHaveLength(0);
    clock = new Date(clock.getTime() + 2 * 60_000);
    await server.webhooks.tick();
    await receiver.waitFor(1);
    expect(JSON.stringify(receiver.posts[0]?.body)).toContain(SHARED);
    expect(await webhookOf(admission)).toMatchObject({ outbox: { waiting: 0, lastError: null, gaveUp: 0, sent: 1 } });

    // A receiver that keeps failing: the post is given up after eight attempts, and that is shown.
    receiver.status = 503;
    clock = new Date(clock.getTime() + 3 * DAY);
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await server.webhooks.tick();
      clock = new Date(clock.getTime() + 2 * HOUR);
    }
    expect(receiver.posts).toHaveLength(1 + 8);
    const report = await webhookOf(admission);
    expect(report.outbox).toEqual({ waiting: 0, lastError: "HTTP 503", gaveUp: 1, sent: 1 });
    expect(JSON.stringify(report)).not.toContain("secret error page");
  });

  it("refuses bad addresses with a clear message and changes nothing; only facilitators set or see it; the address is in no state, event or export", async () => {
    const { katrin, admission } = await example();
    const bad: [unknown, RegExp][] = [
      [{ kind: "teams", url: "not a url", language: "de" }, /not a web address/],
      [{ kind: "teams", url: "ftp://files.example.com/hook", language: "de" }, /https:\/\//],
      [{ kind: "slack", url: "http://hooks.slack.com/services/x", language: "de" }, /https:\/\//],
      [{ kind: "slack", url: "https://10.1.2.3/hook", language: "de" }, /public host/],
      [{ kind: "slack", url: "https://192.168.178.1/hook", language: "de" }, /public host/],
      [{ kind: "slack", url: "https://169.254.169.254/latest/meta-data", language: "de" }, /public host/],
      [{ kind: "slack", url: "https://[fd00::1]/hook", language: "de" }, /public host/],
      [{ kind: "slack", url: "https://[::ffff:10.0.0.1]/hook", language: "de" }, /public host/],
      [{ kind: "teams", url: `https://example.logic.azure.com/${"a".repeat(5000)}`, language: "de" }, /at most 2048/],
      [{ kind: "teams", url: "https://user:pw@example.logic.azure.com/x", language: "de" }, /user name or password/],
      [{ kind: "discord", url: receiver.url, language: "de" }, /kind/],
      [{ kind: "teams", url: receiver.url, language: "fr" }, /language/],
      [{ kind: "teams", url: receiver.url, language: "de", extra: 1 }, /extra/],
      [{ kind: "teams", url: "", language: "de" }, /webhook address/],
    ];
    for (const [body, message] of bad) {
      const response = await api(`/${admission.seriesId}/webhook`, admission.token, "PUT", body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      const { error } = (await response.json()) as { error: { message: string } };
      expect(error.message).toMatch(message);
    }
    expect(await webhookOf(admission)).toMatchObject({ webhook: null });

    const jens = personNamed(katrin.state, "Jens Albrecht");
    const jensAdmission = await claimLinkFor(katrin, jens);
    const good = { kind: "teams", url: receiver.url, language: "de" };
    expect((await api(`/${admission.seriesId}/webhook`, jensAdmission.token, "PUT", good)).status).toBe(403);
    expect((await api(`/${admission.seriesId}/webhook`, admission.token, "PUT", good)).status).toBe(200);
    for (const [method, path] of [
      ["GET", ""],
      ["PUT", ""],
      ["DELETE", ""],
      ["POST", "/test"],
    ] as const) {
      const body = method === "PUT" ? good : undefined;
      const response = await api(`/${admission.seriesId}/webhook${path}`, jensAdmission.token, method, body);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 });
      expect(await response.text()).not.toContain(URL_SECRET);
    }
    expect(receiver.posts).toHaveLength(0);

    // The test post arrives; the address is nowhere a person of the series can read.
    const tested = await api(`/${admission.seriesId}/webhook/test`, admission.token, "POST");
    expect(tested.status).toBe(200);
    expect(JSON.stringify(receiver.posts[0]?.body)).toContain("Testnachricht");
    const events = await server.storage.eventsSince(admission.seriesId, 0);
    const exported = await api(`/${admission.seriesId}/export`, admission.token);
    expect(exported.status).toBe(200);
    const minutes = await api(`/${admission.seriesId}/agreements.csv`, admission.token);
    const readable = [
      JSON.stringify(katrin.state),
      JSON.stringify(events),
      await exported.text(),
      await minutes.text(),
      JSON.stringify(await webhookOf(admission)),
    ];
    for (const text of readable) expect(text).not.toContain(URL_SECRET);

    // A failing test says why; removing the webhook removes it.
    receiver.status = 404;
    const failed = await api(`/${admission.seriesId}/webhook/test`, admission.token, "POST");
    expect(failed.status).toBe(502);
    expect(((await failed.json()) as { error: { message: string } }).error.message).toBe("HTTP 404");
    expect((await api(`/${admission.seriesId}/webhook`, admission.token, "DELETE")).status).toBe(204);
    expect(await webhookOf(admission)).toMatchObject({ webhook: null });
    expect((await api(`/${admission.seriesId}/webhook/test`, admission.token, "POST")).status).toBe(404);
  });
});

describe("webhooks without the loopback flag", () => {
  it("refuses this machine by name and by address, after resolving the name", async () => {
    const [[, makeTarget]] = storageTargets() as [[string, () => Promise<StorageTarget>]];
    const target = await makeTarget();
    const server = await startTestServer(target);
    try {
      const created = await fetch(`${server.url}/api/series`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Reihe", creatorName: "Anna" }),
      });
      const admission = (await created.json()) as Admission;
      const headers = { authorization: `Bearer ${admission.token}`, "content-type": "application/json" };
      for (const url of [
        "https://localhost/hook",
        "https://127.0.0.1/hook",
        "http://127.0.0.1:9/hook",
        "https://[::1]/x",
      ]) {
        const response = await fetch(`${server.url}/api/series/${admission.seriesId}/webhook`, {
          method: "PUT",
          headers,
          body: JSON.stringify({ kind: "slack", url, language: "de" }),
        });
        expect({ url, status: response.status }).toEqual({ url, status: 400 });
        expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
          /public host|https:\/\//,
        );
      }
    } finally {
      await server.close();
      await target.cleanup();
    }
  });
});

const pgBase = postgresUrl();

describe.runIf(pgBase)("webhooks from two instances on one PostgreSQL", () => {
  it("posts each closed session once, however the two schedulers and senders overlap", async () => {
    const database = await freshPostgresDatabase(pgBase ?? "");
    const target: StorageTarget = { kind: "postgres", dataDir: "", databaseUrl: database.url, cleanup: database.drop };
    const receiver = await startWebhookReceiver();
    receiver.delayMs = 150;
    const clock = new Date("2026-11-09T09:00:00.000Z");
    const options = { now: () => clock, webhooks: { allowLoopback: true, scheduleEveryMs: HOUR, sendEveryMs: HOUR } };
    const one = await startTestServer(target, undefined, undefined, options);
    const two = await startTestServer(target, undefined, undefined, options);
    try {
      const admission = await createSeries(one.url);
      const anna = await connectAs(one.url, admission);
      const headers = { authorization: `Bearer ${admission.token}`, "content-type": "application/json" };
      const set = await fetch(`${two.url}/api/series/${admission.seriesId}/webhook`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ kind: "teams", url: receiver.url, language: "en" }),
      });
      expect(set.status).toBe(200);
      const sessions = ["session-1", "session-2", "session-3"];
      for (const sessionId of sessions) {
        const added = await anna.send({ type: "session.add", sessionId, values: { date: "2026-11-09" } });
        expect(added).toMatchObject({ ok: true });
        const closed = await anna.send({ type: "session.close", sessionId, confirmUndecided: true });
        expect(closed).toMatchObject({ ok: true });
      }
      await Promise.all([one, two, one, two, one, two].map((server) => server.webhooks.tick()));
      await Promise.all([one, two].map((server) => server.webhooks.tick()));
      anna.disconnect();
      expect(receiver.posts).toHaveLength(sessions.length);
      const titles = receiver.posts.map((post) => JSON.stringify(post.body).match(/Session of 2026-11-09 closed/)?.[0]);
      expect(titles).toEqual(sessions.map(() => "Session of 2026-11-09 closed"));
      const report = await fetch(`${one.url}/api/series/${admission.seriesId}/webhook`, { headers });
      expect(((await report.json()) as WebhookAnswer).outbox).toEqual({
        waiting: 0,
        lastError: null,
        gaveUp: 0,
        sent: sessions.length,
      });
    } finally {
      await one.close();
      await two.close();
      await receiver.close();
      await target.cleanup();
    }
  });
});

describe("webhook logs", () => {
  it("name a failed post's series and reason, never the address or the receiver's answer", async () => {
    const [[, makeTarget]] = storageTargets() as [[string, () => Promise<StorageTarget>]];
    const target = await makeTarget();
    const receiver = await startWebhookReceiver();
    receiver.status = 404;
    let written = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const clock = new Date("2026-11-09T09:00:00.000Z");
    const server = await startServer(
      {
        port: 0,
        host: "127.0.0.1",
        dataDir: target.dataDir,
        databaseUrl: undefined,
        redisUrl: undefined,
        clientDir: "client/dist",
        now: () => clock,
        webhooks: { allowLoopback: true, scheduleEveryMs: HOUR, sendEveryMs: HOUR },
      },
      pino({ level: "info" }, sink),
    );
    const url = `http://127.0.0.1:${server.port}`;
    try {
      const admission = await createSeries(url);
      const anna = await connectAs(url, admission);
      const set = await fetch(`${url}/api/series/${admission.seriesId}/webhook`, {
        method: "PUT",
        headers: { authorization: `Bearer ${admission.token}`, "content-type": "application/json" },
        body: JSON.stringify({ kind: "slack", url: receiver.url, language: "de" }),
      });
      expect(set.status).toBe(200);
      expect(
        await anna.send({ type: "session.add", sessionId: "session-1", values: { date: "2026-11-09" } }),
      ).toMatchObject({ ok: true });
      expect(await anna.send({ type: "session.close", sessionId: "session-1", confirmUndecided: true })).toMatchObject({
        ok: true,
      });
      anna.disconnect();
      await server.webhooks.tick();
      await receiver.waitFor(1);
      expect(written).toContain(
        `webhook post closed of series ${admission.seriesId} not delivered (attempt 1): HTTP 404`,
      );
      expect(written).not.toContain(URL_SECRET);
      expect(written).not.toContain(`127.0.0.1:${receiver.port}`);
      expect(written).not.toContain("secret error page");
    } finally {
      await server.close();
      await receiver.close();
      await target.cleanup();
    }
  });
});
