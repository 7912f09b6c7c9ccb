import { EntityKind, fieldKey, type Agreement, type SeriesState, type StatusUpdate } from "../types.js";

/** What is new about an agreement since last time. */
export const AgreementNews = {
  /** It was made after the last session closed. */
  made: "made",
  /** Someone reported its status after the last session closed. */
  status: "status",
  /** Its text, level, due date, case, collision or outcome was edited after the last session closed. */
  edited: "edited",
} as const;
export type AgreementNews = (typeof AgreementNews)[keyof typeof AgreementNews];

/** The agreement fields whose last writer the state keeps (`agreement.update`). */
const EDITED_FIELDS = ["text", "level", "due", "caseId", "collisionId", "outcome"] as const;

/**
 * Where "last time" ended: the sequence number at which the series' most
 * recently closed session was closed (the highest `closedSeq`); null while no
 * session is closed, and then nothing counts as new. Einklang keeps no
 * attendance, so "last time" is the series' last meeting, the same for everyone.
 * A reopened session has no `closedSeq` and so does not count until closed again.
 */
export function lastSessionSeq(state: SeriesState): number | null {
  let last: number | null = null;
  for (const session of Object.values(state.sessions)) {
    if (session.closedSeq !== null && (last === null || session.closedSeq > last)) last = session.closedSeq;
  }
  return last;
}

/** Whether something written at `seq` by `by` is new to the viewer: after last time, and not the viewer's own. */
function newTo(seq: number, by: string, since: number | null, viewerId: string | null): boolean {
  return since !== null && seq > since && by !== viewerId;
}

/** Whether a status update is new to the viewer: posted after the last session closed, by someone else. */
export function isNewUpdate(update: StatusUpdate, since: number | null, viewerId: string | null): boolean {
  return newTo(update.seq, update.by, since, viewerId);
}

/**
 * What changed about an agreement since the last session closed, as the
 * viewer would want to be told: it was made, its status was reported, or a
 * field was edited — each only when someone other than the viewer did it.
 * Owner and goal links keep no writer in the state and so do not count.
 * Empty when nothing is new (always so before the first session closed).
 */
export function agreementNews(
  state: SeriesState,
  agreement: Agreement,
  viewerId: string | null,
  since: number | null = lastSessionSeq(state),
): AgreementNews[] {
  if (since === null) return [];
  const news: AgreementNews[] = [];
  if (newTo(agreement.createdSeq, agreement.createdBy, since, viewerId)) news.push(AgreementNews.made);
  if (agreement.updates.some((u) => isNewUpdate(u, since, viewerId))) news.push(AgreementNews.status);
  const edited = EDITED_FIELDS.some((field) => {
    const edit = state.edits[fieldKey(EntityKind.agreement, agreement.id, field)];
    return edit !== undefined && newTo(edit.seq, edit.by, since, viewerId);
  });
  if (edited) news.push(AgreementNews.edited);
  return news;
}
