import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import type { OrderToCash, StageFigures } from "@common/results/index.js";
import { useT, type Translate } from "../../i18n/useT.js";
import { stageKey } from "../cases/labels.js";
import { ChartCanvas, paletteColor, withAlpha } from "./ChartCanvas.js";
import { useResultFormats, type ResultFormats } from "./format.js";
import { NoValue } from "./Verdict.js";
import { ResultsTable } from "./ResultsTable.js";

type CycleConfig = ChartConfiguration<"polarArea", number[], string[]>;

/** The stage's margin impact, or null when none of its cases states one. */
function marginOf(stage: StageFigures, f: ResultFormats): string | null {
  return stage.casesWithMargin === 0 ? null : f.euro(stage.marginTotal);
}

function cycleConfig(stages: readonly StageFigures[], t: Translate, f: ResultFormats): CycleConfig {
  const fill = paletteColor("--accent", "#2f5d8a");
  const text = paletteColor("--text", "#1e2833");
  const casesOf = (stage: StageFigures) => t("results.collisions.cases", { count: stage.cases });
  return {
    type: "polarArea",
    data: {
      // Each stage's name, cases and margin around the ring: readable on paper, where there is no tooltip.
      labels: stages.map((stage) => {
        const margin = marginOf(stage, f);
        return [t(stageKey(stage.stage)), margin === null ? casesOf(stage) : `${casesOf(stage)} · ${margin}`];
      }),
      datasets: [
        {
          label: t("results.cycle.cases"),
          data: stages.map((stage) => stage.cases),
          backgroundColor: withAlpha(fill, 0.7),
          borderColor: "#ffffff",
          borderWidth: 2,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: f.locale,
      scales: {
        r: {
          // The first stage (inquiry) centred at the top, the others following clockwise.
          startAngle: -180 / stages.length,
          beginAtZero: true,
          // Every stage's label says its cases: the rings need no numbers of their own.
          ticks: { display: false, precision: 0 },
          pointLabels: {
            display: true,
            centerPointLabels: true,
            color: text,
            font: (context) => ({ size: context.chart.width < 400 ? 10 : 13 }),
          },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => items.map((item) => t(stageKey(stages[item.dataIndex]?.stage ?? "inquiry"))),
            label: (item) => {
              const stage = stages[item.dataIndex];
              if (!stage) return "";
              const margin = marginOf(stage, f);
              const cases = t("results.cycle.tooltip.cases", { count: f.count(stage.cases) });
              return margin === null ? cases : [cases, t("results.cycle.tooltip.margin", { margin })];
            },
          },
        },
      },
    },
  };
}

function CycleTable({ stages }: { stages: readonly StageFigures[] }) {
  const t = useT();
  const f = useResultFormats();
  const total = stages.reduce(
    (sum, s) => ({
      cases: sum.cases + s.cases,
      withMargin: sum.withMargin + s.casesWithMargin,
      margin: sum.margin + s.marginTotal,
      delay: sum.delay + s.delayDaysTotal,
    }),
    { cases: 0, withMargin: 0, margin: 0, delay: 0 },
  );
  return (
    <ResultsTable caption={t("results.cycle.caption")} testId="cycle-table">
      <thead>
        <tr>
          <th scope="col">{t("results.cycle.stage")}</th>
          <th scope="col" className="num">
            {t("results.cycle.cases")}
          </th>
          <th scope="col" className="num">
            {t("results.cycle.marginTotal")}
          </th>
          <th scope="col" className="num">
            {t("results.cycle.marginAverage")}
          </th>
          <th scope="col" className="num">
            {t("results.cycle.delay")}
          </th>
        </tr>
      </thead>
      <tbody>
        {stages.map((stage) => (
          <tr key={stage.stage} data-stage={stage.stage}>
            <th scope="row">{t(stageKey(stage.stage))}</th>
            <td className="num">{f.count(stage.cases)}</td>
            <td className="num">{stage.casesWithMargin === 0 ? <NoValue /> : f.euro(stage.marginTotal)}</td>
            <td className="num">{stage.marginAverage === null ? <NoValue /> : f.euro(stage.marginAverage)}</td>
            <td className="num">{f.count(stage.delayDaysTotal)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("results.cycle.total")}</th>
          <td className="num">{f.count(total.cases)}</td>
          <td className="num">{total.withMargin === 0 ? <NoValue /> : f.euro(total.margin)}</td>
          <td className="num">{total.withMargin === 0 ? <NoValue /> : f.euro(total.margin / total.withMargin)}</td>
          <td className="num">{f.count(total.delay)}</td>
        </tr>
      </tfoot>
    </ResultsTable>
  );
}

/** The cases along the order-to-cash cycle: a ring of the eight stages in cycle order, sized by cases, and its table. */
export function CycleSection({ cycle }: { cycle: OrderToCash }) {
  const t = useT();
  const f = useResultFormats();
  const config = useMemo(() => cycleConfig(cycle.stages, t, f), [cycle.stages, t, f]);
  const anyStaged = cycle.stages.some((stage) => stage.cases > 0);
  const summary = cycle.stages.map((stage) => `${t(stageKey(stage.stage))} ${f.count(stage.cases)}`).join(", ");
  return (
    <section className="results-section" aria-labelledby="results-cycle-heading" data-testid="results-cycle">
      <h2 id="results-cycle-heading">{t("results.cycle.title")}</h2>
      {anyStaged ? (
        <>
          <p className="muted results-intro">{t("results.cycle.intro")}</p>
          <div className="results-cycle-layout">
            <ChartCanvas
              config={config}
              label={t("results.cycle.chart", { summary })}
              printSize={{ width: 420, height: 420 }}
              className="chart-cycle"
              testId="cycle-chart"
            />
            <CycleTable stages={cycle.stages} />
          </div>
        </>
      ) : (
        <p className="empty-state">{t("results.cycle.empty")}</p>
      )}
      {cycle.withoutStage > 0 && (
        <p className="muted small" data-testid="cycle-without-stage">
          {t("results.cycle.withoutStage", { count: f.count(cycle.withoutStage) })}
        </p>
      )}
    </section>
  );
}
