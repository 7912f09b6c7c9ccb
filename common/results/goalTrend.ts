import { sessionsInOrder } from "../domain/rules/sessions.js";
import type { Agreement, Goal, SeriesState } from "../domain/types.js";
import { Better } from "../domain/vocabulary.js";

/** Where a goal's KPI stands against its plan. */
export const GoalTrendStatus = {
  reached: "reached",
  onTrack: "on_track",
  behind: "behind",
  /** Nothing measured yet. */
  noValues: "no_values",
  /** Measured, but without baseline, target or horizon there is no plan to compare with. */
  noPlan: "no_plan",
} as const;
export type GoalTrendStatus = (typeof GoalTrendStatus)[keyof typeof GoalTrendStatus];

/** Where a measured KPI value comes from: a review at a session, or an owner's report between sessions. */
export const KpiSource = { review: "review", interim: "interim" } as const;
export type KpiSource = (typeof KpiSource)[keyof typeof KpiSource];

/** One measured KPI value: recorded in a review at a session or reported by an owner, for an agreement linked to the goal. */
export interface GoalTrendValue {
  value: number;
  /** The session's date, or the day of the owner's report (YYYY-MM-DD). */
  date: string;
  source: KpiSource;
  /** The session of a review; null for an owner's report. */
  sessionId: string | null;
  /** The name of who reported it between sessions ("" when the state does not know them); null for a review. */
  reportedBy: string | null;
  agreementId: string;
  agreementText: string;
  /** What the plan expected on that date; null without a plan. */
  expected: number | null;
}

/** A goal's KPI over time: baseline → each measured value → target, and where it stands. */
export interface GoalTrend {
  goalId: string;
  title: string;
  kpiName: string;
  kpiUnit: string;
  better: Better;
  baseline: number | null;
  /** When the baseline holds: the series' first session (YYYY-MM-DD); null without sessions. */
  baselineDate: string | null;
  target: number | null;
  /** YYYY-MM-DD or "". */
  horizon: string;
  values: GoalTrendValue[];
  latest: GoalTrendValue | null;
  status: GoalTrendStatus;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

interface Plan {
  baseline: number;
  target: number;
  from: string;
  until: string;
}

function planOf(goal: Goal, baselineDate: string | null): Plan | null {
  if (goal.baseline === null || goal.target === null || goal.horizon === "" || baselineDate === null) return null;
  return { baseline: goal.baseline, target: goal.target, from: baselineDate, until: goal.horizon };
}

/** The value the plan expects on a date: a straight line from baseline (first session) to target (horizon). */
function expectedOn(plan: Plan, date: string): number {
  const span = dayNumber(plan.until) - dayNumber(plan.from);
  if (!(span > 0)) return plan.target;
  const share = Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(plan.from)) / span));
  return plan.baseline + (plan.target - plan.baseline) * share;
}

/** Whether `value` is at least as good as `than`, in the direction the goal wants. */
function asGoodAs(better: Better, value: number, than: number): boolean {
  return better === Better.lower ? value <= than : value >= than;
}

/** Whether a value is of the goal's order of magnitude: between half the smaller and twice the larger of baseline and target. */
function plausibleFor(goal: Goal, value: number): boolean {
  if (goal.baseline === null || goal.target === null) return true;
  const lo = Math.min(goal.baseline, goal.target);
  const hi = Math.max(goal.baseline, goal.target);
  if (lo > 0) return value >= lo / 2 && value <= hi * 2;
  const width = Math.max(1, hi - lo);
  return value >= lo - width && value <= hi + width;
}

/**
 * Whether a review's KPI value measures this goal. A review has one KPI value:
 * for an agreement linked to one goal with a KPI it is that goal's; linked to
 * several, it counts for those whose scale it fits (68 min of changeover time
 * is no contribution margin of 410 → 480 €).
 */
function measuresGoal(state: SeriesState, agreement: Agreement, goal: Goal, value: number): boolean {
  const withKpi = agreement.goalIds.filter((id) => (state.goals[id]?.kpiName.trim() ?? "") !== "");
  return withKpi.length <= 1 || plausibleFor(goal, value);
}

type Measured = Omit<GoalTrendValue, "expected"> & { seq: number };

/**
 * The KPI values measured for a goal: each review's value at its session,
 * and each value an owner reported between sessions on the day of the
 * report; ordered by date, then by when they were recorded.
 */
function measuredValues(state: SeriesState, goal: Goal, order: ReadonlyMap<string, number>): Measured[] {
  const measured: (Measured & { at: number })[] = [];
  for (const review of Object.values(state.reviews)) {
    const session = state.sessions[review.sessionId];
    const agreement = state.agreements[review.agreementId];
    if (review.kpiValue === null || !session || !agreement || !agreement.goalIds.includes(goal.id)) continue;
    if (!measuresGoal(state, agreement, goal, review.kpiValue)) continue;
    measured.push({
      value: review.kpiValue,
      date: session.date,
      source: KpiSource.review,
      sessionId: session.id,
      reportedBy: null,
      agreementId: agreement.id,
      agreementText: agreement.text,
      seq: review.updatedSeq,
      at: order.get(session.id) ?? 0,
    });
  }
  for (const agreement of Object.values(state.agreements)) {
    if (!agreement.goalIds.includes(goal.id)) continue;
    for (const update of agreement.updates) {
      if (typeof update.kpiValue !== "number" || !measuresGoal(state, agreement, goal, update.kpiValue)) continue;
      measured.push({
        value: update.kpiValue,
        date: update.at.slice(0, 10),
        source: KpiSource.interim,
        sessionId: null,
        reportedBy: state.people[update.by]?.name ?? "",
        agreementId: agreement.id,
        agreementText: agreement.text,
        seq: update.seq,
        at: -1,
      });
    }
  }
  // Sessions on one day keep their order; a report on a session's day comes after what the session measured.
  measured.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      Number(a.source === KpiSource.interim) - Number(b.source === KpiSource.interim) ||
      a.at - b.at ||
      a.seq - b.seq,
  );
  return measured.map(({ at: _at, ...value }) => value);
}

type StatusInputs = Pick<GoalTrend, "better" | "target" | "horizon">;

function statusOf(goal: StatusInputs, latest: GoalTrendValue | null, today: string): GoalTrendStatus {
  if (latest === null) return GoalTrendStatus.noValues;
  if (goal.target !== null && asGoodAs(goal.better, latest.value, goal.target)) return GoalTrendStatus.reached;
  // A value has an expectation exactly when the goal has a plan.
  if (latest.expected === null) return GoalTrendStatus.noPlan;
  // Past the horizon without reaching the target is behind, however good the last step was.
  if (today > goal.horizon) return GoalTrendStatus.behind;
  return asGoodAs(goal.better, latest.value, latest.expected) ? GoalTrendStatus.onTrack : GoalTrendStatus.behind;
}

/**
 * Where a goal stood on a day (YYYY-MM-DD): its status from the values
 * measured up to that day, as `goalTrend` judges the latest value on `today`.
 */
export function goalStatusOn(trend: GoalTrend, date: string): GoalTrendStatus {
  return statusOf(trend, trend.values.filter((value) => value.date <= date).at(-1) ?? null, date);
}

/**
 * The KPI trend of one goal: every KPI value recorded in a review of an
 * agreement linked to the goal (and of its scale, when the agreement serves
 * several goals with a KPI), dated by its session, in order; the plan is a
 * straight line from the baseline at the series' first session to the target
 * at the horizon. The status compares the latest value with the target and
 * with what the plan expected on its date; `today` (YYYY-MM-DD) tells whether
 * the horizon has passed.
 */
export function goalTrend(state: SeriesState, goal: Goal, today: string): GoalTrend {
  const sessions = sessionsInOrder(state);
  const order = new Map(sessions.map((session, index) => [session.id, index]));
  const baselineDate = sessions[0]?.date ?? null;
  const plan = planOf(goal, baselineDate);
  const values = measuredValues(state, goal, order).map(({ seq: _seq, ...value }) => ({
    ...value,
    expected: plan ? expectedOn(plan, value.date) : null,
  }));
  const latest = values.at(-1) ?? null;
  return {
    goalId: goal.id,
    title: goal.title,
    kpiName: goal.kpiName,
    kpiUnit: goal.kpiUnit,
    better: goal.better,
    baseline: goal.baseline,
    baselineDate,
    target: goal.target,
    horizon: goal.horizon,
    values,
    latest,
    status: statusOf(goal, latest, today),
  };
}

/** The KPI trend of every goal with a KPI, in the order the goals were made. */
export function goalTrends(state: SeriesState, today: string): GoalTrend[] {
  return Object.values(state.goals)
    .filter((goal) => goal.kpiName.trim() !== "")
    .sort((a, b) => a.createdSeq - b.createdSeq)
    .map((goal) => goalTrend(state, goal, today));
}
