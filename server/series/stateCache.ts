import { applyAll } from "../../common/domain/apply.js";
import { emptySeries, type SeriesState } from "../../common/domain/types.js";
import type { SeriesReads } from "../storage/types.js";

/**
 * Keeps recently used series states in memory. It is only a cache: every
 * read brings it up to the sequence number the database says, so any
 * instance can rebuild it and several instances can share one database.
 */
export class StateCache {
  private readonly states = new Map<string, SeriesState>();

  constructor(private readonly capacity = 500) {}

  /** The series' state exactly as of `seq`, read through `reads` (which may be a transaction). */
  async stateAt(reads: SeriesReads, seriesId: string, seq: number): Promise<SeriesState> {
    const cached = this.states.get(seriesId);
    if (cached && cached.seq === seq) return this.touch(cached);
    const base = cached && cached.seq < seq ? cached : await this.baseFromSnapshot(reads, seriesId, seq);
    const events = await reads.eventsSince(seriesId, base.seq, seq);
    const state = applyAll(base, events);
    if (state.seq !== seq) throw new Error(`series ${seriesId}: events end at ${state.seq}, expected ${seq}`);
    return this.remember(state);
  }

  /** The series' current state, or null when there is no such series. */
  async current(reads: SeriesReads, seriesId: string): Promise<SeriesState | null> {
    const head = await reads.headSeq(seriesId);
    if (head === null) return null;
    return this.stateAt(reads, seriesId, head);
  }

  /** Keeps a state that was just committed. */
  remember(state: SeriesState): SeriesState {
    const cached = this.states.get(state.id);
    if (cached && cached.seq > state.seq) return state;
    this.states.delete(state.id);
    this.states.set(state.id, state);
    if (this.states.size > this.capacity) {
      const oldest = this.states.keys().next();
      if (!oldest.done) this.states.delete(oldest.value);
    }
    return state;
  }

  private touch(state: SeriesState): SeriesState {
    this.states.delete(state.id);
    this.states.set(state.id, state);
    return state;
  }

  private async baseFromSnapshot(reads: SeriesReads, seriesId: string, seq: number): Promise<SeriesState> {
    const snapshot = await reads.latestSnapshot(seriesId);
    if (snapshot && snapshot.seq <= seq) return snapshot.state;
    return emptySeries(seriesId);
  }
}
