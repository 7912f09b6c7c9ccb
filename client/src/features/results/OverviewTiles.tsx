import type { ResultsOverview } from "@common/results/index.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "./format.js";

function Tile({
  label,
  value,
  hint,
  testId,
  danger = false,
}: {
  label: MessageKey;
  value: string;
  hint: string;
  testId: string;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <div className={danger ? "results-tile results-tile-danger" : "results-tile"} data-testid={testId}>
      <dt className="results-tile-label">{t(label)}</dt>
      <dd className="results-tile-value">{value}</dd>
      <dd className="results-tile-hint">{hint}</dd>
    </div>
  );
}

/** The headline figures: how many agreements, how many open or overdue, and how well they were kept and worked. */
export function OverviewTiles({ overview }: { overview: ResultsOverview }) {
  const t = useT();
  const f = useResultFormats();
  const rate = (share: number | null) => f.percent(share) ?? "–";
  const rateHint = (share: number | null) =>
    t(share === null ? "results.overview.rate.none" : "results.overview.rate.hint");
  return (
    <section className="results-section" aria-labelledby="results-overview-heading" data-testid="results-overview">
      <h2 id="results-overview-heading">{t("results.overview.title")}</h2>
      <dl className="results-tiles">
        <Tile
          label="results.overview.agreements"
          value={f.count(overview.agreements)}
          hint={t("results.overview.agreements.hint")}
          testId="overview-agreements"
        />
        <Tile
          label="results.overview.open"
          value={f.count(overview.open)}
          hint={t("results.overview.open.hint")}
          testId="overview-open"
        />
        <Tile
          label="results.overview.overdue"
          value={f.count(overview.overdue)}
          hint={t("results.overview.overdue.hint")}
          testId="overview-overdue"
          danger={overview.overdue > 0}
        />
        <Tile
          label="results.overview.reviewed"
          value={f.count(overview.reviewed)}
          hint={t("results.overview.reviewed.hint")}
          testId="overview-reviewed"
        />
        <Tile
          label="results.overview.keptRate"
          value={rate(overview.keptRate)}
          hint={rateHint(overview.keptRate)}
          testId="overview-kept-rate"
        />
        <Tile
          label="results.overview.outcomeRate"
          value={rate(overview.outcomeRate)}
          hint={rateHint(overview.outcomeRate)}
          testId="overview-outcome-rate"
        />
      </dl>
    </section>
  );
}
