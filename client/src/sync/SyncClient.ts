import { nanoid } from "nanoid";
import { clientCommandSchema, type ClientCommand } from "@common/domain/commands.js";
import { ErrorCode, type Rejection } from "@common/errors.js";
import {
  PROTOCOL_VERSION,
  type CatchUpReply,
  type AccessReply,
  type AccessRequest,
  type CommandReply,
  type EventsMessage,
  type PresenceMessage,
} from "@common/protocol.js";
import type { PendingCommand } from "@common/sync/pending.js";
import type { SeriesEvent } from "@common/domain/apply.js";
import type { SeriesState } from "@common/domain/types.js";
import { TYPING_IDLE_MS } from "@common/domain/visibility/presence.js";
import type { MessageRef } from "../i18n/i18n.js";
import { closedSeries, ConnectionStatus, DocumentPhase, type AppStore } from "../store/store.js";
import { acknowledge, addPendingCommand, foldCatchUp, foldEvents, type Folded, type SyncDoc } from "./docState.js";
import { overwriteMessage, rejectionMessage, removalNotice } from "./notices.js";
import { showUndoToast } from "../store/toasts.js";
import { syncedState, type SyncChange } from "./storeWrite.js";
import { OneShot } from "./oneShot.js";
import { PersistedDoc } from "./persistedDoc.js";
import { localPendingStore, type PendingStore } from "./pendingStore.js";
import type { SyncActions } from "./actions.js";
import type { AnswerCallback, SyncTransport } from "./transport.js";
import { browserNetwork, type NetworkSignal } from "./network.js";

export interface SyncClientOptions {
  seriesId: string;
  personId: string;
  store: AppStore;
  transport: SyncTransport;
  network?: NetworkSignal;
  /** Where unacknowledged commands are kept; the browser's localStorage unless given. */
  pendingStore?: PendingStore;
  /** Makes command ids (retries reuse them); nanoid unless given. */
  newId?: () => string;
  /** Wait before asking again after the server could not answer `hello`. */
  helloRetryMs?: number;
  /** The server refused this device (its token was revoked): forget it. */
  onNoAccess?: () => void;
  /** How long to wait for the broadcast of events a presence message says exist, before asking for them. */
  behindGraceMs?: number;
}

/** Waits for events a presence message announced to arrive by broadcast (plus up to as much again, at random). */
const BEHIND_GRACE_MS = 1500;

/** Waits before sending again what the server could not save (doubling up to the last). */
const RESEND_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

/** A sync request that leaves a gap this many times in a row is given up until the next event. */
const MAX_SYNC_ROUNDS = 3;

/**
 * Owns the connection of one open series: keeps the confirmed state and the
 * pending commands, folds what the server sends, and writes the store once
 * per incoming batch or answer.
 */
export class SyncClient implements SyncActions {
  private readonly box: PersistedDoc;
  /** Counts connections and drops: answers from an earlier connection are ignored. */
  private epoch = 0;
  /** `hello` was answered on the current connection. */
  private ready = false;
  private everConnected = false;
  private syncing = false;
  private syncRounds = 0;
  /** A whole snapshot is owed: asked for while another sync was under way, or lost with a connection. Outlives connections. */
  private wholeWanted = false;
  /** A whole snapshot was asked for on this connection and not answered yet. */
  private wholeAsked = false;
  /** The highest sequence number any broadcast carried: events past a gap are dropped, and must be asked for. */
  private seenSeq = 0;
  private focus: string | null = null;
  private typing: string | null = null;
  private serverOffsetMs = 0;
  /** Broadcasts that arrived before `hello` was answered: folded in right after the answer. */
  private early: SeriesEvent[] = [];
  private disposed = false;
  private readonly helloRetry = new OneShot();
  private readonly resend = new OneShot();
  private readonly behind = new OneShot();
  private readonly typingIdle = new OneShot();
  /** The server could not save the last attempt: pending commands wait for the resend. */
  private savingPaused = false;
  private resendRound = 0;
  private stopNetwork: (() => void) | null = null;
  private readonly network: NetworkSignal;

  constructor(private readonly options: SyncClientOptions) {
    this.box = new PersistedDoc(options.seriesId, options.pendingStore ?? localPendingStore(options.seriesId));
    this.network = options.network ?? browserNetwork();
  }

  private get doc(): SyncDoc {
    return this.box.doc;
  }

  private set doc(next: SyncDoc) {
    this.box.doc = next;
  }

  /** The series as the server committed it, as far as this client has seen (the store shows it with pending commands on top). */
  get confirmed(): SeriesState {
    return this.doc.confirmed;
  }

  /** The commands sent or waiting to be sent, not yet acknowledged and folded in. */
  get pending(): readonly PendingCommand[] {
    return this.doc.pending;
  }

  /** Starts connecting and shows the series as loading. */
  start(): void {
    this.publish({ phase: DocumentPhase.loading, online: [] });
    this.stopNetwork = this.network.subscribe(() => this.publish({}));
    this.options.transport.open({
      connected: () => this.onConnected(),
      disconnected: () => this.onDisconnected(),
      connectFailed: () => this.onConnectFailed(),
      refused: () => this.noAccess(),
      events: (message) => this.onEvents(message),
      presence: (message) => this.onPresence(message),
    });
  }

  /** Closes the connection; the store shows no series afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.helloRetry.cancel();
    this.resend.cancel();
    this.behind.cancel();
    this.typingIdle.cancel();
    this.stopNetwork?.();
    this.options.transport.close();
    this.options.store.setState(closedSeries());
  }

  send(command: ClientCommand): void {
    if (this.disposed) return;
    if (!clientCommandSchema.safeParse(command).success) {
      this.publish({ toasts: [{ key: "toast.rejected.invalid" }] });
      return;
    }
    const pending: PendingCommand = { id: (this.options.newId ?? nanoid)(), actorId: this.options.personId, command };
    const before = this.options.store.getState().document.view;
    const removal = before && removalNotice(before, command);
    this.doc = addPendingCommand(this.doc, pending);
    this.publish({});
    if (removal) showUndoToast(this.options.store, removal.message, () => this.send(removal.undo));
    if (this.ready) this.emitCommand(pending);
  }

  setFocus(itemId: string | null): void {
    if (this.focus === itemId) return;
    this.focus = itemId;
    this.sendPresence();
  }

  setTyping(itemId: string | null): void {
    if (itemId === null) this.typingIdle.cancel();
    else this.typingIdle.schedule(TYPING_IDLE_MS, () => this.setTyping(null));
    if (this.typing === itemId) return;
    this.typing = itemId;
    this.sendPresence();
  }

  /** Asks the server about invite links (facilitators only); null when no answer came. */
  access(request: AccessRequest): Promise<AccessReply | null> {
    return new Promise((resolve) => {
      if (!this.ready || this.disposed) {
        resolve(null);
        return;
      }
      this.options.transport.access(request, (error, reply) => resolve(error || !reply ? null : reply));
    });
  }

  private sendPresence(): void {
    if (this.ready) this.options.transport.presence({ focus: this.focus, typing: this.typing });
  }

  /** Forgets the previous connection: its late answers are ignored from now on. */
  private newEpoch(): void {
    this.epoch += 1;
    this.ready = false;
    this.early = [];
    this.syncing = false;
    // A whole snapshot asked for and not answered is still owed: the next connection asks again.
    if (this.wholeAsked) this.wholeWanted = true;
    this.wholeAsked = false;
    this.everConnected = true;
    this.helloRetry.cancel();
  }

  private onConnected(): void {
    this.newEpoch();
    this.sayHello();
  }

  private onDisconnected(): void {
    this.newEpoch();
    this.publish({ online: [] });
  }

  private onConnectFailed(): void {
    this.everConnected = true;
    this.publish({});
  }

  private sayHello(): void {
    const { seriesId, transport } = this.options;
    const hello = { v: PROTOCOL_VERSION, seriesId, lastSeq: this.doc.confirmed.seq };
    transport.hello(
      hello,
      this.answered((reply) => this.onHelloReply(reply)),
    );
  }

  private onHelloReply(reply: CatchUpReply): void {
    if (!reply.ok) {
      this.onCatchUpRefused(reply.error);
      return;
    }
    this.ready = true;
    this.serverOffsetMs = reply.serverNow - Date.now();
    const toasts = this.fold(foldCatchUp(this.doc, reply, this.options.personId));
    // The server joins us to the series' room before it reads the catch-up, so an event committed
    // in between arrives as a broadcast ahead of this answer; already-seen ones are skipped.
    const early = this.early;
    this.early = [];
    if (early.length > 0) toasts.push(...this.fold(foldEvents(this.doc, early, this.options.personId)));
    this.publish({ phase: DocumentPhase.ready, toasts });
    if (this.wholeWanted) {
      this.wholeWanted = false;
      this.requestSync(true);
    }
    // The server handles one connection's messages in order: hello first, then every unacknowledged command.
    for (const pending of this.doc.pending) this.emitCommand(pending);
    this.sendPresence();
  }

  private onCatchUpRefused(error: Rejection): void {
    switch (error.code) {
      case ErrorCode.unknownSeries:
        this.stop(DocumentPhase.notFound);
        return;
      case ErrorCode.unsupportedVersion:
        this.stop(DocumentPhase.outdated);
        return;
      case ErrorCode.forbidden:
        this.noAccess();
        return;
      default:
        this.publish({ toasts: [{ key: "toast.syncFailed" }] });
        this.helloRetry.schedule(this.options.helloRetryMs ?? 3000, () => this.sayHello());
    }
  }

  private noAccess(): void {
    this.options.onNoAccess?.();
    this.stop(DocumentPhase.noAccess);
  }

  private stop(phase: DocumentPhase): void {
    this.helloRetry.cancel();
    this.ready = false;
    this.options.transport.close();
    this.publish({ phase, online: [] });
  }

  /** A message got no answer in time: the connection is broken, so build a new one. */
  private onUnanswered(): void {
    if (!this.options.transport.isConnected()) return;
    this.newEpoch();
    this.options.transport.reconnect();
  }

  /** Wraps an answer handler: answers from an earlier connection are dropped, a missing answer reconnects. */
  private answered<T>(handle: (reply: T) => void): AnswerCallback<T> {
    const epoch = this.epoch;
    return (error, reply) => {
      if (epoch !== this.epoch || this.disposed) return;
      if (error || reply === undefined) this.onUnanswered();
      else handle(reply);
    };
  }

  private emitCommand(pending: PendingCommand): void {
    const envelope = { id: pending.id, command: pending.command };
    this.options.transport.command(
      envelope,
      this.answered((reply) => this.onCommandReply(pending.id, reply)),
    );
  }

  private onCommandReply(commandId: string, reply: CommandReply): void {
    const result = acknowledge(this.doc, commandId, reply);
    this.doc = result.doc;
    const toasts = result.rejected ? [rejectionMessage(result.rejected.command.command, result.rejected.error)] : [];
    if (result.paused) this.pauseSaving();
    else if (reply.ok) this.resumeSaving();
    this.publish({ toasts });
    if (result.needsSync) this.requestSync();
  }

  /** Storage is away (or this client too fast): keep everything pending and send it again after a while. */
  private pauseSaving(): void {
    this.savingPaused = true;
    if (this.resend.isScheduled()) return;
    const delay = RESEND_DELAYS_MS[Math.min(this.resendRound, RESEND_DELAYS_MS.length - 1)] ?? 15000;
    this.resendRound += 1;
    this.resend.schedule(delay, () => {
      if (!this.ready || this.disposed) return;
      // The server answers commands it already has as duplicates, so resending all of them is safe.
      for (const pending of this.doc.pending) this.emitCommand(pending);
    });
  }

  private resumeSaving(): void {
    this.savingPaused = false;
    this.resendRound = 0;
  }

  private onEvents(message: EventsMessage): void {
    if (this.disposed) return;
    if (!this.ready) {
      this.early.push(...message.events);
      // What this client may see changed while it was catching up: start afresh once it has.
      if (message.resync) this.wholeWanted = true;
      return;
    }
    this.syncRounds = 0;
    for (const event of message.events) this.seenSeq = Math.max(this.seenSeq, event.seq);
    const toasts = this.fold(foldEvents(this.doc, message.events, this.options.personId));
    this.publish({ toasts });
    // What this client may see changed as a whole (an item became internal, its role changed): start afresh.
    if (message.resync) this.requestSync(true);
  }

  private onPresence(message: PresenceMessage): void {
    if (this.disposed) return;
    this.publish({ online: message.online });
    // Events not seen yet: usually their broadcast is on its way; if not (their instance stopped before
    // passing them on), ask. Spread out, so a room does not ask all at once.
    const { headSeq } = message;
    if (headSeq <= this.doc.confirmed.seq || this.behind.isScheduled()) return;
    const grace = this.options.behindGraceMs ?? BEHIND_GRACE_MS * (1 + Math.random());
    this.behind.schedule(grace, () => {
      if (!this.disposed && headSeq > this.doc.confirmed.seq) this.requestSync();
    });
  }

  private requestSync(whole = false): void {
    if (whole && this.syncing) {
      this.wholeWanted = true;
      return;
    }
    if (this.syncing || !this.ready) return;
    if (!whole && this.syncRounds >= MAX_SYNC_ROUNDS) return;
    this.syncing = true;
    this.syncRounds += 1;
    if (whole) this.wholeAsked = true;
    this.options.transport.sync(
      { lastSeq: whole ? 0 : this.doc.confirmed.seq },
      this.answered((reply) => this.onSyncReply(reply)),
    );
  }

  private onSyncReply(reply: CatchUpReply): void {
    this.syncing = false;
    this.wholeAsked = false;
    if (!reply.ok) {
      this.onCatchUpRefused(reply.error);
      return;
    }
    this.serverOffsetMs = reply.serverNow - Date.now();
    const toasts = this.fold(foldCatchUp(this.doc, reply, this.options.personId));
    this.publish({ toasts });
    // Broadcasts that came past a gap while this sync was under way were dropped; the answer may end before them.
    if (this.doc.confirmed.seq < this.seenSeq) this.requestSync();
    if (this.wholeWanted) {
      this.wholeWanted = false;
      this.requestSync(true);
    }
  }

  /** Takes folded events in and returns the notices they cause; a gap asks for the missing events. */
  private fold(folded: Folded): MessageRef[] {
    this.doc = folded.doc;
    if (folded.gap) this.requestSync();
    else this.syncRounds = 0;
    return folded.overwrites.map((o) => overwriteMessage(o, folded.doc.confirmed));
  }

  private connectionStatus(): ConnectionStatus {
    if (!this.network.isOnline()) return ConnectionStatus.offline;
    if (this.ready) return ConnectionStatus.online;
    return this.everConnected ? ConnectionStatus.reconnecting : ConnectionStatus.connecting;
  }

  /** Writes everything that may have changed to the store, in one update. */
  private publish(change: SyncChange): void {
    const { store, seriesId, personId } = this.options;
    const now = {
      seriesId,
      me: personId,
      confirmedSeq: this.doc.confirmed.seq,
      view: this.box.viewState(),
      pending: this.doc.pending,
      connection: this.connectionStatus(),
      savingPaused: this.savingPaused,
      serverOffsetMs: this.serverOffsetMs,
    };
    store.setState(syncedState(store.getState(), now, change), true);
  }
}
