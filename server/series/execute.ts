import { apply, checkCommand, type SeriesEvent } from "../../common/domain/apply.js";
import type { EventCommand } from "../../common/domain/commands.js";
import { ErrorCode, reject, type Rejection } from "../../common/errors.js";
import { LIMITS } from "../../common/limits.js";
import type { SeriesState } from "../../common/domain/types.js";
import type { Storage, SeriesTransaction } from "../storage/types.js";
import type { StateCache } from "./stateCache.js";

/** What executing a command came to. */
export type Execution =
  | { ok: true; event: SeriesEvent; duplicate: false }
  | { ok: true; seq: number; duplicate: true }
  | { ok: false; error: Rejection };

export interface ExecuteDeps {
  storage: Storage;
  cache: StateCache;
  now: () => Date;
  logError: (error: unknown) => void;
}

export interface CommandToExecute {
  seriesId: string;
  commandId: string;
  actorId: string;
  command: EventCommand;
  /** True only for `series.create`: the series row is made in the same transaction. */
  createsSeries?: boolean;
}

class Refused extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.message);
  }
}

class AlreadyApplied extends Error {
  constructor(readonly seq: number) {
    super("command already applied");
  }
}

/**
 * Applies one command in one transaction that also appends its event with
 * the series' next sequence number. Resolves only after the commit; a
 * retried command id resolves to its original sequence number.
 */
export async function executeCommand(deps: ExecuteDeps, input: CommandToExecute): Promise<Execution> {
  try {
    const { event, state } = await deps.storage.transaction((tx) => applyInTransaction(deps, tx, input));
    deps.cache.remember(state);
    return { ok: true, event, duplicate: false };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.rejection };
    if (error instanceof AlreadyApplied) return { ok: true, seq: error.seq, duplicate: true };
    const retried = await seqOfCommittedRetry(deps, input);
    if (retried !== null) return { ok: true, seq: retried, duplicate: true };
    deps.logError(error);
    return { ok: false, error: reject(ErrorCode.storageUnavailable, "the change could not be saved; try again") };
  }
}

async function applyInTransaction(
  deps: ExecuteDeps,
  tx: SeriesTransaction,
  input: CommandToExecute,
): Promise<{ event: SeriesEvent; state: SeriesState }> {
  const { seriesId, commandId, actorId, command } = input;
  const at = deps.now().toISOString();
  if (input.createsSeries) await tx.createSeries(seriesId, at);
  const seq = await tx.nextSeq(seriesId);
  if (seq === null) throw new Refused(reject(ErrorCode.unknownSeries, "series does not exist"));
  const earlier = await tx.findCommand(seriesId, commandId);
  if (earlier !== null) throw new AlreadyApplied(earlier);
  const state = await deps.cache.stateAt(tx, seriesId, seq - 1);
  const rejection = checkCommand(state, command, actorId);
  if (rejection) throw new Refused(rejection);
  const event: SeriesEvent = { seq, commandId, actorId, at, command };
  const next = apply(state, event);
  await tx.appendEvent(seriesId, event);
  if (seq % LIMITS.snapshotEvery === 0) await tx.saveSnapshot(seriesId, { seq, state: next });
  return { event, state: next };
}

/**
 * The same command id raced in from two connections: the loser's insert hit
 * the unique constraint. Then the winner's sequence number is the answer.
 */
async function seqOfCommittedRetry(deps: ExecuteDeps, input: CommandToExecute): Promise<number | null> {
  try {
    return await deps.storage.transaction((tx) => tx.findCommand(input.seriesId, input.commandId));
  } catch {
    return null;
  }
}
