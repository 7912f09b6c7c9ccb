import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { io, type Socket } from "socket.io-client";
import { ms, summarize } from "../measure/latency.js";
import { figure, type ScenarioResult } from "../report/figures.js";
import { BATCH_ROWS, postgresCommits } from "./postgresFloor.js";

/** Pauses between the measured round trips: a participant's commands come seconds apart, not back to back. */
const GAP_MS = 20;
const ROUNDS = 300;
const ROOM_SIZE = 30;

function sleep(millis: number): Promise<void> {
  return new Promise((done) => setTimeout(done, millis));
}

/** A durable SQLite commit (WAL, synchronous=FULL) of one small row, as the server writes an event. */
async function sqliteCommits(): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), "einklang-floor-"));
  const db = new BetterSqlite3(join(dir, "floor.sqlite"));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.exec("create table events (seq integer primary key, payload text not null)");
    const insert = db.prepare("insert into events (payload) values (?)");
    const payload = JSON.stringify({ type: "case.update", changes: { description: "x".repeat(200) } });
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      await sleep(GAP_MS);
      const started = performance.now();
      db.exec("begin");
      insert.run(payload);
      db.exec("commit");
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function connect(port: number, room: string): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${port}`, { transports: ["websocket"], forceNew: true, query: { room } });
  return new Promise((connected, failed) => {
    socket.once("connect", () => connected(socket));
    socket.once("connect_error", failed);
  });
}

/** Round trips through a bare socket.io server: ack to the sender, and arrival at all others of a room of 30. */
async function transport(): Promise<{ ack: number[]; spread: number[] }> {
  const server = fork(resolve(import.meta.dirname, "echoServer.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const port = await new Promise<number>((started) =>
      server.once("message", (m: { port: number }) => started(m.port)),
    );
    const sockets = await Promise.all(Array.from({ length: ROOM_SIZE }, () => connect(port, "floor")));
    const [sender, ...others] = sockets;
    if (!sender) throw new Error("no socket");
    const ack: number[] = [];
    const spread: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      await sleep(GAP_MS);
      let started = performance.now();
      await sender.emitWithAck("echo", { i });
      ack.push(performance.now() - started);
      await sleep(GAP_MS);
      started = performance.now();
      const arrivals = others.map(
        (socket) => new Promise<number>((arrived) => socket.once("spread", () => arrived(performance.now()))),
      );
      sender.emit("spread", { i });
      spread.push(Math.max(...(await Promise.all(arrivals))) - started);
    }
    for (const socket of sockets) socket.close();
    return { ack, spread };
  } finally {
    server.kill();
  }
}

/**
 * The floor on this machine: what a bare socket.io round trip and a bare
 * durable SQLite (and, with `postgresUrl`, PostgreSQL) commit cost with the
 * pauses real traffic has between messages (an idle machine answers slower
 * than a busy loop). The workshop's figures are read against these.
 */
export async function machineFloor(postgresUrl: string | undefined): Promise<ScenarioResult> {
  const commits = summarize(await sqliteCommits());
  const postgres = postgresUrl ? await postgresCommits(postgresUrl, ROUNDS, GAP_MS) : undefined;
  const single = postgres ? summarize(postgres.single) : undefined;
  const batch = postgres ? summarize(postgres.batch) : undefined;
  const { ack, spread } = await transport();
  const acks = summarize(ack);
  const spreads = summarize(spread);
  return {
    scenario: "floor",
    storage: "—",
    instances: 1,
    figures: [
      figure("bare socket.io ack p50", ms(acks.p50), "ms"),
      figure("bare socket.io → 29 others p50", ms(spreads.p50), "ms"),
      figure("bare socket.io → 29 others p99", ms(spreads.p99), "ms"),
      figure("bare durable SQLite commit p50", ms(commits.p50), "ms"),
      figure("bare durable SQLite commit p99", ms(commits.p99), "ms"),
      ...(single && batch
        ? [
            figure("bare durable PostgreSQL 1-row transaction p50", ms(single.p50), "ms"),
            figure("bare durable PostgreSQL 1-row transaction p99", ms(single.p99), "ms"),
            figure(`bare durable PostgreSQL ${BATCH_ROWS}-row transaction p50`, ms(batch.p50), "ms"),
            figure(`bare durable PostgreSQL ${BATCH_ROWS}-row transaction p99`, ms(batch.p99), "ms"),
          ]
        : []),
    ],
    notes: [
      `${ROUNDS} round trips each, ${GAP_MS} ms apart; the socket.io server in its own process, ` +
        `${ROOM_SIZE} clients in this one; SQLite in WAL with synchronous=FULL in a temp directory`,
      single
        ? `PostgreSQL: begin, one insert, commit over one connection with synchronous_commit on; ` +
          `the ${BATCH_ROWS} rows in one multi-row insert`
        : "PostgreSQL not measured (DATABASE_URL is not set)",
    ],
    details: { acks, spreads, commits, postgresSingle: single, postgresBatch: batch },
  };
}
