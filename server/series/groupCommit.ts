import type { SeriesState } from "@common/domain/types.js";
import { TransactionBroken } from "../storage/kyselyStorage.js";
import type { CommandClaim, SeriesTransaction, Storage } from "../storage/types.js";
import type { Committed } from "./broadcast.js";

/** States made earlier in the same group transaction, by series: not committed yet, so not in the cache. */
export type WorkingStates = ReadonlyMap<string, SeriesState>;

/** One command's work inside a group transaction; it throws to refuse. */
export type CommandWork = (tx: SeriesTransaction, working: WorkingStates) => Promise<Committed>;

interface Waiting {
  seriesId: string;
  commandId: string;
  work: CommandWork;
  resolve: (committed: Committed) => void;
  reject: (error: unknown) => void;
  /** Set aside once because another transaction held its series: now it waits for the lock. */
  patient?: boolean;
}

type Outcome = { ok: true; committed: Committed } | { ok: false; error: unknown };

export interface GroupCommitOptions {
  /** Transactions that may run at once; a series always uses the same one. SQLite has one connection: 1. */
  lanes: number;
  /** At most this many commands share a transaction. */
  maxBatch: number;
}

/**
 * Commits commands that arrive close together in one transaction: each runs
 * in a savepoint of its own (a refused one undoes only itself), and every
 * one of them is answered only after the shared commit. Under load this
 * turns many durable commits (one disk flush each) into one; alone, a
 * command waits only for the end of the current event-loop turn.
 *
 * Commands of one series keep the order they came in; a transaction takes
 * series in id order, so two of them (on two instances) never wait on each
 * other's series crosswise. A transaction of several series does not wait
 * for one of them at all while holding the others: it leaves out the series
 * another instance holds, and those commands follow in a transaction of
 * their own that waits (so batches of two instances do not convoy).
 */
export class GroupCommit {
  private readonly queues: Waiting[][];
  private readonly draining: boolean[];

  constructor(
    private readonly storage: Storage,
    /** Called once per committed transaction, before anyone is answered, with its commands in commit order. */
    private readonly committed: (batch: readonly Committed[]) => void,
    private readonly logError: (error: unknown) => void,
    private readonly options: GroupCommitOptions = { lanes: 1, maxBatch: 64 },
  ) {
    this.queues = Array.from({ length: options.lanes }, () => []);
    this.draining = Array.from({ length: options.lanes }, () => false);
  }

  /** Runs `work` in the next transaction of its series' lane; resolves once that transaction committed. */
  submit({ seriesId, commandId }: CommandClaim, work: CommandWork): Promise<Committed> {
    return new Promise((resolve, reject) => {
      const lane = laneOf(seriesId, this.options.lanes);
      this.queues[lane]?.push({ seriesId, commandId, work, resolve, reject });
      if (this.draining[lane]) return;
      this.draining[lane] = true;
      // Whatever else arrived in this turn of the event loop joins the same transaction.
      setImmediate(() => void this.drain(lane));
    });
  }

  private async drain(lane: number): Promise<void> {
    const queue = this.queues[lane] ?? [];
    while (queue.length > 0) {
      // Commands set aside go first and alone: their transaction waits for their series.
      const patient = queue.findIndex((item) => !item.patient);
      const size = patient === 0 ? this.options.maxBatch : patient < 0 ? queue.length : patient;
      const batch = queue.splice(0, Math.min(size, this.options.maxBatch));
      try {
        const setAside = await this.commit(batch);
        for (const item of setAside) item.patient = true;
        queue.unshift(...setAside);
      } catch (error) {
        // Not expected (commit answers every command itself); if it happens, nobody waits forever.
        this.logError(error);
        for (const item of batch) item.reject(error);
      }
    }
    this.draining[lane] = false;
  }

  /** Commits the batch; returns the commands it set aside (their series were busy), in order. */
  private async commit(batch: Waiting[]): Promise<Waiting[]> {
    const [only] = batch;
    if (only && batch.length === 1) {
      await this.commitOne(only);
      return [];
    }
    const ordered = [...batch].sort((a, b) => (a.seriesId < b.seriesId ? -1 : a.seriesId > b.seriesId ? 1 : 0));
    // Waiting for a lock is harmless when the batch holds nothing else meanwhile.
    const skipBusy = !batch.some((item) => item.patient) && new Set(batch.map((item) => item.seriesId)).size > 1;
    const outcomes: Outcome[] = [];
    let run: Waiting[] = ordered;
    let setAside: Waiting[] = [];
    try {
      await this.storage.transaction(async (tx) => {
        // One round trip locks every series of the batch, one more finds retried command ids.
        const held = await tx.claim(
          ordered.map(({ seriesId, commandId }) => ({ seriesId, commandId })),
          skipBusy,
        );
        if (skipBusy) {
          // Also a series that does not exist yet (created by its command): it follows, waiting.
          setAside = batch.filter((item) => !held.has(item.seriesId));
          run = ordered.filter((item) => held.has(item.seriesId));
        }
        const working = new Map<string, SeriesState>();
        for (const item of run) outcomes.push(await this.attempt(tx, item, working));
      });
    } catch (error) {
      // Nothing of this transaction was committed.
      for (const item of ordered) item.reject(error);
      return [];
    }
    this.tell(outcomes.flatMap((o) => (o.ok ? [o.committed] : [])));
    run.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.committed);
      else item.reject(outcome ? outcome.error : new Error("command was not run"));
    });
    return setAside;
  }

  /** A command alone needs no savepoint: refusing it rolls back its own transaction. */
  private async commitOne(item: Waiting): Promise<void> {
    let committed: Committed;
    try {
      committed = await this.storage.transaction(async (tx) => {
        await tx.claim([{ seriesId: item.seriesId, commandId: item.commandId }]);
        return item.work(tx, new Map());
      });
    } catch (error) {
      item.reject(error);
      return;
    }
    this.tell([committed]);
    item.resolve(committed);
  }

  private tell(batch: readonly Committed[]): void {
    try {
      this.committed(batch);
    } catch (error) {
      // Telling the clients failed; what was committed stands, and they catch up by sequence number.
      this.logError(error);
    }
  }

  private async attempt(tx: SeriesTransaction, item: Waiting, working: Map<string, SeriesState>): Promise<Outcome> {
    try {
      const committed = await tx.attempt(() => item.work(tx, working));
      working.set(item.seriesId, committed.after);
      return { ok: true, committed };
    } catch (error) {
      // A savepoint that could not be undone leaves the transaction unknown: none of it may commit.
      if (error instanceof TransactionBroken) throw error;
      return { ok: false, error };
    }
  }
}

/** The lane of a series: a small stable hash of its id. */
function laneOf(seriesId: string, lanes: number): number {
  if (lanes <= 1) return 0;
  let hash = 0;
  for (let i = 0; i < seriesId.length; i += 1) hash = (hash * 31 + seriesId.charCodeAt(i)) >>> 0;
  return hash % lanes;
}
