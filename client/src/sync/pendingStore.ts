import type { PendingCommand } from "@common/sync/pending.js";
import { loadPending, savePending } from "./persistence.js";

/** Where a sync client keeps its unacknowledged commands between page loads. */
export interface PendingStore {
  load(): PendingCommand[];
  save(pending: readonly PendingCommand[]): void;
}

/** The browser's: localStorage, per series, so a reload keeps what was not yet saved. */
export function localPendingStore(seriesId: string): PendingStore {
  return {
    load: () => loadPending(seriesId),
    save: (pending) => savePending(seriesId, pending),
  };
}

/**
 * Kept in memory only: for a client outside the browser (tests, tools), where
 * a "reload" is a new client handed the same store.
 */
export function memoryPendingStore(initial: readonly PendingCommand[] = []): PendingStore {
  let kept: PendingCommand[] = [...initial];
  return {
    load: () => [...kept],
    save: (pending) => {
      kept = [...pending];
    },
  };
}
