import type { Better } from "../vocabulary.js";
import type { Agreement, Goal, SeriesState } from "../types.js";

/** The last KPI value measured for a goal: at which session, and how much. */
export interface MeasuredKpi {
  value: number;
  sessionId: string;
  /** The session's date (YYYY-MM-DD). */
  date: string;
}

/** What a reviewer needs to read a KPI value: the goal's KPI, its baseline and target, and the last value. */
export interface KpiContext {
  goalId: string;
  goalTitle: string;
  kpiName: string;
  kpiUnit: string;
  baseline: number | null;
  target: number | null;
  better: Better;
  last: MeasuredKpi | null;
}

/**
 * The KPI context of a review: for each goal the agreement is linked to that
 * has a KPI, its unit, baseline and target, and the last value recorded for
 * that goal in a review of an earlier session (of any agreement linked to it).
 */
export function kpiContextForReview(state: SeriesState, agreement: Agreement, sessionId: string): KpiContext[] {
  const session = state.sessions[sessionId];
  if (!session) return [];
  const goals = agreement.goalIds
    .map((goalId) => state.goals[goalId])
    .filter((goal): goal is Goal => goal !== undefined && goal.kpiName.trim() !== "");
  if (goals.length === 0) return [];
  const last = new Map<string, MeasuredKpi & { updatedSeq: number }>();
  for (const review of Object.values(state.reviews)) {
    if (review.kpiValue === null || review.sessionId === sessionId) continue;
    const measuredAt = state.sessions[review.sessionId];
    const measured = state.agreements[review.agreementId];
    if (!measuredAt || !measured || measuredAt.date > session.date) continue;
    for (const goalId of measured.goalIds) {
      const known = last.get(goalId);
      const later =
        !known ||
        measuredAt.date > known.date ||
        (measuredAt.date === known.date && review.updatedSeq > known.updatedSeq);
      if (later) {
        last.set(goalId, {
          value: review.kpiValue,
          sessionId: review.sessionId,
          date: measuredAt.date,
          updatedSeq: review.updatedSeq,
        });
      }
    }
  }
  return goals.map((goal) => {
    const measured = last.get(goal.id);
    return {
      goalId: goal.id,
      goalTitle: goal.title,
      kpiName: goal.kpiName,
      kpiUnit: goal.kpiUnit,
      baseline: goal.baseline,
      target: goal.target,
      better: goal.better,
      last: measured ? { value: measured.value, sessionId: measured.sessionId, date: measured.date } : null,
    };
  });
}
