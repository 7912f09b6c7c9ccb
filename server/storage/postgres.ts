import { Kysely, PostgresDialect, type LogEvent } from "kysely";
import pg from "pg";
import { kyselyStorage, migrate } from "./kyselyStorage.js";
import type { Database } from "./schema.js";
import { StorageKind, type Storage } from "./types.js";

/**
 * Opens (and migrates) the PostgreSQL storage at `connectionString`;
 * `onStatement` hears of every statement sent (each one a round trip).
 */
export async function openPostgresStorage(
  connectionString: string,
  onPoolError: (error: Error) => void = () => undefined,
  onStatement?: (sql: string) => void,
): Promise<Storage> {
  // Every wait is bounded: a lost connection or a stuck peer turns into an error for the
  // sender instead of a command (and a series' row lock) hanging for good.
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    keepAlive: true,
    options: "-c lock_timeout=10000 -c statement_timeout=15000 -c idle_in_transaction_session_timeout=20000",
  });
  // An idle client losing its connection must not crash the process.
  pool.on("error", onPoolError);
  pool.on("connect", (client) => {
    client.on("error", onPoolError);
    void client.query("SET synchronous_commit = on").catch(onPoolError);
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    ...(onStatement ? { log: (event: LogEvent) => onStatement(event.query.sql) } : {}),
  });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselyStorage(db, StorageKind.postgres);
}
