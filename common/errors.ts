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
  internal: "internal",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Why something was refused: a code for programs, a message for people (English). */
export interface Rejection {
  code: ErrorCode;
  message: string;
}

/** Builds a rejection. */
export function reject(code: ErrorCode, message: string): Rejection {
  return { code, message };
}
