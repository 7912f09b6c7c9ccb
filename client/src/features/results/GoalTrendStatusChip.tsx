import { assertNever } from "@common/domain/assertNever.js";
import { GoalTrendStatus, type GoalTrend } from "@common/results/index.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "./format.js";
import "./verdict.css";

/** The catalog key naming where a goal's KPI stands. */
export function goalTrendStatusKey(status: GoalTrendStatus): MessageKey {
  switch (status) {
    case GoalTrendStatus.reached:
      return "results.kpi.status.reached";
    case GoalTrendStatus.onTrack:
      return "results.kpi.status.onTrack";
    case GoalTrendStatus.behind:
      return "results.kpi.status.behind";
    case GoalTrendStatus.noValues:
      return "results.kpi.status.noValues";
    case GoalTrendStatus.noPlan:
      return "results.kpi.status.noPlan";
    default:
      return assertNever(status);
  }
}

/** How a status reads at a glance; without values or plan there is nothing to judge, so no colour. */
function toneOf(status: GoalTrendStatus): "good" | "bad" | "none" {
  switch (status) {
    case GoalTrendStatus.reached:
    case GoalTrendStatus.onTrack:
      return "good";
    case GoalTrendStatus.behind:
      return "bad";
    case GoalTrendStatus.noValues:
    case GoalTrendStatus.noPlan:
      return "none";
    default:
      return assertNever(status);
  }
}

/** "Im Plan" / "Hinter dem Plan" / "Ziel erreicht" as a chip; the word carries the meaning, the colour only helps. */
export function GoalTrendStatusChip({ status }: { status: GoalTrendStatus }) {
  const t = useT();
  return (
    <span
      className="results-verdict goal-trend-status"
      data-tone={toneOf(status)}
      data-testid="goal-trend-status"
      data-status={status}
      title={status === GoalTrendStatus.noPlan ? t("results.kpi.status.noPlan.why") : undefined}
    >
      {t(goalTrendStatusKey(status))}
    </span>
  );
}

/** "Zuletzt 89 % am 5. Nov. 2026", or nothing before the first measurement. */
export function GoalTrendLatest({ trend }: { trend: GoalTrend }) {
  const t = useT();
  const f = useResultFormats();
  if (trend.latest === null) return null;
  return (
    <span className="goal-trend-latest" data-testid="goal-trend-latest">
      {t("results.kpi.latest", { value: f.kpi(trend.latest.value, trend.kpiUnit), date: f.date(trend.latest.date) })}
    </span>
  );
}
