import { createStore, type StoreApi } from "zustand/vanilla";
import type { PresenceEntry } from "@common/protocol.js";
import type { SeriesState } from "@common/domain/types.js";
import type { PendingCommand } from "@common/sync/pending.js";
import { Language, type MessageRef } from "../i18n/i18n.js";

/** Where the open series stands, from the client's point of view. */
export const DocumentPhase = {
  /** No series is open. */
  idle: "idle",
  /** Waiting for the first reply to `hello`. */
  loading: "loading",
  ready: "ready",
  notFound: "not_found",
  /** The server speaks another protocol version: the page must be reloaded. */
  outdated: "outdated",
  /** This device has no (more) access to the series: no device token, or it was revoked. */
  noAccess: "no_access",
} as const;
export type DocumentPhase = (typeof DocumentPhase)[keyof typeof DocumentPhase];

export const ConnectionStatus = {
  connecting: "connecting",
  online: "online",
  reconnecting: "reconnecting",
  offline: "offline",
} as const;
export type ConnectionStatus = (typeof ConnectionStatus)[keyof typeof ConnectionStatus];

/** The series as shown: confirmed state with the pending commands on top. */
export interface DocumentSlice {
  seriesId: string | null;
  /** This device's person id in the open series. */
  me: string | null;
  phase: DocumentPhase;
  confirmedSeq: number;
  view: SeriesState | null;
  /** The server's clock minus this device's, in ms (for timers). */
  serverOffsetMs: number;
}

export interface PendingSlice {
  commands: readonly PendingCommand[];
}

export interface PresenceSlice {
  online: readonly PresenceEntry[];
}

export interface Toast {
  id: string;
  message: MessageRef;
  /**
   * What "Rückgängig" does: restores the removed item, offered to whoever removed it. The sync
   * client that sent the removal makes it (the notices are shown outside any one series' page).
   */
  undo?: () => void;
}

export interface UiSlice {
  language: Language;
  connection: ConnectionStatus;
  /** Changes could not be saved just now (the server's storage is away): they are kept and retried. */
  savingPaused: boolean;
  toasts: readonly Toast[];
}

/** Everything the UI renders from. */
export interface AppState {
  document: DocumentSlice;
  pending: PendingSlice;
  presence: PresenceSlice;
  ui: UiSlice;
}

export type AppStore = StoreApi<AppState>;

/** The document, pending and presence slices with no series open. */
export function closedSeries(): Pick<AppState, "document" | "pending" | "presence"> {
  return {
    document: { seriesId: null, me: null, phase: DocumentPhase.idle, confirmedSeq: 0, view: null, serverOffsetMs: 0 },
    pending: { commands: [] },
    presence: { online: [] },
  };
}

/** A fresh store; the app uses one, tests make their own. */
export function createAppStore(language: Language = Language.de): AppStore {
  return createStore<AppState>()(() => ({
    ...closedSeries(),
    ui: { language, connection: ConnectionStatus.connecting, savingPaused: false, toasts: [] },
  }));
}
