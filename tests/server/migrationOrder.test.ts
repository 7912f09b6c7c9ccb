import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, sql, SqliteDialect, type Migration } from "kysely";
import { describe, expect, it } from "vitest";
import { migrate } from "../../server/storage/kyselyStorage.js";
import { migrationProvider } from "../../server/storage/migrations.js";
import type { Database } from "../../server/storage/schema.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";

describe("migrations built side by side", () => {
  it("runs one numbered below another that the database already ran", async () => {
    const dir = mkdtempSync(join(tmpdir(), "einklang-migrations-"));
    const file = join(dir, "einklang.sqlite");
    try {
      const storage = await openSqliteStorage(file);
      await storage.close();
      const known = await migrationProvider.getMigrations();
      const below: Migration = {
        async up(db) {
          await db.schema
            .createTable("side_by_side")
            .addColumn("id", "text", (c) => c.primaryKey())
            .execute();
        },
      };
      const last = Object.keys(known).sort().at(-1) ?? "";
      // A name that sorts before the newest migration already run, as a branch's "0009_…" does next to "0010_…".
      const name = `${last.slice(0, 4)}_`.replace(/\d{4}/, (n) => String(Number(n) - 1).padStart(4, "0"));
      const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
      try {
        await migrate(db, { getMigrations: () => Promise.resolve({ ...known, [`${name}side_by_side`]: below }) });
        const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
        expect(tables.rows.map((row) => row.name)).toEqual(expect.arrayContaining(["side_by_side", "webhooks"]));
      } finally {
        await db.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
