import { randomUUID } from "node:crypto";
import { Migrator, sql, type Kysely, type MigrationProvider, type Transaction } from "kysely";
import { migrationProvider } from "./migrations.js";
import { accessQueries } from "./accessQueries.js";
import { calendarQueries } from "./calendarQueries.js";
import { mailQueries } from "./mailQueries.js";
import { originQueries } from "./originQueries.js";
import { webhookQueries } from "./webhookQueries.js";
import type { Database } from "./schema.js";
import { reads } from "./seriesReads.js";
import { bufferedTransaction } from "./seriesTransaction.js";
import { StorageKind, type Storage } from "./types.js";

export { TransactionBroken } from "./seriesTransaction.js";

/** Runs the migrations (the app's, unless others are given) to the latest version; throws when one fails. */
export async function migrate(db: Kysely<Database>, provider: MigrationProvider = migrationProvider): Promise<void> {
  // Migrations touch tables of their own and are built side by side: one numbered below
  // another that a database already ran still runs (in name order among those not run yet).
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
}

/** The storage over a Kysely database: the same queries for SQLite and PostgreSQL. */
export function kyselyStorage(db: Kysely<Database>, kind: StorageKind): Storage {
  return {
    kind,
    ...reads(db),
    access: accessQueries(db),
    origins: originQueries(db),
    mail: mailQueries(db, kind),
    calendar: calendarQueries(db, kind),
    mailTransaction: (work) => inTransaction(db, (trx) => work(mailQueries(trx, kind), accessQueries(trx))),
    webhooks: webhookQueries(db, kind),
    transaction: (work) =>
      inTransaction(db, async (trx) => {
        const tx = bufferedTransaction(trx, kind);
        const result = await work(tx);
        await tx.flush();
        return result;
      }),
    probeWrite: () =>
      inTransaction(db, async (trx) => {
        // A probe stuck behind a lock gives its connection back soon (the health check answers in 3 s anyway).
        if (kind === StorageKind.postgres) await sql`set local statement_timeout = 3000`.execute(trx);
        // An id no series can have (nanoids have no "~"), so the probe never meets a real row.
        const id = `~probe-${randomUUID()}`;
        await trx.insertInto("series").values({ id, created_at: new Date().toISOString(), head_seq: 0 }).execute();
        await trx.deleteFrom("series").where("id", "=", id).execute();
      }),
    close: () => db.destroy(),
  };
}

/**
 * Runs `work` in a transaction and commits it; rolls back when the work or the
 * commit fails, and then throws what failed. SQLite ends a transaction by
 * itself after a full disk or an I/O error, so the rollback may fail too
 * ("cannot rollback - no transaction is active"): that says nothing about why,
 * and must not take the place of the cause.
 */
async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const trx = await db.startTransaction().execute();
  let result: T;
  try {
    result = await work(trx);
    await trx.commit().execute();
  } catch (error) {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
  return result;
}
