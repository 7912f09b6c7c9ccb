import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import type { GoalTrend } from "@common/results/index.js";
import { useT, type Translate } from "../../i18n/useT.js";
import { ChartCanvas, paletteColor } from "./ChartCanvas.js";
import { useResultFormats, type ResultFormats } from "./format.js";
import { GoalTrendLatest, GoalTrendStatusChip, goalTrendStatusKey } from "./GoalTrendStatusChip.js";
import { ResultsTable } from "./ResultsTable.js";
import { NoValue } from "./Verdict.js";

// A label of two lines ("Ausgangswert" over its date) stays short enough for a phone.
type KpiConfig = ChartConfiguration<"line", (number | null)[], string | string[]>;

/** One row of the trend: the baseline, a measured value, or the target. */
interface TrendRow {
  key: string;
  date: string;
  value: number | null;
  expected: number | null;
  source: string;
}

function rowsOf(trend: GoalTrend, t: Translate): TrendRow[] {
  return [
    {
      key: "baseline",
      date: trend.baselineDate ?? "",
      value: trend.baseline,
      expected: null,
      source: t("results.kpi.source.baseline"),
    },
    ...trend.values.map((v, i) => ({
      key: `${v.sessionId ?? v.date}-${v.agreementId}-${i}`,
      date: v.date,
      value: v.value,
      expected: v.expected,
      source:
        v.reportedBy === null
          ? t("results.kpi.source.review", { agreement: v.agreementText })
          : t("results.kpi.source.interim", { agreement: v.agreementText, name: v.reportedBy }),
    })),
    {
      key: "target",
      date: trend.horizon,
      value: trend.target,
      expected: null,
      source: t("results.kpi.source.target"),
    },
  ];
}

function dateText(iso: string, t: Translate, f: ResultFormats): string {
  return iso === "" ? t("results.kpi.noHorizon") : f.date(iso);
}

function kpiConfig(trend: GoalTrend, t: Translate, f: ResultFormats): KpiConfig {
  const measured = paletteColor("--accent", "#2f5d8a");
  const plan = paletteColor("--text-muted", "#6b7280");
  const rows = rowsOf(trend, t);
  const last = rows.length - 1;
  const value = (v: number | string) => f.kpi(Number(v), trend.kpiUnit);
  return {
    type: "line",
    data: {
      labels: rows.map((r, i) => {
        if (i === 0) return [t("results.kpi.baseline"), dateText(r.date, t, f)];
        if (i === last) return [t("results.kpi.target"), dateText(r.date, t, f)];
        return f.date(r.date);
      }),
      datasets: [
        {
          label: t("results.kpi.measured"),
          // From the baseline through every measured value; the target is not measured.
          data: rows.map((r, i) => (i === last ? null : r.value)),
          borderColor: measured,
          backgroundColor: measured,
          pointRadius: 5,
          pointStyle: "circle",
          borderWidth: 3,
          spanGaps: true,
        },
        {
          label: t("results.kpi.plan"),
          data: rows.map((r, i) => (i === 0 || i === last ? r.value : r.expected)),
          borderColor: plan,
          backgroundColor: plan,
          pointRadius: rows.map((_, i) => (i === last ? 6 : 0)),
          pointStyle: "rectRot",
          borderWidth: 2,
          // Dashed as well as grey: the plan differs from the measured line without colour.
          borderDash: [6, 5],
          spanGaps: true,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: f.locale,
      scales: {
        y: { ticks: { callback: value } },
        x: { offset: true, grid: { display: false } },
      },
      plugins: {
        legend: { position: "bottom", labels: { usePointStyle: true, boxWidth: 10, boxHeight: 10 } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ""}: ${item.parsed.y === null ? t("results.none") : value(item.parsed.y)}`,
          },
        },
      },
    },
  };
}

/** What the chart shows, in one sentence: baseline, latest value, target and the status. */
function kpiSummary(trend: GoalTrend, t: Translate, f: ResultFormats): string {
  const shown = (v: number | null) => (v === null ? t("results.none") : f.kpi(v, trend.kpiUnit));
  return t("results.kpi.chart", {
    kpi: trend.kpiName,
    baseline: shown(trend.baseline),
    latest: shown(trend.latest?.value ?? null),
    target: shown(trend.target),
    status: t(goalTrendStatusKey(trend.status)),
  });
}

function KpiTable({ trend }: { trend: GoalTrend }) {
  const t = useT();
  const f = useResultFormats();
  const shown = (v: number | null) => (v === null ? <NoValue /> : f.kpi(v, trend.kpiUnit));
  return (
    <ResultsTable caption={t("results.kpi.caption", { goal: trend.title })} testId="goal-trend-table">
      <thead>
        <tr>
          <th scope="col">{t("results.kpi.col.date")}</th>
          <th scope="col" className="num">
            {t("results.kpi.col.value")}
          </th>
          <th scope="col" className="num">
            {t("results.kpi.col.expected")}
          </th>
          <th scope="col">{t("results.kpi.col.source")}</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(trend, t).map((row) => (
          <tr key={row.key} data-row={row.key === "baseline" || row.key === "target" ? row.key : "measured"}>
            <th scope="row">{row.date === "" ? <NoValue /> : dateText(row.date, t, f)}</th>
            <td className="num">
              <strong>{shown(row.value)}</strong>
            </td>
            <td className="num">{row.expected === null ? <NoValue /> : f.kpi(row.expected, trend.kpiUnit)}</td>
            <td>{row.source}</td>
          </tr>
        ))}
      </tbody>
    </ResultsTable>
  );
}

function GoalTrendBlock({ trend }: { trend: GoalTrend }) {
  const t = useT();
  const f = useResultFormats();
  const config = useMemo(() => kpiConfig(trend, t, f), [trend, t, f]);
  const drawable = trend.values.length > 0 || trend.baseline !== null || trend.target !== null;
  return (
    <article className="results-goal" data-testid="goal-trend" data-goal-id={trend.goalId}>
      <header className="results-goal-head">
        <h3>{trend.title}</h3>
        <GoalTrendStatusChip status={trend.status} />
      </header>
      <p className="muted small">
        {t("results.kpi.kpiOf", { kpi: trend.kpiUnit ? `${trend.kpiName} (${trend.kpiUnit})` : trend.kpiName })}
        {trend.latest && " · "}
        <GoalTrendLatest trend={trend} />
      </p>
      {drawable && (
        <ChartCanvas
          config={config}
          label={kpiSummary(trend, t, f)}
          printSize={{ width: 640, height: 220 }}
          className="chart-kpi"
          testId="goal-trend-chart"
        />
      )}
      <KpiTable trend={trend} />
    </article>
  );
}

/** Per goal with a KPI: baseline → measured values → target as a line against the plan, then the values as a table. */
export function GoalTrendSection({ trends }: { trends: readonly GoalTrend[] }) {
  const t = useT();
  return (
    <section className="results-section" aria-labelledby="results-kpi-heading" data-testid="results-kpi">
      <h2 id="results-kpi-heading">{t("results.kpi.title")}</h2>
      {trends.length === 0 ? (
        <p className="empty-state">{t("results.kpi.empty")}</p>
      ) : (
        <>
          <p className="muted results-intro">{t("results.kpi.intro")}</p>
          {trends.map((trend) => (
            <GoalTrendBlock key={trend.goalId} trend={trend} />
          ))}
        </>
      )}
    </section>
  );
}
