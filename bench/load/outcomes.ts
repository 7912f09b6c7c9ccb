import { ErrorCode } from "@common/errors.js";
import type { CommandReply } from "@common/protocol.js";

/** How a load generator's commands ended: acked, refused by the rules, or failed. */
export interface Outcomes {
  sent: number;
  /** Commands sent, per command type: the mix the load really made. */
  byType: Record<string, number>;
  acked: number;
  /** Refused by the domain (a conflict, a limit): the protocol worked, the command did not fit. */
  rejected: Record<string, number>;
  /** Timeouts, storage errors, dropped connections: what the 0-errors target counts. */
  errors: Record<string, number>;
}

export function noOutcomes(): Outcomes {
  return { sent: 0, byType: {}, acked: 0, rejected: {}, errors: {} };
}

const FAILURES = new Set<string>([
  ErrorCode.storageUnavailable,
  ErrorCode.internal,
  ErrorCode.notJoined,
  ErrorCode.invalidMessage,
  ErrorCode.unknownSeries,
]);

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** Counts a command of `type` and its reply (or the error it threw). */
export function count(outcomes: Outcomes, type: string, reply: CommandReply | Error): void {
  outcomes.sent += 1;
  bump(outcomes.byType, type);
  if (reply instanceof Error) return bump(outcomes.errors, reply.message.slice(0, 60));
  if (reply.ok) {
    outcomes.acked += 1;
    return;
  }
  bump(FAILURES.has(reply.error.code) ? outcomes.errors : outcomes.rejected, reply.error.code);
}

/** Counts an error that is not a command's (a dropped connection, a failed setup step). */
export function countError(outcomes: Outcomes, what: string): void {
  bump(outcomes.errors, what);
}

/** Adds `more` into `into`. */
export function addOutcomes(into: Outcomes, more: Outcomes): Outcomes {
  into.sent += more.sent;
  into.acked += more.acked;
  for (const [key, n] of Object.entries(more.byType)) into.byType[key] = (into.byType[key] ?? 0) + n;
  for (const [key, n] of Object.entries(more.rejected)) into.rejected[key] = (into.rejected[key] ?? 0) + n;
  for (const [key, n] of Object.entries(more.errors)) into.errors[key] = (into.errors[key] ?? 0) + n;
  return into;
}

/** The number of errors of all kinds. */
export function total(record: Record<string, number>): number {
  return Object.values(record).reduce((sum, n) => sum + n, 0);
}
