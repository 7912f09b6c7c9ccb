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

/** Whether the draft holds something the person typed (it differs from the value it started from). */
export function hasTyped(session: EditSession): boolean {
  return session.draft !== session.start;
}

/** The session after taking the document's value as the draft, as if editing began on it. */
export function valueTaken(session: EditSession, value: string): EditSession {
  return { ...session, draft: value, start: value, seen: value, sent: [], conflict: null };
}

/**
 * The document value changed under an open session. Our own echo changes
 * nothing; a field the person has not typed in takes the value at once (a
 * cursor resting in a field is no edit); only a draft of their own that
 * differs from it opens a notice and stays.
 */
export function remoteValueSeen(session: EditSession, value: string, by: string | null): EditSession {
  const ours = value === session.draft || session.sent.includes(value);
  if (ours) return { ...session, seen: value, conflict: value === session.draft ? null : session.conflict };
  if (!hasTyped(session)) return valueTaken(session, value);
  return { ...session, seen: value, conflict: { value, by } };
}
