import { sql, type Transaction } from "kysely";
import { accessQueries } from "./accessQueries.js";
import { originQueries } from "./originQueries.js";
import { eventRow, reads } from "./seriesReads.js";
import type { Database, EventsTable } from "./schema.js";
import { StorageKind, type CommandClaim, type SeriesTransaction, type StoredSnapshot } from "./types.js";

/** A series whose row this transaction holds locked, with its head as kept in memory. */
interface Held {
  /** The head when the lock was taken: no stored event of the series has a higher seq. */
  lockedHead: number;
  /** The head as this transaction sees it (the numbers handed out so far). */
  head: number;
  /** The head the row holds in the database right now (written by a claim or a flush). */
  stored: number;
  accessGeneration: number;
}

/** An attempt (a command's savepoint), taken in the database only when it writes there. */
interface Frame {
  /** Heads at the start of the attempt, and of series first locked during it. */
  heads: Map<string, number>;
  /** Series first locked during the attempt. */
  locked: Set<string>;
  /** Buffered events at the start of the attempt. */
  events: number;
  savepoint: boolean;
}

/** The transaction with the extra step the storage needs before committing. */
export interface BufferedTransaction extends SeriesTransaction {
  /** Writes what is still buffered; called once before the commit. */
  flush(): Promise<void>;
}

/**
 * A transaction that costs a constant number of round trips per batch of
 * commands, whatever its size: `claim` locks every series of the batch and
 * reserves their numbers in one statement and looks up their command ids in
 * one more; sequence numbers are then handed out from memory; events and
 * heads are buffered and written in one multi-row insert and (only when some
 * command was refused) one update at the end. A command's attempt takes a
 * savepoint in the database only when it writes anything there directly
 * (a device, a snapshot): the common command writes nothing before the end.
 *
 * Everything that reads the database first writes what the read could see,
 * so a transaction reads its own writes as before.
 */
export function bufferedTransaction(trx: Transaction<Database>, kind: StorageKind): BufferedTransaction {
  const held = new Map<string, Held>();
  /** Command ids (series + id) looked up under the series' lock and found unused. */
  const unused = new Set<string>();
  let buffered: EventsTable[] = [];
  let frame: Frame | null = null;
  /** A statement failed where no savepoint could undo it: PostgreSQL would quietly roll back the commit. */
  let broken: unknown = null;
  /**
   * Series whose access generation in `held` is known to be current. Any
   * access write (a revocation raises the generation) or undone attempt makes
   * every cached one suspect: the next question reads it again.
   */
  const freshGenerations = new Set<string>();

  /** Every statement goes through here, so a failure no savepoint covers is known. */
  async function run<T>(statement: Promise<T>): Promise<T> {
    try {
      return await statement;
    } catch (error) {
      if (!frame?.savepoint) broken ??= error;
      throw error;
    }
  }

  // Reads too go through `run`: a failed read outside a savepoint aborts a PostgreSQL transaction as well.
  const base = throughRun(reads(trx), run);

  function hold(seriesId: string, head: number, stored: number, accessGeneration: number): Held {
    const entry: Held = { lockedHead: head, head, stored, accessGeneration };
    held.set(seriesId, entry);
    freshGenerations.add(seriesId);
    if (frame && !frame.heads.has(seriesId)) {
      frame.heads.set(seriesId, head);
      frame.locked.add(seriesId);
    }
    return entry;
  }

  async function writeEvents(rows: EventsTable[]): Promise<void> {
    if (rows.length === 0) return;
    await run(trx.insertInto("events").values(rows).execute());
    // Written, the ids are used: a retry of one in this batch is found in the database (a duplicate), not applied again.
    for (const row of rows) unused.delete(key(row.series_id, row.command_id));
  }

  /** Writes the heads that differ from the stored ones, in one statement. */
  async function writeHeads(target: (seriesId: string, entry: Held) => number): Promise<void> {
    const changed = [...held].flatMap(([id, entry]) => {
      const head = target(id, entry);
      return head === entry.stored ? [] : [{ id, entry, head }];
    });
    if (changed.length === 0) return;
    const cases = sql.join(
      changed.map((c) => sql`when ${c.id} then cast(${c.head} as integer)`),
      sql` `,
    );
    const ids = sql.join(changed.map((c) => c.id));
    await run(sql`update series set head_seq = case id ${cases} end where id in (${ids})`.execute(trx));
    for (const c of changed) c.entry.stored = c.head;
  }

  async function flush(): Promise<void> {
    if (broken !== null) throw new TransactionBroken(broken);
    const rows = buffered;
    buffered = [];
    if (frame) frame.events = 0;
    await writeEvents(rows);
    await writeHeads((_, entry) => entry.head);
  }

  /**
   * Before the first direct write of an attempt: what came before the
   * attempt goes to the database, then the savepoint is taken, so that
   * undoing the attempt undoes exactly its own writes.
   */
  async function beforeWrite(): Promise<void> {
    const open = frame;
    if (!open || open.savepoint) return;
    await writeEvents(buffered.slice(0, open.events));
    await writeHeads((id, entry) => open.heads.get(id) ?? entry.head);
    buffered = buffered.slice(open.events);
    open.events = 0;
    await savepoint(sql`savepoint attempt`.execute(trx));
    open.savepoint = true;
  }

  /** Before a read of the series' events: its buffered ones go first. */
  async function beforeRead(seriesId: string): Promise<void> {
    // Events are what these reads see; the head they do not read (headSeq answers from memory).
    if (!buffered.some((row) => row.series_id === seriesId)) return;
    await beforeWrite();
    await flush();
  }

  async function lock(seriesId: string): Promise<Held | null> {
    const known = held.get(seriesId);
    if (known) return known;
    let query = trx.selectFrom("series").select(["head_seq", "access_gen"]).where("id", "=", seriesId);
    // The lock the head's update takes anyway: inserting a row that refers to the series (a device) does not wait.
    if (kind === StorageKind.postgres) query = query.forNoKeyUpdate();
    const row = await run(query.executeTakeFirst());
    return row ? hold(seriesId, row.head_seq, row.head_seq, row.access_gen) : null;
  }

  function undoFrame(open: Frame): void {
    for (const [id, head] of open.heads) {
      const entry = held.get(id);
      if (!entry) continue;
      if (open.savepoint && open.locked.has(id)) {
        // The database let go of the lock with the savepoint: the next use takes it again.
        held.delete(id);
        continue;
      }
      entry.head = head;
      // Rolled back to the savepoint, the row holds what was written just before it.
      if (open.savepoint) entry.stored = head;
    }
    buffered = buffered.slice(0, open.events);
    freshGenerations.clear();
  }

  const tx: BufferedTransaction = {
    ...base,
    access: guarded(accessQueries(trx), beforeWrite, run, () => freshGenerations.clear()),
    origins: guarded(originQueries(trx), beforeWrite, run),
    async headSeq(seriesId) {
      const entry = held.get(seriesId);
      return entry ? entry.head : run(base.headSeq(seriesId));
    },
    async eventsSince(seriesId, afterSeq, upToSeq) {
      await beforeRead(seriesId);
      return run(base.eventsSince(seriesId, afterSeq, upToSeq));
    },
    async allForAll(seriesId, afterSeq, upToSeq) {
      await beforeRead(seriesId);
      return run(base.allForAll(seriesId, afterSeq, upToSeq));
    },
    async claim(commands, skipBusy = false) {
      const counts = new Map<string, number>();
      for (const c of commands) if (!held.has(c.seriesId)) counts.set(c.seriesId, (counts.get(c.seriesId) ?? 0) + 1);
      if (counts.size > 0) {
        for (const row of await run(claimHeads(trx, kind, counts, skipBusy))) {
          const reserved = counts.get(row.id) ?? 0;
          hold(row.id, row.head_seq - reserved, row.head_seq, row.access_gen);
        }
      }
      await lookUpCommands(commands.filter((c) => held.has(c.seriesId)));
      return new Set(commands.flatMap((c) => (held.has(c.seriesId) ? [c.seriesId] : [])));
    },
    async createSeries(seriesId, createdAt) {
      await beforeWrite();
      await run(trx.insertInto("series").values({ id: seriesId, created_at: createdAt, head_seq: 0 }).execute());
      // A new row's access generation is the column's default.
      hold(seriesId, 0, 0, 0);
    },
    async nextSeq(seriesId) {
      const entry = await lock(seriesId);
      if (!entry) return null;
      entry.head += 1;
      return entry.head;
    },
    async accessGeneration(seriesId) {
      const entry = held.get(seriesId);
      if (entry && freshGenerations.has(seriesId)) return entry.accessGeneration;
      const row = await run(
        trx.selectFrom("series").select("access_gen").where("id", "=", seriesId).executeTakeFirst(),
      );
      if (entry && row) {
        entry.accessGeneration = row.access_gen;
        freshGenerations.add(seriesId);
      }
      return row ? row.access_gen : null;
    },
    async findCommand(seriesId, commandId) {
      const mine = buffered.find((row) => row.series_id === seriesId && row.command_id === commandId);
      if (mine) return mine.seq;
      if (unused.has(key(seriesId, commandId))) return null;
      const row = await run(
        trx
          .selectFrom("events")
          .select("seq")
          .where("series_id", "=", seriesId)
          .where("command_id", "=", commandId)
          .executeTakeFirst(),
      );
      if (!row && held.has(seriesId)) unused.add(key(seriesId, commandId));
      return row ? row.seq : null;
    },
    async appendEvent(seriesId, event, forAll) {
      const row = eventRow(seriesId, event, forAll);
      const entry = held.get(seriesId);
      const clash = buffered.some(
        (other) => other.series_id === seriesId && (other.seq === row.seq || other.command_id === row.command_id),
      );
      if (clash) throw new Error(`series ${seriesId}: event ${row.seq} (${row.command_id}) is already written`);
      // Buffered only when the database cannot refuse it later: the series is locked, its number is
      // above every stored one, and its command id was looked up under the lock.
      if (entry && row.seq > entry.lockedHead && unused.has(key(seriesId, row.command_id))) {
        buffered.push(row);
        return;
      }
      await beforeWrite();
      await flush();
      await writeEvents([row]);
    },
    async saveSnapshot(seriesId, snapshot: StoredSnapshot) {
      await beforeWrite();
      const state = JSON.stringify(snapshot.state);
      await run(
        trx
          .insertInto("snapshots")
          .values({ series_id: seriesId, seq: snapshot.seq, state })
          .onConflict((oc) => oc.column("series_id").doUpdateSet({ seq: snapshot.seq, state }))
          .execute(),
      );
    },
    async attempt(work) {
      if (frame) throw new Error("attempts do not nest");
      const open: Frame = {
        heads: new Map([...held].map(([id, entry]) => [id, entry.head])),
        locked: new Set(),
        events: buffered.length,
        savepoint: false,
      };
      frame = open;
      let result;
      try {
        result = await work();
      } catch (error) {
        frame = null;
        if (broken !== null) throw new TransactionBroken(broken);
        if (open.savepoint) await undo(trx, error);
        undoFrame(open);
        throw error;
      }
      frame = null;
      if (open.savepoint) await savepoint(sql`release savepoint attempt`.execute(trx));
      return result;
    },
    flush,
  };

  /** One statement learns which command ids of locked series are already applied. */
  async function lookUpCommands(commands: readonly CommandClaim[]): Promise<void> {
    if (commands.length === 0) return;
    const rows = await run(
      trx
        .selectFrom("events")
        .select(["series_id", "command_id"])
        .where("series_id", "in", [...new Set(commands.map((c) => c.seriesId))])
        .where("command_id", "in", [...new Set(commands.map((c) => c.commandId))])
        .execute(),
    );
    const applied = new Set(rows.map((row) => key(row.series_id, row.command_id)));
    for (const c of commands) if (!applied.has(key(c.seriesId, c.commandId))) unused.add(key(c.seriesId, c.commandId));
  }

  return tx;
}

/**
 * Locks the series rows in id order (so two transactions never wait on each
 * other crosswise) and raises each head by the numbers reserved, in one
 * statement; returns the raised heads. With `skipBusy` the rows another
 * transaction holds are left out rather than waited for.
 */
async function claimHeads(
  trx: Transaction<Database>,
  kind: StorageKind,
  counts: ReadonlyMap<string, number>,
  skipBusy: boolean,
): Promise<{ id: string; head_seq: number; access_gen: number }[]> {
  const ids = sql.join([...counts.keys()]);
  const cases = sql.join(
    [...counts].map(([id, n]) => sql`when ${id} then cast(${n} as integer)`),
    sql` `,
  );
  if (kind === StorageKind.sqlite) {
    // One connection writes SQLite: the transaction holds the whole database.
    const result = await sql<{ id: string; head_seq: number; access_gen: number }>`
      update series set head_seq = head_seq + case id ${cases} end
      where id in (${ids}) returning id, head_seq, access_gen`.execute(trx);
    return result.rows;
  }
  const result = await sql<{ id: string; head_seq: number; access_gen: number }>`
    with locked as materialized (
      select id from series where id in (${ids}) order by id for no key update ${skipBusy ? sql`skip locked` : sql``}
    )
    update series set head_seq = series.head_seq + case series.id ${cases} end
    from locked where series.id = locked.id
    returning series.id, series.head_seq, series.access_gen`.execute(trx);
  return result.rows;
}

function key(seriesId: string, commandId: string): string {
  return `${seriesId}\u0000${commandId}`;
}

/**
 * Every method of `store` first runs `before` (the attempt's savepoint), its
 * statements through `run`, and then `after` (whatever it wrote may change
 * what is cached).
 */
function guarded<T extends object>(
  store: T,
  before: () => Promise<void>,
  run: (statement: Promise<unknown>) => Promise<unknown>,
  after: () => void = () => {},
): T {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await before();
        try {
          return await run(Promise.resolve(Reflect.apply(value, target, args)));
        } finally {
          after();
        }
      };
    },
  });
}

/** Every method of `store` with its statement run through `run`. */
function throughRun<T extends object>(store: T, run: (statement: Promise<unknown>) => Promise<unknown>): T {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => run(Promise.resolve(Reflect.apply(value, target, args)));
    },
  });
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
async function savepoint(statement: Promise<unknown>): Promise<void> {
  try {
    await statement;
  } catch (error) {
    throw new TransactionBroken(error);
  }
}
