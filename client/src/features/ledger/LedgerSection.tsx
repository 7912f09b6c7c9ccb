import type { ChartConfiguration } from "chart.js";
import { useMemo } from "react";
import type { Org } from "@common/domain/types.js";
import type { ProfitLedger } from "@common/results/index.js";
import { useT, type Translate } from "../../i18n/useT.js";
import { ChartCanvas, paletteColor } from "../results/ChartCanvas.js";
import { useResultFormats, type ResultFormats } from "../results/format.js";
import { LedgerGroupsTable, LedgerLinesTable, LedgerSessionsTable } from "./LedgerTables.js";
import "./ledger.css";

type LedgerConfig = ChartConfiguration<"line", number[], string>;

function ledgerConfig(ledger: ProfitLedger, t: Translate, f: ResultFormats): LedgerConfig {
  const expected = paletteColor("--text-muted", "#6b7280");
  const realised = paletteColor("--accent", "#2f5d8a");
  return {
    type: "line",
    data: {
      labels: ledger.sessions.map((s) => f.date(s.date)),
      datasets: [
        {
          label: t("results.ledger.expected"),
          data: ledger.sessions.map((s) => s.cumulative.expectedPerYear),
          borderColor: expected,
          backgroundColor: expected,
          borderDash: [6, 4],
          pointRadius: 4,
        },
        {
          label: t("results.ledger.realised"),
          data: ledger.sessions.map((s) => s.cumulative.realisedPerYear),
          borderColor: realised,
          backgroundColor: realised,
          borderWidth: 3,
          pointRadius: 5,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: f.locale,
      scales: { y: { ticks: { callback: (v) => f.euro(Number(v)) } } },
      plugins: { legend: { position: "bottom" } },
    },
  };
}

function Tile({ label, value, hint, testId }: { label: string; value: string; hint: string; testId: string }) {
  return (
    <div className="results-tile" data-testid={testId}>
      <dt className="results-tile-label">{label}</dt>
      <dd className="results-tile-value">{value}</dd>
      <dd className="results-tile-hint">{hint}</dd>
    </div>
  );
}

/**
 * "Unterm Strich": expected vs realised effect on contribution margin (€ per
 * year) per session and cumulated, by side and by organisation, beside the
 * margin impact of the cases behind the agreements. Made from the series as
 * the viewer sees it.
 */
export function LedgerSection({ ledger, orgs }: { ledger: ProfitLedger; orgs: Readonly<Record<string, Org>> }) {
  const t = useT();
  const f = useResultFormats();
  const config = useMemo(() => ledgerConfig(ledger, t, f), [ledger, t, f]);
  const { total } = ledger;
  const summary = t("results.ledger.chart", {
    expected: f.euro(total.expectedPerYear),
    realised: f.euro(total.realisedPerYear),
  });
  return (
    <section className="results-section" aria-labelledby="results-ledger-heading" data-testid="results-ledger">
      <h2 id="results-ledger-heading">{t("results.ledger.title")}</h2>
      {ledger.lines.length === 0 ? (
        <p className="empty-state">{t("results.ledger.empty")}</p>
      ) : (
        <>
          <p className="muted results-intro">{t("results.ledger.intro")}</p>
          <dl className="results-tiles">
            <Tile
              label={t("results.ledger.expected")}
              value={f.euro(total.expectedPerYear)}
              hint={t("results.ledger.perYear.hint", { count: total.lines })}
              testId="ledger-expected"
            />
            <Tile
              label={t("results.ledger.realised")}
              value={f.euro(total.realisedPerYear)}
              hint={t("results.ledger.realised.hint", { count: f.count(total.notMeasurable) })}
              testId="ledger-realised"
            />
            <Tile
              label={t("results.ledger.caseMargin")}
              value={f.euro(total.caseMargin)}
              hint={t("results.ledger.caseMargin.hint")}
              testId="ledger-case-margin"
            />
          </dl>
          {ledger.sessions.length > 0 && (
            <ChartCanvas
              config={config}
              label={summary}
              printSize={{ width: 640, height: 280 }}
              className="chart-trend"
              testId="ledger-chart"
            />
          )}
          <LedgerSessionsTable ledger={ledger} />
          <div className="ledger-tables">
            <LedgerGroupsTable
              caption={t("results.ledger.bySide")}
              testId="ledger-by-side"
              groups={ledger.bySide.map((g) => ({ ...g, name: t(`results.ledger.side.${g.key}`) }))}
            />
            <LedgerGroupsTable
              caption={t("results.ledger.byOrg")}
              testId="ledger-by-org"
              groups={ledger.byOrg.map((g) => ({
                ...g,
                name: g.key === null ? t("results.ledger.noOrg") : (orgs[g.key]?.name ?? "…"),
              }))}
            />
          </div>
          <LedgerLinesTable lines={ledger.lines} />
        </>
      )}
    </section>
  );
}
