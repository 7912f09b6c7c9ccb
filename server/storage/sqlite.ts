import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, type LogEvent } from "kysely";
import { kyselyStorage, migrate } from "./kyselyStorage.js";
import { withStatementCache } from "./statementCache.js";
import type { Database } from "./schema.js";
import { StorageKind, type Storage } from "./types.js";

/**
 * Opens (and migrates) the SQLite storage in `file`: WAL journal with
 * synchronous=FULL, so an acknowledged commit survives a crash or power loss.
 * `onStatement` hears of every statement run.
 */
export async function openSqliteStorage(file: string, onStatement?: (sql: string) => void): Promise<Storage> {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  assertDurable(sqlite);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    ...(onStatement ? { log: (event: LogEvent) => onStatement(event.query.sql) } : {}),
  });
  await migrate(db);
  return kyselyStorage(db, StorageKind.sqlite);
}

function assertDurable(sqlite: BetterSqlite3.Database): void {
  const journal = sqlite.pragma("journal_mode", { simple: true });
  const synchronous = sqlite.pragma("synchronous", { simple: true });
  // synchronous: 2 = FULL
  if (journal !== "wal" || synchronous !== 2) {
    sqlite.close();
    throw new Error(`SQLite is not durable (journal_mode=${String(journal)}, synchronous=${String(synchronous)})`);
  }
}
