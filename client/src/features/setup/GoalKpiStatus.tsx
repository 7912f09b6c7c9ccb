import { useMemo } from "react";
import type { Goal, SeriesState } from "@common/domain/types.js";
import { goalTrend } from "@common/results/index.js";
import { localToday } from "../agreements/labels.js";
import { GoalTrendLatest, GoalTrendStatusChip } from "../results/GoalTrendStatusChip.js";

/** Where the goal's KPI stands and its latest measured value; nothing for a goal without a KPI. */
export function GoalKpiStatus({ state, goal }: { state: SeriesState; goal: Goal }) {
  const trend = useMemo(() => goalTrend(state, goal, localToday()), [state, goal]);
  if (goal.kpiName.trim() === "") return null;
  return (
    <p className="goal-kpi-status" data-testid="goal-kpi-status">
      <GoalTrendStatusChip status={trend.status} />
      <GoalTrendLatest trend={trend} />
    </p>
  );
}
