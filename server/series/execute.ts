import { applyFitting, checkCommand, type SeriesEvent } from "@common/domain/apply.js";
import { authorizeCommand } from "@common/domain/authorize.js";
import { eventIsPublic } from "@common/domain/visibility/project.js";
import { isMineToRead } from "@common/domain/visibility/mine.js";
import { accessFollowsRoles } from "../access/roleLinks.js";
import type { EventCommand } from "@common/domain/commands.js";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { LIMITS } from "@common/limits.js";
import type { SeriesState } from "@common/domain/types.js";
import type { Storage, SeriesTransaction } from "../storage/types.js";
import { StorageKind } from "../storage/types.js";
import type { Committed } from "./broadcast.js";
import { GroupCommit, type WorkingStates } from "./groupCommit.js";
import { STATE_CACHE_DEFAULT_BYTES, StateCache } from "./stateCache.js";

/** What executing a command came to. */
export type Execution =
  | { ok: true; event: SeriesEvent; before: SeriesState; after: SeriesState; duplicate: false }
  | { ok: true; seq: number; duplicate: true }
  | { ok: false; error: Rejection };

export interface ExecuteDeps {
  storage: Storage;
  cache: StateCache;
  now: () => Date;
  logError: (error: unknown) => void;
  /** Commands that arrive close together share one transaction. */
  commits: GroupCommit;
  /** Sends committed events to the series' clients, in commit order; called after every commit, whichever path made it. */
  publish?: (seriesId: string, committed: readonly Committed[]) => void;
  /** Disconnects every connection in these rooms, on every instance; set once the live protocol is up. */
  cutOff?: (rooms: string[]) => void;
}

/** The parts of a server that execute commands: storage, state cache and group commit. */
export function executeDeps(
  storage: Storage,
  logError: (error: unknown) => void,
  now = () => new Date(),
  stateCacheBytes = STATE_CACHE_DEFAULT_BYTES,
): ExecuteDeps {
  const deps: ExecuteDeps = {
    storage,
    cache: new StateCache(stateCacheBytes),
    now,
    logError,
    commits: new GroupCommit(storage, (batch) => afterCommit(deps, batch), logError, {
      // SQLite writes through one connection; PostgreSQL commits several series' transactions at once.
      lanes: storage.kind === StorageKind.sqlite ? 1 : 4,
      maxBatch: 64,
    }),
  };
  return deps;
}

/** Keeps the committed states and tells the clients, one message per series. */
function afterCommit(deps: ExecuteDeps, batch: readonly Committed[]): void {
  const bySeries = new Map<string, Committed[]>();
  for (const committed of batch) {
    deps.cache.remember(committed.after);
    const list = bySeries.get(committed.after.id) ?? [];
    list.push(committed);
    bySeries.set(committed.after.id, list);
  }
  for (const [seriesId, list] of bySeries) {
    try {
      deps.publish?.(seriesId, list);
    } catch (error) {
      // The events are committed; this series' clients find the gap at their next event and catch up.
      deps.logError(error);
    }
  }
}

export interface CommandToExecute {
  seriesId: string;
  commandId: string;
  actorId: string;
  command: EventCommand;
  /** True only for `series.create` and `series.restore`: the series row is made in the same transaction. */
  createsSeries?: boolean;
  /** Issued by the server itself (creating or restoring a series, joining by invite): no role check. */
  trusted?: boolean;
  /** More writes that must commit together with the event (e.g. the joining person's device token). */
  alongside?: (tx: SeriesTransaction) => Promise<void>;
  /** The sending connection's device, for commands from a connection (see `DeviceCheck`). */
  device?: DeviceCheck;
}

/**
 * The device a command comes from. It is checked again inside the command's
 * transaction whenever the series' access generation moved since the last
 * check (something was revoked): a command queued before its device was
 * revoked is refused, at the cost of one extra read only after revocations.
 */
export interface DeviceCheck {
  deviceId: string;
  /** Limited to "My agreements": only status reports on the person's own agreements. */
  limited: boolean;
  createdBy: string | null;
  /** The access generation at which the device was last found live; null: not yet checked. */
  seen: { generation: number | null };
}

/** A command refused inside its transaction (by a check or by work done alongside it): nothing is written. */
export class Refused extends Error {
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
    const { event, before, after } = await deps.commits.submit(input, (tx, working) =>
      applyInTransaction(deps, tx, input, working),
    );
    return { ok: true, event, before, after, duplicate: false };
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
  working: WorkingStates,
): Promise<Committed> {
  const { seriesId, commandId, actorId, command } = input;
  const at = deps.now().toISOString();
  if (input.createsSeries) await tx.createSeries(seriesId, at);
  const seq = await tx.nextSeq(seriesId);
  if (seq === null) throw new Refused(reject(ErrorCode.unknownSeries, "series does not exist"));
  const earlier = await tx.findCommand(seriesId, commandId);
  if (earlier !== null) throw new AlreadyApplied(earlier);
  if (input.device) await checkDevice(tx, seriesId, input.device);
  const state = await stateBefore(deps, tx, working, seriesId, seq);
  const rejection = authorization(state, input) ?? checkCommand(state, command, actorId);
  if (rejection) throw new Refused(rejection);
  const event: SeriesEvent = { seq, commandId, actorId, at, command };
  // Checked just above, against this state: folding it needs no second check.
  const next = applyFitting(state, event);
  // The same decision the live broadcast makes: a catch-up over events that went to everyone as they are folds nothing.
  await tx.appendEvent(seriesId, event, eventIsPublic(event, state, next));
  if (input.alongside) await input.alongside(tx);
  if (command.type === "person.role" || command.type === "facilitation.handover") {
    await accessFollowsRoles(tx, state, next, at);
  }
  if (seq % LIMITS.snapshotEvery === 0) await tx.saveSnapshot(seriesId, { seq, state: next });
  return { event, before: state, after: next };
}

/**
 * The state a command at `seq` applies to: made earlier in this transaction,
 * or committed (through the cache). Never an uncommitted state read into the
 * cache: if the transaction failed, the cache would keep a state that is not.
 */
async function stateBefore(
  deps: ExecuteDeps,
  tx: SeriesTransaction,
  working: WorkingStates,
  seriesId: string,
  seq: number,
): Promise<SeriesState> {
  const held = working.get(seriesId);
  if (!held) return deps.cache.stateAt(tx, seriesId, seq - 1);
  if (held.seq !== seq - 1) throw new Error(`series ${seriesId}: working state at ${held.seq}, command at ${seq}`);
  return held;
}

/** Refuses the command when its device was revoked since it was last checked (see `DeviceCheck`). */
async function checkDevice(tx: SeriesTransaction, seriesId: string, device: DeviceCheck): Promise<void> {
  const generation = await tx.accessGeneration(seriesId);
  if (generation !== null && generation === device.seen.generation) return;
  if (!(await tx.access.deviceLive(device.deviceId))) {
    throw new Refused(reject(ErrorCode.forbidden, "this device has no access any more"));
  }
  device.seen.generation = generation;
}

/** A limited device reports on its person's own agreements, and does nothing else. */
function limitedRefusal(state: SeriesState, input: CommandToExecute, device: DeviceCheck): Rejection | null {
  const { command } = input;
  const refused = reject(ErrorCode.forbidden, "this link opens only My agreements: open it on your device first");
  if (command.type !== "agreement.status") return refused;
  const agreement = Object.hasOwn(state.agreements, command.agreementId)
    ? state.agreements[command.agreementId]
    : undefined;
  return agreement && isMineToRead(state, input.actorId, device.createdBy, agreement) ? null : refused;
}

/** Role, lock and visibility rules; commands the server issues itself are its own to vouch for. */
function authorization(state: SeriesState, input: CommandToExecute): Rejection | null {
  if (input.trusted) return null;
  const { command } = input;
  if (input.device?.limited) {
    const refusal = limitedRefusal(state, input, input.device);
    if (refusal) return refusal;
  }
  if (
    command.type === "series.create" ||
    command.type === "series.restore" ||
    command.type === "person.join" ||
    command.type === "hidden" ||
    command.type === "vote.counted"
  ) {
    return reject(ErrorCode.forbidden, "only the server issues this command");
  }
  return authorizeCommand(state, input.actorId, command);
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
