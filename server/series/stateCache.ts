import { apply } from "@common/domain/apply.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import type { SeriesReads } from "../storage/types.js";
import { HeldBytes } from "./heldBytes.js";

/** Every this many events a state is kept as a checkpoint, so older states are cheap to rebuild. */
const CHECKPOINT_EVERY = 50;
/** How many checkpoints are kept per series (immutable states share most of their structure). */
const CHECKPOINTS_KEPT = 12;

/** The cache's bound when none is configured (`EINKLANG_STATE_CACHE_MB`). */
export const STATE_CACHE_DEFAULT_BYTES = 256 * 1024 * 1024;

interface Entry {
  head: SeriesState;
  /** Older states by sequence number, ascending. */
  checkpoints: SeriesState[];
  /** The bytes of what `head` and `checkpoints` hold, shared objects once. */
  held: HeldBytes;
}

/**
 * Keeps recently used series states in memory. It is only a cache: every
 * read brings it up to the sequence number the database says, so any
 * instance can rebuild it and several instances can share one database.
 * Besides the newest state it keeps a few checkpoints, so that the state at a
 * recent older sequence number (a client's catch-up) costs a few folds, not a
 * replay of the whole history.
 *
 * It is bounded by bytes, not by a number of series: the states' JSON, each
 * object counted once however many kept states share it. Past the bound the
 * series used longest ago go first, whatever their size; the series just
 * used stays even when it alone is larger (else every command on it would
 * replay its history).
 */
export class StateCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = STATE_CACHE_DEFAULT_BYTES) {}

  /** The bytes the cache holds now (never above the bound, unless one series alone is larger). */
  heldBytes(): number {
    return this.bytes;
  }

  /** The series it holds, the one used longest ago first. */
  heldSeries(): string[] {
    return [...this.entries.keys()];
  }

  /** The series' state exactly as of `seq`, read through `reads` (which may be a transaction). */
  async stateAt(reads: SeriesReads, seriesId: string, seq: number): Promise<SeriesState> {
    const entry = this.entries.get(seriesId);
    if (entry?.head.seq === seq) return this.touch(seriesId, entry).head;
    const base = this.nearestBefore(entry, seq) ?? (await this.baseFromSnapshot(reads, seriesId, seq));
    let state = base;
    for (const event of await reads.eventsSince(seriesId, base.seq, seq)) {
      state = apply(state, event);
      if (state.seq % CHECKPOINT_EVERY === 0) this.checkpoint(state);
    }
    if (state.seq !== seq) throw new Error(`series ${seriesId}: events end at ${state.seq}, expected ${seq}`);
    return this.remember(state);
  }

  /** The series' current state, or null when there is no such series. */
  async current(reads: SeriesReads, seriesId: string): Promise<SeriesState | null> {
    const head = await reads.headSeq(seriesId);
    if (head === null) return null;
    return this.stateAt(reads, seriesId, head);
  }

  /** Keeps a state that was just committed (or rebuilt); an older one only as a checkpoint. */
  remember(state: SeriesState): SeriesState {
    if (state.seq % CHECKPOINT_EVERY === 0) this.checkpoint(state);
    const entry = this.entries.get(state.id);
    if (entry && entry.head.seq > state.seq) return state;
    if (entry) {
      this.measured(entry, () => entry.held.replace(entry.head, state));
      entry.head = state;
      this.touch(state.id, entry);
    } else {
      this.add(state, []);
    }
    this.evictBeyondBound();
    return state;
  }

  private add(head: SeriesState, checkpoints: SeriesState[]): void {
    const entry: Entry = { head, checkpoints, held: new HeldBytes() };
    this.measured(entry, () => {
      entry.held.hold(head);
      for (const checkpoint of checkpoints) entry.held.hold(checkpoint);
    });
    this.entries.set(head.id, entry);
  }

  /** Runs `change` on the entry's held states and keeps the cache's total in step. */
  private measured(entry: Entry, change: () => void): void {
    const before = entry.held.bytes;
    change();
    this.bytes += entry.held.bytes - before;
  }

  /** Drops the series used longest ago until the cache is within its bound (keeping the newest one). */
  private evictBeyondBound(): void {
    while (this.bytes > this.maxBytes && this.entries.size > 1) {
      const oldest = this.entries.entries().next();
      if (oldest.done) return;
      this.entries.delete(oldest.value[0]);
      this.bytes -= oldest.value[1].held.bytes;
    }
  }

  private checkpoint(state: SeriesState): void {
    const entry = this.entries.get(state.id);
    if (!entry) {
      this.add(state, [state]);
      this.evictBeyondBound();
      return;
    }
    if (entry.checkpoints.some((c) => c.seq === state.seq)) return;
    const sorted = [...entry.checkpoints, state].sort((a, b) => a.seq - b.seq);
    const kept = sorted.slice(-CHECKPOINTS_KEPT);
    this.measured(entry, () => {
      entry.held.hold(state);
      for (const dropped of sorted.slice(0, sorted.length - kept.length)) entry.held.release(dropped);
    });
    entry.checkpoints = kept;
  }

  /** The newest state held at or before `seq`: the head, or a checkpoint. */
  private nearestBefore(entry: Entry | undefined, seq: number): SeriesState | null {
    if (!entry) return null;
    if (entry.head.seq <= seq) return entry.head;
    const earlier = entry.checkpoints.filter((c) => c.seq <= seq);
    return earlier.at(-1) ?? null;
  }

  private touch(seriesId: string, entry: Entry): Entry {
    this.entries.delete(seriesId);
    this.entries.set(seriesId, entry);
    return entry;
  }

  private async baseFromSnapshot(reads: SeriesReads, seriesId: string, seq: number): Promise<SeriesState> {
    const snapshot = await reads.latestSnapshot(seriesId);
    if (snapshot && snapshot.seq <= seq) return snapshot.state;
    return emptySeries(seriesId);
  }
}
