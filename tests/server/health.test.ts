import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import BetterSqlite3 from "better-sqlite3";
import { nanoid } from "nanoid";
import pg from "pg";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type EinklangServer } from "../../server/app.js";
import { connectAs, createSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { postgresUrl } from "../support/services.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function health(url: string): Promise<{ status: number; body: { ok: boolean; reason?: string } }> {
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; reason?: string } };
}

async function seriesRows(target: StorageTarget): Promise<number> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ n: string }>("select count(*) as n from series");
    await client.end();
    return Number(rows[0]?.n);
  }
  const db = new BetterSqlite3(join(target.dataDir, "einklang.sqlite"), { readonly: true });
  const row = db.prepare("select count(*) as n from series").get() as { n: number };
  db.close();
  return row.n;
}

describe.each(storageTargets())("health says whether storage can write (%s)", (kind, makeTarget) => {
  let target: StorageTarget | undefined;
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let release: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await release?.();
    release = undefined;
    await server?.close();
    await target?.cleanup();
  });

  it("answers ok while storage writes, and the probe leaves nothing behind", async () => {
    target = await makeTarget();
    server = await startTestServer(target);
    await createSeries(server.url);
    expect(await health(server.url)).toEqual({ status: 200, body: { ok: true, storage: kind } });
    expect(await seriesRows(target)).toBe(1);
  });

  it.skipIf(kind !== "postgres")(
    "holds at most one connection with probes while the database blocks them",
    async () => {
      target = await makeTarget();
      server = await startTestServer(target);
      const url = server.url;
      const name = new URL(target.databaseUrl ?? "").pathname.slice(1);
      // Another session holds the series table: every probe's write waits for it.
      const locker = new pg.Client({ connectionString: target.databaseUrl });
      await locker.connect();
      await locker.query("begin");
      await locker.query("lock table series in access exclusive mode");
      // Counted from a session of its own (one inside a transaction sees a frozen pg_stat_activity).
      const watcher = new pg.Client({ connectionString: target.databaseUrl });
      await watcher.connect();
      release = async () => {
        await locker.query("rollback");
        await locker.end();
        await watcher.end();
      };
      const waiting = async (): Promise<number> => {
        const { rows } = await watcher.query<{ n: string }>(
          "select count(*) as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'",
          [name],
        );
        return Number(rows[0]?.n);
      };
      const most: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        // Each check comes after the previous answer can no longer be reused.
        expect((await health(url)).status).toBe(503);
        most.push(await waiting());
        await new Promise((resolve) => setTimeout(resolve, 2_100));
      }
      expect(Math.max(...most)).toBeLessThanOrEqual(1);
    },
    60_000,
  );

  it("answers 503 with the reason while storage cannot write, and ok again after", async () => {
    target = await makeTarget();
    server = await startTestServer(target);
    const url = server.url;
    if (target.databaseUrl) {
      // The database turned read-only (as a standby is): new sessions cannot write.
      const name = new URL(target.databaseUrl).pathname.slice(1);
      const admin = new pg.Client({ connectionString: postgresUrl() });
      await admin.connect();
      const reconnectAll = (): Promise<unknown> =>
        admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [name]);
      await admin.query(`alter database ${name} set default_transaction_read_only = on`);
      await reconnectAll();
      release = async () => {
        await admin.query(`alter database ${name} reset default_transaction_read_only`);
        await reconnectAll();
        await admin.end();
      };
    } else {
      // Another process holds SQLite's write lock (a backup tool, a stuck shell) past the busy timeout.
      const other = new BetterSqlite3(join(target.dataDir, "einklang.sqlite"));
      other.exec("begin immediate");
      release = async () => {
        other.exec("rollback");
        other.close();
      };
    }
    // The first probe may meet a connection the switch just ended ("terminating connection"): also a 503,
    // but the answer to wait for is the lasting one.
    const reason = kind === "postgres" ? /read-only/ : /locked/;
    await expect
      .poll(async () => (await health(url)).body.reason ?? "", { timeout: 20_000, interval: 500 })
      .toMatch(reason);
    const down = await health(url);
    expect(down.status).toBe(503);
    expect(down.body.ok).toBe(false);
    expect(down.body.reason).toMatch(reason);
    await release();
    release = undefined;
    await expect.poll(async () => (await health(url)).status, { timeout: 20_000, interval: 500 }).toBe(200);
  }, 60_000);
});

/** Whether this machine lets the tests mount a small tmpfs (root with the right capability): a disk that fills up. */
function canMountTmpfs(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "einklang-mount-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", dir], { stdio: "ignore" });
    execFileSync("umount", [dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!canMountTmpfs())("a full disk under SQLite", () => {
  let mountPoint: string | undefined;
  let server: EinklangServer | undefined;
  const clients: ProtocolClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await server?.close();
    if (mountPoint) {
      execFileSync("umount", [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });

  it("logs the cause, answers health with 503, and saves again once there is room", async () => {
    mountPoint = mkdtempSync(join(tmpdir(), "einklang-full-"));
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint]);
    const dataDir = join(mountPoint, "data");
    mkdirSync(dataDir);
    let written = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    server = await startServer(
      { port: 0, host: "127.0.0.1", dataDir, databaseUrl: undefined, redisUrl: undefined, clientDir: "client/dist" },
      pino({ level: "info" }, sink),
    );
    const url = `http://127.0.0.1:${server.port}`;
    const anna = await connectAs(url, await createSeries(url));
    clients.push(anna);
    // Fill the disk to the last byte.
    const filler = join(mountPoint, "filler");
    let size = 4 * 1024 * 1024;
    for (let n = 0; size >= 512; n += 1) {
      try {
        writeFileSync(`${filler}-${n}`, Buffer.alloc(size));
      } catch {
        rmSync(`${filler}-${n}`, { force: true });
        size = Math.floor(size / 2);
      }
    }
    const long = "x".repeat(3000);
    let refused = null;
    for (let i = 0; i < 40 && refused === null; i += 1) {
      const reply = await anna.send({
        type: "case.add",
        caseId: nanoid(),
        values: { title: "Voll", description: long },
      });
      if (!reply.ok) refused = reply.error.code;
    }
    expect(refused).toBe("storage_unavailable");
    expect(written).toMatch(/disk is full|SQLITE_FULL/);
    expect(written).not.toContain("cannot rollback");
    const down = await health(url);
    expect(down.status).toBe(503);
    expect(down.body.reason).toMatch(/storage cannot write/);

    execFileSync("sh", ["-c", `rm -f ${filler}-*`]);
    await expect.poll(async () => (await health(url)).status, { timeout: 20_000, interval: 500 }).toBe(200);
    expect(await anna.send({ type: "case.add", caseId: nanoid(), values: { title: "Wieder Platz" } })).toMatchObject({
      ok: true,
    });
  }, 60_000);
});
