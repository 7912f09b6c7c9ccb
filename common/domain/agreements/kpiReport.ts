import { reviewsOf } from "../rules/lineage.js";
import type { Agreement, Goal, SeriesState } from "../types.js";

/** Why a reported KPI value looks like a slip of the keyboard. */
export const KpiSurprise = { signFlipped: "sign_flipped", hundredfold: "hundredfold" } as const;
export type KpiSurprise = (typeof KpiSurprise)[keyof typeof KpiSurprise];

/** From this factor on a value counts as "a hundred times" the previous one. */
const HUNDREDFOLD = 50;

/** The goals an agreement's KPI reports count for: those linked to it that have a KPI, in the state. */
export function kpiGoalsOf(state: SeriesState, agreement: Agreement): Goal[] {
  return agreement.goalIds.flatMap((id) => {
    const goal = Object.hasOwn(state.goals, id) ? state.goals[id] : undefined;
    return goal && goal.kpiName.trim() !== "" ? [goal] : [];
  });
}

/**
 * The value a new report is compared with: the agreement's latest KPI value
 * (an owner's report or a review, whichever came last), else the baseline of
 * its first goal with a KPI; null when there is none.
 */
export function previousKpiValue(state: SeriesState, agreement: Agreement): number | null {
  const measured = [
    ...agreement.updates.map((u) => ({ value: u.kpiValue, seq: u.seq })),
    ...reviewsOf(state, agreement.id).map((r) => ({ value: r.kpiValue, seq: r.updatedSeq })),
  ].flatMap(({ value, seq }) => (typeof value === "number" ? [{ value, seq }] : []));
  const latest = measured.reduce<{ value: number; seq: number } | null>(
    (found, m) => (found === null || m.seq >= found.seq ? m : found),
    null,
  );
  if (latest !== null) return latest.value;
  return kpiGoalsOf(state, agreement).find((goal) => goal.baseline !== null)?.baseline ?? null;
}

/**
 * Whether a reported value is out of the plausible range of the previous one:
 * its sign flipped, or it is about a hundred times larger or smaller (a
 * percent typed as a fraction, two zeros too many: fifty times or more, since
 * the value itself moved too). Null when it looks plausible or there is
 * nothing to compare with.
 */
export function kpiSurprise(previous: number | null, value: number): KpiSurprise | null {
  if (previous === null || previous === 0 || value === 0) return null;
  if (Math.sign(previous) !== Math.sign(value)) return KpiSurprise.signFlipped;
  const ratio = Math.abs(value / previous);
  return ratio >= HUNDREDFOLD || ratio <= 1 / HUNDREDFOLD ? KpiSurprise.hundredfold : null;
}
