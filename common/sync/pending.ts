import { apply, applyFitting, authorizeCommand, checkCommand, type SeriesEvent } from "../domain/apply.js";
import type { ClientCommand } from "../domain/commands.js";
import type { SeriesState } from "../domain/types.js";

/** A command applied optimistically and not yet acknowledged. */
export interface PendingCommand {
  id: string;
  actorId: string;
  command: ClientCommand;
  /** The server acknowledged it at this sequence number; it is kept until the state reaches it. */
  committedSeq?: number;
}

/**
 * The state a client shows: the confirmed state with its pending commands
 * applied on top, in order. Pending commands that no longer fit (their
 * target was removed meanwhile) are skipped; the server will reject them.
 */
export function optimisticView(
  confirmed: SeriesState,
  pending: readonly PendingCommand[],
  now: string = confirmed.createdAt,
): SeriesState {
  let view = confirmed;
  pending.forEach((p, index) => {
    if ((authorizeCommand(view, p.actorId, p.command) ?? checkCommand(view, p.command, p.actorId)) !== null) return;
    const event: SeriesEvent = {
      seq: confirmed.seq + index + 1,
      commandId: p.id,
      actorId: p.actorId,
      // The server stamps the commit time; until then the best guess is now (a timer started here runs at once).
      at: now,
      command: p.command,
    };
    // Checked just above, against this view: folding it needs no second check.
    view = applyFitting(view, event);
  });
  return view === confirmed ? confirmed : { ...view, seq: confirmed.seq };
}

/** Result of folding incoming events into a client's confirmed state. */
export interface Received {
  confirmed: SeriesState;
  pending: PendingCommand[];
  /** True when an event is missing before the batch: the client must sync. */
  gap: boolean;
}

/**
 * Folds committed events into the confirmed state, drops those already
 * seen, and removes the pending commands that came back committed.
 */
export function receiveEvents(
  confirmed: SeriesState,
  pending: readonly PendingCommand[],
  events: readonly SeriesEvent[],
): Received {
  let state = confirmed;
  const committed = new Set<string>();
  for (const event of events) {
    if (event.seq <= state.seq) continue;
    if (event.seq !== state.seq + 1) {
      return { confirmed: state, pending: pending.filter((p) => !committed.has(p.id)), gap: true };
    }
    state = apply(state, event);
    committed.add(event.commandId);
  }
  return { confirmed: state, pending: pending.filter((p) => !committed.has(p.id)), gap: false };
}
