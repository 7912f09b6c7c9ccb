import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import { createClient } from "redis";
import { ProtocolClient, connectAs, createSeries, joinByInvite } from "../support/protocolClient.js";
import { spawnServer, startTestServer, type ServerProcess } from "../support/server.js";
import { freshPostgresDatabase, postgresUrl, redisUrl } from "../support/services.js";
import type { StorageTarget } from "../support/storages.js";

const pgBase = postgresUrl();
const redis = redisUrl();

/** A Redis of this test's own on a free port, so that restarting it disturbs no other suite. */
async function ownRedis(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    const probe = createClient({ url, socket: { reconnectStrategy: false } });
    probe.on("error", () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      await probe.quit();
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGKILL");
      }),
  };
}

describe.runIf(pgBase && redis)("failover across instances on one PostgreSQL", () => {
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  async function database(): Promise<StorageTarget> {
    const db = await freshPostgresDatabase(pgBase ?? "");
    cleanups.push(db.drop);
    return { kind: "postgres", dataDir: "", databaseUrl: db.url, cleanup: db.drop };
  }

  it("clients of a killed instance reconnect to the other and catch up; nothing acknowledged is lost", async () => {
    const target = await database();
    const servers: ServerProcess[] = [await spawnServer(target), await spawnServer(target)];
    const [a, b] = servers as [ServerProcess, ServerProcess];
    cleanups.push(
      () => b.kill(),
      () => a.kill(),
    );
    const admission = await createSeries(a.url);
    const anna = await connectAs(a.url, admission);
    const bernd = await connectAs(
      b.url,
      await joinByInvite(b.url, await anna.invite("participant"), { name: "Bernd" }),
    );
    cleanups.push(async () => {
      anna.disconnect();
      bernd.disconnect();
    });
    const acked: string[] = [];
    let killing: Promise<void> | undefined;
    await Promise.allSettled(
      Array.from({ length: 30 }, async (_, i) => {
        const caseId = nanoid();
        const reply = await anna.send({ type: "case.add", caseId, values: { title: `Fall ${i}` } });
        if (!reply.ok) throw new Error(reply.error.message);
        acked.push(caseId);
        if (acked.length === 15) killing = a.kill();
      }),
    );
    await killing;
    expect(acked.length).toBeGreaterThanOrEqual(15);
    // Anna's browser reconnects to the other instance with the last sequence number it saw.
    const again = new ProtocolClient(b.url, admission.seriesId, admission.personId, admission.token);
    cleanups.push(async () => again.disconnect());
    again.state = anna.state;
    expect((await again.connect()).ok).toBe(true);
    for (const caseId of acked) expect(again.state.cases[caseId]).toBeDefined();
    const head = again.state.seq;
    await bernd.waitForSeq(head);
    expect(bernd.state.cases).toEqual(again.state.cases);
    const more = await again.send({ type: "case.add", caseId: nanoid(), values: { title: "Nach dem Ausfall" } });
    expect(more).toMatchObject({ ok: true, seq: head + 1 });
    await bernd.waitForSeq(head + 1);
  });

  it("after Redis restarts, clients of the other instance catch up through sequence numbers", async () => {
    const target = await database();
    const port = 21000 + Math.floor(Math.random() * 20000);
    let own = await ownRedis(port);
    cleanups.push(() => own.stop());
    const one = await startTestServer(target, own.url);
    const two = await startTestServer(target, own.url);
    cleanups.push(
      () => two.close(),
      () => one.close(),
    );
    const admission = await createSeries(one.url);
    const anna = await connectAs(one.url, admission);
    const bernd = await connectAs(
      two.url,
      await joinByInvite(two.url, await anna.invite("participant"), { name: "Bernd" }),
    );
    cleanups.push(async () => {
      anna.disconnect();
      bernd.disconnect();
    });
    await own.stop();
    const during: string[] = [];
    for (let i = 0; i < 5; i++) {
      const caseId = nanoid();
      const reply = await anna.send({ type: "case.add", caseId, values: { title: `Ohne Redis ${i}` } });
      expect(reply.ok).toBe(true);
      during.push(caseId);
    }
    own = await ownRedis(port);
    // Once the adapters are back, the next event (or presence message) shows the gap and the client asks for
    // what it missed; an event sent while an adapter was still reconnecting is caught up by the one after it.
    const caughtUp = (): boolean =>
      during.every((id) => bernd.state.cases[id] !== undefined) && bernd.state.seq === anna.state.seq;
    await expect
      .poll(
        async () => {
          if (caughtUp()) return true;
          await anna.send({ type: "series.rename", name: `Reihe ${nanoid(4)}` });
          return caughtUp();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    expect(bernd.state.cases).toEqual(anna.state.cases);
  });
});
