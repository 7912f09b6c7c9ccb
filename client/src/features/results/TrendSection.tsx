import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import type { SessionResults } from "@common/results/index.js";
import { useT, type Translate } from "../../i18n/useT.js";
import { sessionKindKey } from "../setup/labels.js";
import { ChartCanvas, paletteColor } from "./ChartCanvas.js";
import { useResultFormats, type ResultFormats } from "./format.js";
import { NoValue } from "./Verdict.js";
import { ResultsTable } from "./ResultsTable.js";

type TrendConfig = ChartConfiguration<"line", (number | null)[], string>;

function trendConfig(trend: readonly SessionResults[], t: Translate, f: ResultFormats): TrendConfig {
  const kept = paletteColor("--accent", "#2f5d8a");
  const outcome = paletteColor("--ok", "#2e8b57");
  const percent = (value: number | string) => f.percent(Number(value)) ?? "";
  return {
    type: "line",
    data: {
      labels: trend.map((r) => f.date(r.date)),
      datasets: [
        {
          label: t("results.trend.keptRate"),
          data: trend.map((r) => r.keptRate),
          borderColor: kept,
          backgroundColor: kept,
          pointRadius: 5,
          pointStyle: "circle",
          borderWidth: 3,
        },
        {
          label: t("results.trend.outcomeRate"),
          data: trend.map((r) => r.outcomeRate),
          borderColor: outcome,
          backgroundColor: outcome,
          pointRadius: 6,
          pointStyle: "triangle",
          borderWidth: 3,
          // Dashed as well as green: the two lines differ for people who do not tell the colours apart.
          borderDash: [8, 5],
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: f.locale,
      scales: {
        y: { min: 0, max: 1, ticks: { stepSize: 0.25, callback: percent } },
        x: { offset: true, grid: { display: false } },
      },
      plugins: {
        legend: { position: "bottom", labels: { usePointStyle: true, boxWidth: 10, boxHeight: 10 } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ""}: ${item.parsed.y === null ? t("results.none") : percent(item.parsed.y)}`,
          },
        },
      },
    },
  };
}

/** What the chart shows, in one sentence: the last session's two rates. */
function trendSummary(trend: readonly SessionResults[], t: Translate, f: ResultFormats): string {
  const last = trend.at(-1);
  if (!last) return "";
  return t("results.trend.chart", {
    count: trend.length,
    date: f.date(last.date),
    kept: f.percent(last.keptRate) ?? t("results.none"),
    outcome: f.percent(last.outcomeRate) ?? t("results.none"),
  });
}

function Rate({ share }: { share: number | null }) {
  const f = useResultFormats();
  const text = f.percent(share);
  return text === null ? <NoValue /> : <strong>{text}</strong>;
}

function TrendTable({ trend }: { trend: readonly SessionResults[] }) {
  const t = useT();
  const f = useResultFormats();
  return (
    <ResultsTable caption={t("results.trend.caption")} testId="trend-table">
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {t("results.trend.session")}
          </th>
          <th scope="col" rowSpan={2} className="num">
            {t("results.trend.reviewed")}
          </th>
          <th scope="colgroup" colSpan={4} className="group-start">
            {t("results.trend.group.kept")}
          </th>
          <th scope="colgroup" colSpan={4} className="group-start">
            {t("results.trend.group.outcome")}
          </th>
        </tr>
        <tr>
          <th scope="col" className="num group-start">
            {t("results.trend.kept")}
          </th>
          <th scope="col" className="num">
            {t("results.trend.partly")}
          </th>
          <th scope="col" className="num">
            {t("results.trend.notKept")}
          </th>
          <th scope="col" className="num">
            {t("results.trend.rate")}
          </th>
          <th scope="col" className="num group-start">
            {t("results.trend.outcomeYes")}
          </th>
          <th scope="col" className="num">
            {t("results.trend.partly")}
          </th>
          <th scope="col" className="num">
            {t("results.trend.outcomeNo")}
          </th>
          <th scope="col" className="num">
            {t("results.trend.rate")}
          </th>
        </tr>
      </thead>
      <tbody>
        {trend.map((r) => (
          <tr key={r.sessionId} data-session-id={r.sessionId}>
            <th scope="row">
              {f.date(r.date)}
              <span className="results-sub">{t(sessionKindKey(r.kind))}</span>
            </th>
            <td className="num">{f.count(r.reviewed)}</td>
            <td className="num group-start">{f.count(r.kept.kept)}</td>
            <td className="num">{f.count(r.kept.partly)}</td>
            <td className="num">{f.count(r.kept.not)}</td>
            <td className="num">
              <Rate share={r.keptRate} />
            </td>
            <td className="num group-start">{f.count(r.outcome.yes)}</td>
            <td className="num">{f.count(r.outcome.partly)}</td>
            <td className="num">{f.count(r.outcome.no)}</td>
            <td className="num">
              <Rate share={r.outcomeRate} />
            </td>
          </tr>
        ))}
      </tbody>
    </ResultsTable>
  );
}

/** Kept rate and outcome-reached rate over the sessions that reviewed agreements: lines, then the counts. */
export function TrendSection({ trend }: { trend: readonly SessionResults[] }) {
  const t = useT();
  const f = useResultFormats();
  const config = useMemo(() => trendConfig(trend, t, f), [trend, t, f]);
  return (
    <section className="results-section" aria-labelledby="results-trend-heading" data-testid="results-trend">
      <h2 id="results-trend-heading">{t("results.trend.title")}</h2>
      {trend.length === 0 ? (
        <p className="empty-state">{t("results.trend.empty")}</p>
      ) : (
        <>
          <p className="muted results-intro">{t("results.trend.intro")}</p>
          <ChartCanvas
            config={config}
            label={trendSummary(trend, t, f)}
            printSize={{ width: 640, height: 260 }}
            className="chart-trend"
            testId="trend-chart"
          />
          <TrendTable trend={trend} />
        </>
      )}
    </section>
  );
}
