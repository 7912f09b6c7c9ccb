import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** How many distinct SQL texts keep their prepared statement. */
const KEPT = 256;

/**
 * The SQLite database as Kysely sees it, with prepared statements kept per
 * SQL text: Kysely asks for a statement on every query, and preparing one
 * costs more than running the small queries of a command. Statements are only
 * run to completion here (`all`, `run`), never left half-iterated, so reusing
 * one is safe.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const known = kept.get(sql);
      if (known) {
        // Most recently used last: the oldest is the one to let go.
        kept.delete(sql);
        kept.set(sql, known);
        return known;
      }
      const statement = sqlite.prepare(sql);
      kept.set(sql, statement);
      if (kept.size > KEPT) {
        const oldest = kept.keys().next();
        if (!oldest.done) kept.delete(oldest.value);
      }
      return statement;
    },
  };
}
