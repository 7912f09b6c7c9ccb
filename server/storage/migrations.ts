import type { Kysely, Migration, MigrationProvider } from "kysely";

/** The one set of migrations, run at start on SQLite and PostgreSQL alike. */
const migrations: Record<string, Migration> = {
  "0001_events": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("series")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("head_seq", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("events")
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("command_id", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("events_pk", ["series_id", "seq"])
        .addUniqueConstraint("events_command_unique", ["series_id", "command_id"])
        .execute();
      await db.schema
        .createTable("snapshots")
        .addColumn("series_id", "text", (c) => c.primaryKey().references("series.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
