import { randomInt } from "node:crypto";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { LIMITS } from "@common/limits.js";
import { ProtocolClient, createSeries, type Admission } from "../support/protocolClient.js";
import { spawnServer, type ServerProcess } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

/** SIGKILLs per storage; each costs a server start (~2.5 s on two cores). */
const KILLS = 24;
/** Commands each client keeps in flight, so a kill finds some of them mid-commit. */
const IN_FLIGHT_PER_CLIENT = 4;

/** A small seeded generator (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** What the database holds, read past the server. */
interface Stored {
  head: number;
  events: { seq: number; commandId: string }[];
  /** SQLite's `PRAGMA integrity_check`; null for PostgreSQL. */
  integrity: string | null;
}

async function readStore(target: StorageTarget, seriesId: string): Promise<Stored> {
  if (target.kind === "sqlite") {
    // Read-only, so reading changes nothing of what the crash left on disk (WAL and all).
    const db = new BetterSqlite3(join(target.dataDir, "einklang.sqlite"), { readonly: true, fileMustExist: true });
    try {
      const integrity = String(db.pragma("integrity_check", { simple: true }));
      const series = db.prepare<[string], { head: number }>("SELECT head_seq AS head FROM series WHERE id = ?");
      const events = db.prepare<[string], { seq: number; commandId: string }>(
        "SELECT seq, command_id AS commandId FROM events WHERE series_id = ? ORDER BY seq",
      );
      return { head: series.get(seriesId)?.head ?? -1, events: events.all(seriesId), integrity };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    await deadSessionsEnded(client);
    const series = await client.query<{ head: number }>("SELECT head_seq AS head FROM series WHERE id = $1", [
      seriesId,
    ]);
    const events = await client.query<{ seq: number; commandId: string }>(
      'SELECT seq, command_id AS "commandId" FROM events WHERE series_id = $1 ORDER BY seq',
      [seriesId],
    );
    return { head: series.rows[0]?.head ?? -1, events: events.rows, integrity: null };
  } finally {
    await client.end();
  }
}

/**
 * The killed server's sessions finish the statement they had received (a COMMIT sent just
 * before the kill still commits) and end when they find the connection gone: only then is
 * what the crash left behind settled.
 */
async function deadSessionsEnded(client: pg.Client): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const others = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    if (Number(others.rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the killed server's database sessions did not end within 10 s");
}

interface Sent {
  id: string;
  command: ClientCommand;
}

/** What clients sent and were told: the ground truth the store must match after every kill. */
class Ledger {
  /** Acknowledged command ids and the seq their ack named. */
  readonly acked = new Map<string, number>();
  /** Sent when the server died, never answered: each may or may not have committed. */
  unanswered: Sent[] = [];
  /** Acknowledged new cases and agreements, the ones later commands refer to. */
  readonly cases: string[] = [];
  readonly agreements: string[] = [];
  private count = 0;

  constructor(private readonly random: () => number) {}

  /** A valid command: new cases, notes and agreements, and changes to acknowledged ones. */
  next(): Sent {
    this.count += 1;
    const n = String(this.count).padStart(6, "0");
    return { id: `command-${n}`, command: this.commandFor(n) };
  }

  ack(sent: Sent, seq: number): void {
    this.unanswered = this.unanswered.filter((u) => u.id !== sent.id);
    this.acked.set(sent.id, seq);
    if (sent.command.type === "case.add") this.cases.push(sent.command.caseId);
    if (sent.command.type === "agreement.add") this.agreements.push(sent.command.agreementId);
  }

  private commandFor(n: string): ClientCommand {
    const caseId = this.pick(this.cases);
    const agreementId = this.pick(this.agreements);
    const roll = this.random();
    // New items stay well below the series' limits however fast the machine commits.
    const roomFor = (ids: string[], limit: number): boolean => ids.length < limit / 2;
    if (!caseId || (roll < 0.3 && roomFor(this.cases, LIMITS.casesPerSeries)))
      return { type: "case.add", caseId: `case-${n}`, values: { title: `Fall ${n}` } };
    if (roll < 0.5) return { type: "case.update", caseId, changes: { title: `Fall ${n} (geändert)` } };
    if (roll < 0.65)
      return { type: "case.note.add", caseId, list: "went_wrong", noteId: `note-${n}`, text: `Notiz ${n}` };
    if (!agreementId || (roll < 0.85 && roomFor(this.agreements, LIMITS.agreementsPerSeries))) {
      const about = this.random() < 0.5 ? caseId : null;
      return {
        type: "agreement.add",
        agreementId: `agreement-${n}`,
        values: { text: `Absprache ${n}`, caseId: about },
      };
    }
    return { type: "agreement.update", agreementId, changes: { text: `Absprache ${n} (geändert)` } };
  }

  private pick(ids: string[]): string | undefined {
    return ids[Math.floor(this.random() * ids.length)];
  }
}

describe.each(storageTargets())("durability when the server is SIGKILLed: %s", (kind, makeTarget) => {
  let target: StorageTarget;
  let server: ServerProcess | undefined;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await server?.kill();
    await target.cleanup();
  });

  // Enough sustained rate for a client pipelining commands; the rate limit has its own suite.
  const start = (): Promise<ServerProcess> => spawnServer(target, 0, { EINKLANG_MESSAGES_PER_SECOND: "10000" });

  async function connect(admission: Admission): Promise<ProtocolClient> {
    if (!server) throw new Error("no server");
    const client = new ProtocolClient(server.url, admission.seriesId, admission.personId, admission.token);
    clients.push(client);
    const reply = await client.connect();
    if (!reply.ok) throw new Error(`hello refused: ${JSON.stringify(reply)}`);
    return client;
  }

  /** Clients send commands until the server is SIGKILLed after a random number of acks or a random delay. */
  async function burstUntilKilled(
    running: ServerProcess,
    senders: ProtocolClient[],
    ledger: Ledger,
    random: () => number,
  ): Promise<void> {
    const afterAcks = random() < 0.5 ? 1 + Math.floor(random() * 40) : null;
    let killing: Promise<void> | undefined;
    const kill = (): void => {
      killing ??= running.kill();
    };
    const timer = afterAcks === null ? setTimeout(kill, Math.floor(random() * 300)) : undefined;
    let acks = 0;
    const pipeline = async (client: ProtocolClient): Promise<void> => {
      // No send after the kill began: a message buffered on a dead connection would wait out its timeout.
      while (!killing) {
        const sent = ledger.next();
        ledger.unanswered.push(sent);
        const reply = await client.send(sent.command, sent.id).catch(() => null);
        if (reply === null) return; // the server died with this command in flight
        if (!reply.ok) throw new Error(`${sent.command.type} refused: ${JSON.stringify(reply.error)}`);
        ledger.ack(sent, reply.seq);
        acks += 1;
        if (acks === afterAcks) kill();
      }
    };
    await Promise.all(senders.flatMap((c) => Array.from({ length: IN_FLIGHT_PER_CLIENT }, () => pipeline(c))));
    clearTimeout(timer);
    kill();
    await killing;
  }

  /** Right after a kill: the store is intact, gap-free, and holds every acked command once, at its acked seq. */
  async function expectDurable(seriesId: string, ledger: Ledger, setupHead: number): Promise<Stored> {
    const stored = await readStore(target, seriesId);
    if (kind === "sqlite") expect(stored.integrity).toBe("ok");
    expect(stored.events.map((e) => e.seq)).toEqual(Array.from({ length: stored.head }, (_, i) => i + 1));
    const seqOf = new Map(stored.events.map((e) => [e.commandId, e.seq]));
    expect(seqOf.size, "a command id stored twice").toBe(stored.events.length);
    for (const [id, seq] of ledger.acked) expect(seqOf.get(id), `acked ${id}`).toBe(seq);
    // Nothing committed that nobody sent.
    const sent = new Set([...ledger.acked.keys(), ...ledger.unanswered.map((u) => u.id)]);
    for (const e of stored.events) if (e.seq > setupHead) expect(sent, `stored ${e.commandId}`).toContain(e.commandId);
    return stored;
  }

  it(
    `keeps every acknowledged command exactly once across ${KILLS} kills at random moments`,
    async () => {
      // CRASH_SEED replays the kill moments and the mix of commands (which client sends which depends on timing).
      const seed = Number(process.env.CRASH_SEED) || randomInt(2 ** 31);
      const killPlan = seededRandom(seed);
      const ledger = new Ledger(seededRandom(seed ^ 0x5bd1e995));
      let kill = 0;
      let step = "start";
      let killsMidBurst = 0;
      try {
        server = await start();
        const admission = await createSeries(server.url);
        const setupHead = (await connect(admission)).state.seq;
        for (; kill < KILLS; kill++) {
          step = "burst";
          const senders = [...clients, await connect(admission)];
          await burstUntilKilled(server, senders, ledger, killPlan);
          for (const c of clients.splice(0)) c.disconnect();
          if (ledger.unanswered.length > 0) killsMidBurst += 1;
          step = "store after the kill";
          const stored = await expectDurable(admission.seriesId, ledger, setupHead);
          step = "restart";
          server = await start();
          const reader = await connect(admission);
          expect(reader.state.seq).toBe(stored.head);
          for (const id of ledger.cases) expect(reader.state.cases[id], `acked case ${id}`).toBeDefined();
          for (const id of ledger.agreements)
            expect(reader.state.agreements[id], `acked agreement ${id}`).toBeDefined();
          step = "resend";
          // The client resends what was never answered, with the same ids: each is applied exactly once.
          const storedSeq = new Map(stored.events.map((e) => [e.commandId, e.seq]));
          let head = stored.head;
          for (const sent of ledger.unanswered) {
            const reply = await reader.send(sent.command, sent.id);
            const earlier = storedSeq.get(sent.id);
            expect(reply).toEqual(
              earlier === undefined
                ? { ok: true, seq: ++head, duplicate: false }
                : { ok: true, seq: earlier, duplicate: true },
            );
            if (reply.ok) ledger.ack(sent, reply.seq);
          }
        }
        step = "final store";
        // Read as after every kill: a running server keeps pool connections open (its mail and
        // webhook schedulers use them every few seconds), which the check waits to see end.
        for (const c of clients.splice(0)) c.disconnect();
        await server.kill();
        await expectDurable(admission.seriesId, ledger, setupHead);
      } catch (error) {
        if (error instanceof Error) error.message = `[CRASH_SEED=${seed}, kill ${kill + 1}, ${step}] ${error.message}`;
        throw error;
      }
      // The kills came while commands were on their way, not only between bursts.
      expect(killsMidBurst).toBeGreaterThanOrEqual(KILLS / 2);
      expect(ledger.acked.size).toBeGreaterThan(KILLS * 5);
    },
    KILLS * 8_000,
  );
});
