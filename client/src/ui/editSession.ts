/** Someone else's value that arrived while the field was being edited. */
export interface RemoteChange {
  value: string;
  /** Name of whoever wrote it, when known. */
  by: string | null;
}

/** The state of a field while it has focus. */
export interface EditSession {
  draft: string;
  /**
   * The document value the draft last took: when editing began, or someone
   * else's value taken since. Escape returns to it; a draft equal to it holds
   * nothing the person typed.
   */
  start: string;
  /** The document value this session last took into account. */
  seen: string;
  /** Values this session sent, oldest first: their echo is not someone else's change. */
  sent: readonly string[];
  conflict: RemoteChange | null;
}

/** A session starting on the field's current value. */
export function editingStarted(value: string, draft: string = value): EditSession {
  return { draft, start: value, seen: value, sent: [], conflict: null };
}

/** Whether the draft differs from the value it started from: only such a draft is ever written over someone else's. */
export function hasTyped(session: EditSession): boolean {
  return session.draft !== session.start;
}

/** Whether the person typed something the document does not hold yet (typing not yet sent). */
export function hasUnsentTyping(session: EditSession): boolean {
  return session.draft !== session.seen;
}

/** The session after taking the document's value as the draft, as if editing began on it. */
export function valueTaken(session: EditSession, value: string): EditSession {
  return { ...session, draft: value, start: value, seen: value, sent: [], conflict: null };
}

/**
 * The document value changed under an open session. Our own echo changes
 * nothing. A draft that holds nothing unsent takes the value at once (a
 * cursor resting in a field, or typing already shared, is no concurrent
 * edit); only typing of one's own that the others have not seen yet stays,
 * with a notice.
 */
export function remoteValueSeen(session: EditSession, value: string, by: string | null): EditSession {
  const ours = value === session.draft || session.sent.includes(value);
  if (ours) return { ...session, seen: value, conflict: value === session.draft ? null : session.conflict };
  if (!hasUnsentTyping(session)) return valueTaken(session, value);
  return { ...session, seen: value, conflict: { value, by } };
}
