import type { Committed } from "../series/broadcast.js";

/** Whether these committed events close a session (its post is then written without waiting for the timer). */
export function closesSession(committed: readonly Committed[]): boolean {
  return committed.some(({ before, after }) =>
    Object.values(after.sessions).some(
      (session) => session.closedSeq !== null && before.sessions[session.id]?.closedSeq === null,
    ),
  );
}
