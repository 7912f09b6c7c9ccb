import type { SeriesEvent } from "@common/domain/apply.js";
import type { SeriesState } from "@common/domain/types.js";
import { isTransient, type Rejection } from "@common/errors.js";
import type { CatchUp, CommandReply } from "@common/protocol.js";
import { overwrittenEdits, type Overwrite } from "@common/sync/conflicts.js";
import { optimisticView, receiveEvents, type PendingCommand } from "@common/sync/pending.js";
import { assertNever } from "@common/domain/apply.js";

/** What the sync client knows of a series: the committed state and its own unacknowledged commands. */
export interface SyncDoc {
  confirmed: SeriesState;
  pending: readonly PendingCommand[];
}

/** The state to show; pending commands are stamped with the current time until the server stamps them. */
export function docView(doc: SyncDoc, now: Date = new Date()): SeriesState {
  return optimisticView(doc.confirmed, doc.pending, now.toISOString());
}

/** A command made locally: it is shown at once and kept until acknowledged. */
export function addPendingCommand(doc: SyncDoc, command: PendingCommand): SyncDoc {
  return { ...doc, pending: [...doc.pending, command] };
}

/** The outcome of folding committed events in. */
export interface Folded {
  doc: SyncDoc;
  /** Events are missing: ask the server for everything after `doc.confirmed.seq`. */
  gap: boolean;
  /** Fields this person wrote last that someone else's event replaced. */
  overwrites: Overwrite[];
}

/** Folds a batch of committed events; events already seen are skipped. */
export function foldEvents(doc: SyncDoc, events: readonly SeriesEvent[], me: string): Folded {
  const received = receiveEvents(doc.confirmed, doc.pending, events);
  const before = doc.confirmed.seq;
  const after = received.confirmed.seq;
  const seen = new Set<number>();
  const applied = events.filter((e) => {
    if (e.seq <= before || e.seq > after || seen.has(e.seq)) return false;
    seen.add(e.seq);
    return true;
  });
  return {
    doc: { confirmed: received.confirmed, pending: received.pending },
    gap: received.gap,
    overwrites: overwrittenEdits(doc.confirmed, applied, me),
  };
}

/**
 * Folds the answer to `hello` or `sync`. A snapshot replaces the confirmed
 * state and keeps the pending commands it does not hold as far as the client
 * knows (those acknowledged at or before it are done); after `hello` they are
 * resent, and the server answers those it already has as duplicates. A snapshot older than what was
 * folded meanwhile (a broadcast overtook the answer) counts as a gap, so the
 * events after it are asked for again.
 */
export function foldCatchUp(doc: SyncDoc, catchUp: CatchUp, me: string): Folded {
  switch (catchUp.kind) {
    case "events": {
      const folded = foldEvents(doc, catchUp.events, me);
      return { ...folded, gap: folded.gap || folded.doc.confirmed.seq < catchUp.headSeq };
    }
    case "snapshot": {
      const overtaken = catchUp.state.seq < doc.confirmed.seq;
      // A command acknowledged at or before the snapshot is in it: its event will not come on its own.
      const pending = doc.pending.filter((p) => p.committedSeq === undefined || p.committedSeq > catchUp.state.seq);
      const kept = pending.length === doc.pending.length ? doc.pending : pending;
      return { doc: { confirmed: catchUp.state, pending: kept }, gap: overtaken, overwrites: [] };
    }
    default:
      return assertNever(catchUp);
  }
}

/** The outcome of a command's acknowledgement. */
export interface Acknowledged {
  doc: SyncDoc;
  /** The command the server refused, with its reason. */
  rejected: { command: PendingCommand; error: Rejection } | null;
  /** The command was committed earlier, in an event this client has not seen. */
  needsSync: boolean;
  /** The server could not save it just now (storage away, rate limit): it stays pending and is sent again. */
  paused: boolean;
}

/**
 * Applies a command's reply. A refused command is dropped (the view rolls
 * back), unless the refusal was transient: then it is kept to be sent again.
 * An accepted one stays shown until its event is folded in, so the
 * item never flickers away between the ack and the event.
 */
export function acknowledge(doc: SyncDoc, commandId: string, reply: CommandReply): Acknowledged {
  const command = doc.pending.find((p) => p.id === commandId);
  if (!command) return { doc, rejected: null, needsSync: false, paused: false };
  if (!reply.ok && isTransient(reply.error.code)) return { doc, rejected: null, needsSync: false, paused: true };
  const without = { ...doc, pending: doc.pending.filter((p) => p.id !== commandId) };
  if (!reply.ok) return { doc: without, rejected: { command, error: reply.error }, needsSync: false, paused: false };
  if (reply.seq <= doc.confirmed.seq) return { doc: without, rejected: null, needsSync: false, paused: false };
  const committed = doc.pending.map((p) => (p.id === commandId ? { ...p, committedSeq: reply.seq } : p));
  return { doc: { ...doc, pending: committed }, rejected: null, needsSync: reply.duplicate, paused: false };
}
