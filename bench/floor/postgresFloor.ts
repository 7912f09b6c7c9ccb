import pg from "pg";
import { freshPostgresDatabase } from "../../tests/support/services.js";

/** How many rows the batch floor writes in one statement (a busy group commit's size). */
export const BATCH_ROWS = 50;

function sleep(millis: number): Promise<void> {
  return new Promise((done) => setTimeout(done, millis));
}

/** Durations of the two durable PostgreSQL transactions the server's commits are read against. */
export interface PostgresFloor {
  /** begin, one single-row insert, commit. */
  single: number[];
  /** begin, one insert of `BATCH_ROWS` rows, commit. */
  batch: number[];
}

/**
 * Durable transactions (synchronous_commit on) on a fresh database of the
 * bench's PostgreSQL, over one connection, shaped like an event row: what a
 * command's commit cannot beat on this machine.
 */
export async function postgresCommits(baseUrl: string, rounds: number, gapMs: number): Promise<PostgresFloor> {
  const database = await freshPostgresDatabase(baseUrl);
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    await client.query("set synchronous_commit = on");
    await client.query(
      "create table events (series_id text, seq integer, payload text not null, primary key (series_id, seq))",
    );
    const payload = JSON.stringify({ type: "case.update", changes: { description: "x".repeat(200) } });
    const single: number[] = [];
    const batch: number[] = [];
    const values = Array.from({ length: BATCH_ROWS }, (_, i) => `($1, $${i + 2}, $${BATCH_ROWS + 2})`).join(", ");
    const insertBatch = `insert into events (series_id, seq, payload) values ${values}`;
    let seq = 0;
    for (let i = 0; i < rounds; i += 1) {
      await sleep(gapMs);
      let started = performance.now();
      await client.query("begin");
      await client.query("insert into events (series_id, seq, payload) values ($1, $2, $3)", [
        "one",
        (seq += 1),
        payload,
      ]);
      await client.query("commit");
      single.push(performance.now() - started);
      await sleep(gapMs);
      const seqs = Array.from({ length: BATCH_ROWS }, () => (seq += 1));
      started = performance.now();
      await client.query("begin");
      await client.query(insertBatch, ["batch", ...seqs, payload]);
      await client.query("commit");
      batch.push(performance.now() - started);
    }
    return { single, batch };
  } finally {
    await client.end().catch(() => undefined);
    await database.drop();
  }
}
