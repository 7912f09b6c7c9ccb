import { randomUUID } from "node:crypto";
import { Migrator, sql, type Kysely, type Transaction } from "kysely";
import type { SeriesEvent } from "../../common/domain/apply.js";
import type { EventCommand } from "../../common/domain/commands.js";
import type { SeriesState } from "../../common/domain/types.js";
import { migrationProvider } from "./migrations.js";
import { accessQueries } from "./accessQueries.js";
import { originQueries } from "./originQueries.js";
import type { Database, EventsTable } from "./schema.js";
import { StorageKind, type SeriesReads, type SeriesTransaction, type Storage, type StoredSnapshot } from "./types.js";

/** Runs the migrations to the latest version; throws when one fails. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
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
    transaction: (work) => inTransaction(db, (trx) => work(transactionOf(trx))),
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

function reads(db: Kysely<Database>): SeriesReads {
  return {
    async headSeq(seriesId) {
      const row = await db.selectFrom("series").select("head_seq").where("id", "=", seriesId).executeTakeFirst();
      return row ? row.head_seq : null;
    },
    async eventsSince(seriesId, afterSeq, upToSeq) {
      let query = db
        .selectFrom("events")
        .selectAll()
        .where("series_id", "=", seriesId)
        .where("seq", ">", afterSeq)
        .orderBy("seq");
      if (upToSeq !== undefined) query = query.where("seq", "<=", upToSeq);
      const rows = await query.execute();
      return rows.map(eventFromRow);
    },
    async allForAll(seriesId, afterSeq, upToSeq) {
      const row = await db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll<number | string>().as("projected"))
        .where("series_id", "=", seriesId)
        .where("seq", ">", afterSeq)
        .where("seq", "<=", upToSeq)
        .where((eb) => eb.or([eb("for_all", "is", null), eb("for_all", "=", 0)]))
        .executeTakeFirst();
      return Number(row?.projected ?? 1) === 0;
    },
    async latestSnapshot(seriesId) {
      const row = await db
        .selectFrom("snapshots")
        .select(["seq", "state"])
        .where("series_id", "=", seriesId)
        .executeTakeFirst();
      if (!row) return null;
      const state: SeriesState = JSON.parse(row.state);
      return { seq: row.seq, state };
    },
  };
}

function transactionOf(trx: Transaction<Database>): SeriesTransaction {
  // Read along with the sequence number (same row, same statement): a command learns for free
  // whether anything was revoked in its series since its connection last checked its device.
  const generations = new Map<string, number>();
  return {
    ...reads(trx),
    access: accessQueries(trx),
    origins: originQueries(trx),
    async createSeries(seriesId, createdAt) {
      await trx.insertInto("series").values({ id: seriesId, created_at: createdAt, head_seq: 0 }).execute();
    },
    async nextSeq(seriesId) {
      const row = await trx
        .updateTable("series")
        .set((eb) => ({ head_seq: eb("head_seq", "+", 1) }))
        .where("id", "=", seriesId)
        .returning(["head_seq", "access_gen"])
        .executeTakeFirst();
      if (!row) return null;
      generations.set(seriesId, row.access_gen);
      return row.head_seq;
    },
    async accessGeneration(seriesId) {
      const known = generations.get(seriesId);
      if (known !== undefined) return known;
      const row = await trx.selectFrom("series").select("access_gen").where("id", "=", seriesId).executeTakeFirst();
      return row ? row.access_gen : null;
    },
    async findCommand(seriesId, commandId) {
      const row = await trx
        .selectFrom("events")
        .select("seq")
        .where("series_id", "=", seriesId)
        .where("command_id", "=", commandId)
        .executeTakeFirst();
      return row ? row.seq : null;
    },
    async appendEvent(seriesId, event, forAll) {
      await trx
        .insertInto("events")
        .values({
          series_id: seriesId,
          seq: event.seq,
          command_id: event.commandId,
          actor_id: event.actorId,
          type: event.command.type,
          at: event.at,
          payload: JSON.stringify(event.command),
          for_all: forAll === undefined ? null : forAll ? 1 : 0,
        })
        .execute();
    },
    async attempt(work) {
      // On PostgreSQL a failed statement aborts the transaction, and COMMIT then quietly rolls it back:
      // every savepoint statement that fails breaks the whole transaction, never just one command.
      await settled(sql`savepoint attempt`.execute(trx));
      let result;
      try {
        result = await work();
      } catch (error) {
        await undo(trx, error);
        throw error;
      }
      await settled(sql`release savepoint attempt`.execute(trx));
      return result;
    },
    async saveSnapshot(seriesId, snapshot: StoredSnapshot) {
      const state = JSON.stringify(snapshot.state);
      await trx
        .insertInto("snapshots")
        .values({ series_id: seriesId, seq: snapshot.seq, state })
        .onConflict((oc) => oc.column("series_id").doUpdateSet({ seq: snapshot.seq, state }))
        .execute();
    },
  };
}

/** Thrown when a savepoint could not be rolled back: the transaction is in an unknown state and must not commit. */
export class TransactionBroken extends Error {
  constructor(readonly reason: unknown) {
    // The reason in the message too: a log line must say why (a full disk, a lost connection).
    super(`a savepoint could not be rolled back: ${reason instanceof Error ? reason.message : String(reason)}`, {
      cause: reason,
    });
  }
}

/** Undoes the savepoint after `cause` failed; when that fails too, the transaction is broken because of `cause`. */
async function undo(trx: Transaction<Database>, cause: unknown): Promise<void> {
  try {
    await sql`rollback to savepoint attempt`.execute(trx);
    await sql`release savepoint attempt`.execute(trx);
  } catch {
    // SQLite rolls the whole transaction back after a full disk, so the savepoint is gone ("no such
    // savepoint"): what broke the transaction is the work's own error.
    throw new TransactionBroken(cause);
  }
}

/** A savepoint statement that fails breaks the transaction. */
async function settled(statement: Promise<unknown>): Promise<void> {
  try {
    await statement;
  } catch (error) {
    throw new TransactionBroken(error);
  }
}

function eventFromRow(row: EventsTable): SeriesEvent {
  const command: EventCommand = JSON.parse(row.payload);
  return { seq: row.seq, commandId: row.command_id, actorId: row.actor_id, at: row.at, command };
}
