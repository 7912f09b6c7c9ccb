import { request as httpRequest } from "node:http";
import { Writable } from "node:stream";
import { nanoid } from "nanoid";
import { pino } from "pino";
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { startServer } from "../../server/app.js";
import type { SecurityConfig } from "../../server/config.js";
import { hashToken, makeToken, TokenKind } from "../../server/access/tokens.js";
import type { WireCatchUpReply } from "@common/protocol.js";
import { createSeries, openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** A raw socket with the given handshake; resolves with "connected" or the refusal it met. */
function tryConnect(
  url: string,
  options: { token?: string; origin?: string | null; headers?: Record<string, string> } = {},
): Promise<{ outcome: string; socket: Socket }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.origin !== null) headers.origin = options.origin ?? new URL(url).origin;
  const socket = io(url, {
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    auth: options.token === undefined ? {} : { token: options.token },
    extraHeaders: headers,
  });
  return new Promise((resolve) => {
    socket.on("connect", () => resolve({ outcome: "connected", socket }));
    socket.on("connect_error", (error) => {
      socket.disconnect();
      resolve({ outcome: error.message, socket });
    });
  });
}

function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** A POST with a Host header of our choosing (fetch keeps its own): answers the status. */
function rawPost(url: string, path: string, body: unknown, host: string): Promise<number> {
  const { hostname, port } = new URL(url);
  const origin = `http://${host}`;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname, port, path, method: "POST", headers: { host, origin, "content-type": "application/json" } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

describe.each(storageTargets())("limits and origin checks (%s)", (_name, makeTarget) => {
  let target: StorageTarget;
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  const clients: ProtocolClient[] = [];

  async function serve(security: Partial<SecurityConfig> = {}): Promise<Server> {
    target = await makeTarget();
    const server = await startTestServer(target, undefined, security);
    servers.push(server);
    return server;
  }

  async function connect(url: string, options: Parameters<typeof tryConnect>[1] = {}): Promise<string> {
    const { outcome, socket } = await tryConnect(url, options);
    sockets.push(socket);
    return outcome;
  }

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const client of clients.splice(0)) client.disconnect();
    for (const server of servers.splice(0)) await server.close();
    await target.cleanup();
  });

  it("refuses a handshake from a forged, missing, null or look-alike origin and takes the page's own", async () => {
    const server = await serve();
    const { token } = await createSeries(server.url);
    const port = new URL(server.url).port;
    expect(await connect(server.url, { token })).toBe("connected");
    for (const origin of [
      "http://evil.example",
      "null",
      `http://127.0.0.1:${port}.evil.example`,
      `http://127.0.0.1:${Number(port) + 1}`,
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}`,
    ]) {
      expect(await connect(server.url, { token, origin }), origin).not.toBe("connected");
    }
    expect(await connect(server.url, { token, origin: null })).not.toBe("connected");
  });

  it("refuses a DNS-rebinding page: without a configured address only loopback host names count", async () => {
    const server = await serve();
    const { token } = await createSeries(server.url);
    const port = new URL(server.url).port;
    // The page of evil.example, its name now resolving to this machine: Origin and Host agree, and name it.
    const rebound = { origin: `http://evil.example:${port}`, headers: { host: `evil.example:${port}` } };
    expect(await connect(server.url, { token, ...rebound })).not.toBe("connected");
    const created = await rawPost(server.url, "/api/series", { name: "R", creatorName: "E" }, rebound.headers.host);
    expect(created).toBe(403);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect(await connect(server.url, { token, origin: `http://${host}`, headers: { host } }), host).toBe("connected");
    }
  });

  it("takes the public address's pages when EINKLANG_PUBLIC_URL is set", async () => {
    const server = await serve({ publicOrigin: "https://board.example.com" });
    const { token } = await createSeries(server.url);
    expect(await connect(server.url, { token, origin: "https://board.example.com" })).toBe("connected");
    expect(await connect(server.url, { token })).not.toBe("connected");
  });

  it("takes exactly the configured origins when some are configured", async () => {
    const server = await serve({ allowedOrigins: ["https://board.example.com"] });
    const { token } = await createSeries(server.url);
    expect(await connect(server.url, { token, origin: "https://board.example.com" })).toBe("connected");
    expect(await connect(server.url, { token })).not.toBe("connected");
    expect(await connect(server.url, { token, origin: "https://board.example.com.evil.example" })).not.toBe(
      "connected",
    );
  });

  it("counts failed handshakes against the address' token budget, shared with the HTTP routes", async () => {
    const server = await serve({ httpRequestsPerMinute: 5 });
    const { token } = await createSeries(server.url);
    const guesses: string[] = [];
    for (let i = 0; i < 7; i += 1) guesses.push(await connect(server.url, { token: makeToken(TokenKind.device) }));
    // Five failed guesses are looked up, the rest are not even hashed (making the series was no failure).
    expect(guesses).toEqual([
      "unauthorized",
      "unauthorized",
      "unauthorized",
      "unauthorized",
      "unauthorized",
      "too_many_attempts",
      "too_many_attempts",
    ]);
    expect(await connect(server.url, { token })).toBe("too_many_attempts");
    const http = await post(server.url, "/api/devices/whoami", { token: makeToken(TokenKind.device) });
    expect(http.status).toBe(429);
  });

  it("refuses handshakes from an address that spent its budget on HTTP token checks", async () => {
    const server = await serve({ httpRequestsPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) await post(server.url, "/api/invites/preview", { token: "x" });
    expect(await connect(server.url, { token: makeToken(TokenKind.device) })).toBe("too_many_attempts");
  });

  it("never shuts a valid device out of the live connection for requests that succeeded", async () => {
    const server = await serve({ httpRequestsPerMinute: 5 });
    const { token } = await createSeries(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await post(server.url, "/api/devices/whoami", { token })).status);
    // The HTTP routes keep their own limit ...
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    // ... but only failed token checks close the handshake before the token is looked at.
    expect(await connect(server.url, { token })).toBe("connected");
  });

  it("speaks WebSocket only: a long-polling handshake is refused", async () => {
    const server = await serve();
    const { token } = await createSeries(server.url);
    const polling = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, {
      headers: { origin: new URL(server.url).origin },
    });
    expect(polling.status).toBe(400);
    expect(await polling.json()).toMatchObject({ message: "Transport unknown" });
    expect(await connect(server.url, { token })).toBe("connected");
  });

  it("sends one connection only so many full snapshots; its other messages and other connections carry on", async () => {
    const server = await serve();
    const { facilitator, join } = await openSeries(server.url);
    const other = await join("participant", { name: "Paula" });
    clients.push(facilitator, other);
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => facilitator.sendRaw("sync", { lastSeq: 0 }) as Promise<WireCatchUpReply>),
    );
    const kinds = replies.map((reply) => (reply.ok ? reply.kind : reply.error.code));
    const snapshots = kinds.filter((kind) => kind === "snapshot").length;
    // The hello took one; the reserve of four, and at most one more as the sustained rate refills.
    expect(snapshots).toBeGreaterThanOrEqual(3);
    expect(snapshots).toBeLessThanOrEqual(5);
    expect(kinds.filter((kind) => kind === "rate_limited")).toHaveLength(20 - snapshots);
    const caught = (await facilitator.sendRaw("sync", { lastSeq: facilitator.state.seq })) as WireCatchUpReply;
    expect(caught).toMatchObject({ ok: true, kind: "events" });
    expect(await facilitator.send({ type: "series.rename", name: "Weiter" })).toMatchObject({ ok: true });
    const again = (await other.sendRaw("sync", { lastSeq: 0 })) as WireCatchUpReply;
    expect(again).toMatchObject({ ok: true, kind: "snapshot" });
  });

  it("refuses a missing, malformed, unknown or revoked device token", async () => {
    const server = await serve();
    const { facilitator, join } = await openSeries(server.url);
    clients.push(facilitator);
    const guest = await join("participant", { name: "Gast" });
    clients.push(guest);
    expect(await connect(server.url, {})).toBe("unauthorized");
    expect(await connect(server.url, { token: "ekd_short" })).toBe("unauthorized");
    expect(await connect(server.url, { token: makeToken(TokenKind.device) })).toBe("unauthorized");
    expect(await connect(server.url, { token: await facilitator.invite("participant") })).toBe("unauthorized");
    const revoked = await facilitator.access({ action: "revokePerson", personId: guest.personId });
    expect(revoked.ok).toBe(true);
    expect(await connect(server.url, { token: guest.token })).toBe("unauthorized");
  });

  it("lets nobody join through an expired link, and keeps those who joined before", async () => {
    const server = await serve();
    const { facilitator, admission, join } = await openSeries(server.url);
    clients.push(facilitator);
    const early = await join("participant", { name: "Früh" });
    clients.push(early);
    const token = makeToken(TokenKind.participantInvite);
    await server.storage.access.addInvite(
      {
        id: nanoid(),
        seriesId: admission.seriesId,
        role: "participant",
        orgId: null,
        createdAt: "2026-01-01T00:00:00.000Z",
        createdBy: admission.personId,
        revokedAt: null,
        expiresAt: "2026-01-15T00:00:00.000Z",
      },
      hashToken(token),
    );
    expect((await post(server.url, "/api/invites/preview", { token })).status).toBe(410);
    const joinAttempt = await post(server.url, "/api/join", { token, name: "Spät", orgId: null, function: null });
    expect(joinAttempt.status).toBe(410);
    expect(((await joinAttempt.json()) as { error: { message: string } }).error.message).toContain("expired");
    const invites = await facilitator.access({ action: "invites" });
    expect(invites.ok && invites.invites.find((i) => i.expiresAt === "2026-01-15T00:00:00.000Z")?.joined).toBe(0);
    expect(await connect(server.url, { token: early.token })).toBe("connected");
  });

  it("makes links that expire after the days the facilitator picks, or never", async () => {
    const server = await serve();
    const { facilitator } = await openSeries(server.url);
    clients.push(facilitator);
    const before = Date.now();
    const week = await facilitator.access({ action: "createInvite", role: "participant", validDays: 7 });
    const forever = await facilitator.access({ action: "createInvite", role: "observer", validDays: null });
    const standard = await facilitator.access({ action: "createInvite", role: "participant" });
    const tooLong = await facilitator.access({ action: "createInvite", role: "participant", validDays: 10_000 });
    expect(tooLong.ok).toBe(false);
    if (!week.ok || !forever.ok || !standard.ok) throw new Error("invite refused");
    const expiryOf = (id: string | undefined) => standard.invites.find((i) => i.id === id)?.expiresAt;
    const days = (iso: string | null | undefined) => (iso ? (Date.parse(iso) - before) / 86_400_000 : null);
    expect(days(expiryOf(week.created?.inviteId))).toBeCloseTo(7, 1);
    expect(expiryOf(forever.created?.inviteId)).toBeNull();
    expect(days(expiryOf(standard.created?.inviteId))).toBeCloseTo(14, 1);
  });

  it("answers a flooding socket with rate-limit errors and then cuts it, while the others carry on", async () => {
    const server = await serve({ messagesPerSecond: 20 });
    const { facilitator, join } = await openSeries(server.url);
    clients.push(facilitator);
    const calm = await join("participant", { name: "Ruhig" });
    clients.push(calm);
    const flooder = await join("participant", { name: "Flut" });
    clients.push(flooder);
    const replies: string[] = [];
    let disconnected = false;
    flooder.socket.on("disconnect", () => {
      disconnected = true;
    });
    for (let i = 0; i < 1500 && !disconnected; i += 1) {
      flooder.socket.emit("sync", { lastSeq: 0 }, (reply: { ok: boolean; error?: { code: string } }) => {
        replies.push(reply.ok ? "ok" : (reply.error?.code ?? "?"));
      });
      if (i % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const caseId = nanoid();
    const answer = await calm.send({ type: "case.add", caseId, values: { title: "Eilauftrag Müller" } });
    expect(answer.ok).toBe(true);
    await facilitator.waitForSeq(calm.state.seq);
    expect(facilitator.state.cases[caseId]?.title).toBe("Eilauftrag Müller");
    await expect.poll(() => disconnected, { timeout: 10_000 }).toBe(true);
    expect(replies).toContain("rate_limited");
    expect(replies.filter((r) => r === "ok").length).toBeLessThanOrEqual(20 + 200 + 40);
    const calmAgain = await calm.send({ type: "case.update", caseId, changes: { customer: "Müller GmbH" } });
    expect(calmAgain.ok).toBe(true);
  });

  it("caps live connections per address and does not believe X-Forwarded-For from an untrusted peer", async () => {
    const server = await serve({ maxConnectionsPerIp: 3 });
    const { token } = await createSeries(server.url);
    for (let i = 0; i < 3; i += 1) expect(await connect(server.url, { token })).toBe("connected");
    const spoofed = await connect(server.url, { token, headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(spoofed).not.toBe("connected");
    sockets[0]?.disconnect();
    await expect.poll(() => connect(server.url, { token }), { timeout: 5_000 }).toBe("connected");
  });

  it("counts addresses a trusted proxy forwards", async () => {
    const server = await serve({ maxConnectionsPerIp: 1, trustProxy: "loopback" });
    const { token } = await createSeries(server.url);
    const from = (address: string) => ({ token, headers: { "x-forwarded-for": address } });
    expect(await connect(server.url, from("203.0.113.1"))).toBe("connected");
    expect(await connect(server.url, from("203.0.113.2"))).toBe("connected");
    expect(await connect(server.url, from("203.0.113.1"))).not.toBe("connected");
  });

  it("closes a connection that never says hello", async () => {
    const server = await serve({ helloTimeoutMs: 300 });
    const { token } = await createSeries(server.url);
    const { outcome, socket } = await tryConnect(server.url, { token });
    sockets.push(socket);
    expect(outcome).toBe("connected");
    await expect.poll(() => socket.connected, { timeout: 5_000 }).toBe(false);
  });

  it("serves the client's code compressed", async () => {
    const server = await serve({});
    const page = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const code = await fetch(`${server.url}${script ?? ""}`, { headers: { "accept-encoding": "gzip" } });
    expect(code.status).toBe(200);
    expect(code.headers.get("content-encoding")).toBe("gzip");
    expect((await code.text()).length).toBeGreaterThan(100_000);
    // A byte range is sent as it is: its Content-Range counts the file's own bytes.
    const range = await fetch(`${server.url}${script ?? ""}`, {
      headers: { "accept-encoding": "gzip", range: "bytes=0-99" },
    });
    expect(range.status).toBe(206);
    expect(range.headers.get("content-encoding")).toBeNull();
    expect((await range.arrayBuffer()).byteLength).toBe(100);
  });

  it("sends strict headers, refuses changes from other origins and limits token guessing per address", async () => {
    const server = await serve({ httpRequestsPerMinute: 5 });
    const page = await fetch(`${server.url}/`);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const body = { name: "Reihe", creatorName: "Anna" };
    expect((await post(server.url, "/api/series", body, { origin: "http://evil.example" })).status).toBe(403);
    expect((await post(server.url, "/api/series", body, { origin: new URL(server.url).origin })).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await post(server.url, "/api/invites/preview", { token: makeToken(TokenKind.participantInvite) })).status,
      );
    }
    // One request went to /api/series above; the same address' budget of five is then spent.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    const limited = await post(server.url, "/api/invites/preview", { token: "x" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("logs", () => {
  let target: StorageTarget | undefined;
  afterEach(async () => {
    await target?.cleanup();
  });

  it("write structured lines with request ids and never a token", async () => {
    const [[, makeTarget]] = storageTargets() as [[string, () => Promise<StorageTarget>]];
    target = await makeTarget();
    let written = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const server = await startServer(
      {
        port: 0,
        host: "127.0.0.1",
        dataDir: target.dataDir,
        databaseUrl: undefined,
        redisUrl: undefined,
        clientDir: "client/dist",
      },
      pino({ level: "info" }, sink),
    );
    const url = `http://127.0.0.1:${server.port}`;
    try {
      const { facilitator, admission } = await openSeries(url);
      const invite = await facilitator.invite("participant");
      const joined = await post(url, "/api/join", { token: invite, name: "Gast", orgId: null, function: null });
      expect(joined.status).toBe(201);
      const joinedBody = (await joined.json()) as { token: string };
      await post(url, "/api/invites/preview", { token: `${invite}x` }, { authorization: `Bearer ${invite}` });
      // No route takes a token in its path; one put there anyway is not logged.
      const inPath = [
        `/api/devices/${joinedBody.token}`,
        `/api/series/${admission.token}/agreements.csv`,
        `/api/invites/${encodeURIComponent(invite).replace("_", "%5F")}`,
      ];
      for (const path of inPath) expect((await fetch(`${url}${path}`)).status).toBeGreaterThanOrEqual(400);
      expect(await connect(url, { token: makeToken(TokenKind.device), origin: "http://evil.example" })).not.toBe(
        "connected",
      );
      facilitator.disconnect();
      const lines = written
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const requests = lines.filter((line) => typeof line.req === "object");
      expect(requests.length).toBeGreaterThanOrEqual(3);
      for (const line of requests) expect((line.req as { id?: unknown }).id).toEqual(expect.any(String));
      expect(lines.some((line) => String(line.msg).includes("origin"))).toBe(true);
      for (const secret of [admission.token, invite, joinedBody.token]) expect(written).not.toContain(secret);
      const paths = requests.map((line) => (line.req as { path?: string }).path);
      expect(paths).toEqual(expect.arrayContaining(["/api/devices/[token]", "/api/series/[token]/agreements.csv"]));
      for (const secret of [admission.token, invite, joinedBody.token]) {
        expect(written).not.toContain(secret.slice(4));
      }
    } finally {
      await server.close();
    }

    async function connect(at: string, options: Parameters<typeof tryConnect>[1]): Promise<string> {
      const { outcome, socket } = await tryConnect(at, options);
      socket.disconnect();
      return outcome;
    }
  });

  it("name EINKLANG_PUBLIC_URL once when pages arrive under another address and none is configured", async () => {
    const [[, makeTarget]] = storageTargets() as [[string, () => Promise<StorageTarget>]];
    target = await makeTarget();
    let written = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const server = await startServer(
      {
        port: 0,
        host: "127.0.0.1",
        dataDir: target.dataDir,
        databaseUrl: undefined,
        redisUrl: undefined,
        clientDir: "client/dist",
      },
      pino({ level: "info" }, sink),
    );
    const url = `http://127.0.0.1:${server.port}`;
    try {
      // Behind a proxy: the browser's address is board.example.com, the server knows of none.
      const proxied = { origin: "https://board.example.com", headers: { host: "board.example.com" } };
      for (let i = 0; i < 3; i += 1) {
        const { outcome, socket } = await tryConnect(url, { token: makeToken(TokenKind.device), ...proxied });
        socket.disconnect();
        expect(outcome).not.toBe("connected");
      }
      expect(await rawPost(url, "/api/series", { name: "R", creatorName: "E" }, "board.example.com")).toBe(403);
      const errors = written
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { level: number; msg: string })
        .filter((line) => line.level >= 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.msg).toContain("EINKLANG_PUBLIC_URL");
    } finally {
      await server.close();
    }
  });
});
