/** Someone else's value that arrived while the field was being edited. */
export interface RemoteChange {
  value: string;
  /** Name of whoever wrote it, when known. */
  by: string | null;
}

/** The state of a field while it has focus. */
export interface EditSession {
  draft: string;
  /** The value when editing began: Escape returns to it. */
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

/**
 * The document value changed under an open session. Our own echo changes
 * nothing; anything else leaves the draft alone and opens a notice.
 */
export function remoteValueSeen(session: EditSession, value: string, by: string | null): EditSession {
  const ours = value === session.draft || session.sent.includes(value);
  if (ours) return { ...session, seen: value, conflict: value === session.draft ? null : session.conflict };
  return { ...session, seen: value, conflict: { value, by } };
}
