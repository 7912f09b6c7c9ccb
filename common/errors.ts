/** Machine-readable reasons a command or message is refused. */
export const ErrorCode = {
  invalidMessage: "invalid_message",
  unsupportedVersion: "unsupported_version",
  notJoined: "not_joined",
  /** The person's role does not allow it. */
  forbidden: "forbidden",
  /** The facilitator locked the board or the current phase. */
  locked: "locked",
  unknownSeries: "unknown_series",
  notFound: "not_found",
  duplicateId: "duplicate_id",
  limitExceeded: "limit_exceeded",
  conflict: "conflict",
  storageUnavailable: "storage_unavailable",
  /** The sender sent more than its rate allows; it may try again shortly. */
  rateLimited: "rate_limited",
  internal: "internal",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Refusals that say nothing about the command itself: storage could not take
 * it just now, or the sender went over its rate. The command is kept and
 * sent again later, not rolled back.
 */
export function isTransient(code: ErrorCode): boolean {
  return code === ErrorCode.storageUnavailable || code === ErrorCode.rateLimited;
}

/** Why something was refused: a code for programs, a message for people (English). */
export interface Rejection {
  code: ErrorCode;
  message: string;
}

/** Builds a rejection. */
export function reject(code: ErrorCode, message: string): Rejection {
  return { code, message };
}
