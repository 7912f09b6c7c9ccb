import { sessionsInOrder } from "../domain/rules/sessions.js";
import type { SeriesState } from "../domain/types.js";
import { ChangeKind } from "../domain/vocabulary.js";

/** How many agreements of a session aim at each kind of change; `none` counts those not tagged. */
export type ChangeKindCounts = Record<ChangeKind | "none", number>;

/** One session's mix of kinds of change. */
export interface ChangeKindMixRow {
  sessionId: string;
  date: string;
  counts: ChangeKindCounts;
}

function noCounts(): ChangeKindCounts {
  return { scale: 0, optimize: 0, redesign: 0, none: 0 };
}

/**
 * The mix of kinds of change per session: how many of the agreements made in
 * each session aim to scale, optimize or redesign (and how many say nothing),
 * in session order. Sessions that made no agreement are left out, and so are
 * agreements made between sessions.
 */
export function changeKindMix(state: SeriesState): ChangeKindMixRow[] {
  const bySession = new Map<string, ChangeKindCounts>();
  for (const agreement of Object.values(state.agreements)) {
    if (agreement.sessionId === null) continue;
    const counts = bySession.get(agreement.sessionId) ?? noCounts();
    counts[agreement.changeKind ?? "none"] += 1;
    bySession.set(agreement.sessionId, counts);
  }
  return sessionsInOrder(state).flatMap((session) => {
    const counts = bySession.get(session.id);
    return counts ? [{ sessionId: session.id, date: session.date, counts }] : [];
  });
}
