import { emptySeries, type SeriesState } from "@common/domain/types.js";
import type { PendingCommand } from "@common/sync/pending.js";
import { docView, type SyncDoc } from "./docState.js";
import type { PendingStore } from "./pendingStore.js";

/**
 * The sync client's document: pending commands are written to their store
 * (localStorage in the browser) whenever they change, so a reload keeps
 * them, and the shown view is computed once per change.
 */
export class PersistedDoc {
  private current: SyncDoc;
  private saved: readonly PendingCommand[];
  private view: { of: SyncDoc; state: SeriesState } | null = null;

  constructor(
    seriesId: string,
    private readonly store: PendingStore,
  ) {
    const pending = store.load();
    this.current = { confirmed: emptySeries(seriesId), pending };
    this.saved = pending;
  }

  get doc(): SyncDoc {
    return this.current;
  }

  set doc(next: SyncDoc) {
    this.current = next;
    if (next.pending === this.saved) return;
    this.store.save(next.pending);
    this.saved = next.pending;
  }

  /** The confirmed state with the pending commands on top. */
  viewState(): SeriesState {
    if (this.view?.of !== this.current) this.view = { of: this.current, state: docView(this.current) };
    return this.view.state;
  }
}
