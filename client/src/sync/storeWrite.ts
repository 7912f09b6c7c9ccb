import type { SeriesState } from "@common/domain/types.js";
import type { PresenceEntry } from "@common/protocol.js";
import type { PendingCommand } from "@common/sync/pending.js";
import type { MessageRef } from "../i18n/i18n.js";
import type { AppState, ConnectionStatus, DocumentPhase } from "../store/store.js";
import { withToasts } from "../store/toasts.js";

/** What the sync client knows at one moment, to be shown. */
export interface SyncSnapshot {
  seriesId: string;
  me: string;
  confirmedSeq: number;
  view: SeriesState;
  pending: readonly PendingCommand[];
  connection: ConnectionStatus;
  /** The server could not save the last changes just now; they are kept and sent again. */
  savingPaused: boolean;
  serverOffsetMs: number;
}

/** What changed besides the document. */
export interface SyncChange {
  phase?: DocumentPhase;
  toasts?: readonly MessageRef[];
  online?: readonly PresenceEntry[];
}

/**
 * The store state after one batch or answer: every slice the sync client
 * owns, written together so that components never see half an update.
 * Unchanged slices keep their identity and do not re-render anything.
 */
export function syncedState(state: AppState, now: SyncSnapshot, change: SyncChange): AppState {
  return {
    document: {
      seriesId: now.seriesId,
      me: now.me,
      phase: change.phase ?? state.document.phase,
      confirmedSeq: now.confirmedSeq,
      view: now.view,
      serverOffsetMs: now.serverOffsetMs,
    },
    pending: state.pending.commands === now.pending ? state.pending : { commands: now.pending },
    presence: change.online ? { online: change.online } : state.presence,
    ui: {
      ...state.ui,
      connection: now.connection,
      savingPaused: now.savingPaused,
      toasts: change.toasts?.length ? withToasts(state.ui.toasts, change.toasts) : state.ui.toasts,
    },
  };
}
