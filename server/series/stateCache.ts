import { apply } from "../../common/domain/apply.js";
import { emptySeries, type SeriesState } from "../../common/domain/types.js";
import type { SeriesReads } from "../storage/types.js";

/** Every this many events a state is kept as a checkpoint, so older states are cheap to rebuild. */
const CHECKPOINT_EVERY = 50;
/** How many checkpoints are kept per series (immutable states share most of their structure). */
const CHECKPOINTS_KEPT = 12;

interface Entry {
  head: SeriesState;
  /** Older states by sequence number, ascending. */
  checkpoints: SeriesState[];
}

/**
 * Keeps recently used series states in memory. It is only a cache: every
 * read brings it up to the sequence number the database says, so any
 * instance can rebuild it and several instances can share one database.
 * Besides the newest state it keeps a few checkpoints, so that the state at a
 * recent older sequence number (a client's catch-up) costs a few folds, not a
 * replay of the whole history.
 */
export class StateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 500) {}

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
    this.entries.delete(state.id);
    this.entries.set(state.id, { head: state, checkpoints: entry?.checkpoints ?? [] });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return state;
  }

  private checkpoint(state: SeriesState): void {
    const entry = this.entries.get(state.id);
    if (!entry) {
      this.entries.set(state.id, { head: state, checkpoints: [state] });
      return;
    }
    if (entry.checkpoints.some((c) => c.seq === state.seq)) return;
    entry.checkpoints = [...entry.checkpoints, state].sort((a, b) => a.seq - b.seq).slice(-CHECKPOINTS_KEPT);
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
