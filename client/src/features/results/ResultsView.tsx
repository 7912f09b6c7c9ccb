import { useMemo, useState } from "react";
import type { SeriesState } from "@common/domain/types.js";
import {
  agreementTrend,
  changeKindMix,
  atLevel,
  collisionMap,
  goalCoverage,
  goalTrends,
  orderToCash,
  profitLedger,
  redesignSuggestions,
  resultsOverview,
  type LevelFilter,
} from "@common/results/index.js";
import { LevelFilterBar } from "../levels/LevelFilterBar.js";
import { useT } from "../../i18n/useT.js";
import { CollisionMapSection } from "./CollisionMapSection.js";
import { CycleSection } from "./CycleSection.js";
import { GoalCoverageSection } from "./GoalCoverageSection.js";
import { GoalTrendSection } from "./GoalTrendSection.js";
import { OverviewTiles } from "./OverviewTiles.js";
import { TrendSection } from "./TrendSection.js";
import { LedgerSection } from "../ledger/LedgerSection.js";
import { ChangeKindMixSection } from "../changeKind/ChangeKindMixSection.js";
import { RedesignSection } from "../changeKind/RedesignSection.js";

/** Results come from agreements and cases: without either there is nothing to show yet. */
function hasResults(state: SeriesState): boolean {
  return Object.keys(state.agreements).length > 0 || Object.keys(state.cases).length > 0;
}

/** Every figure of the results view, from the series as this viewer sees it; `today` is YYYY-MM-DD. */
export function ResultsView({ state: whole, today }: { state: SeriesState; today: string }) {
  const t = useT();
  const [level, setLevel] = useState<LevelFilter>("all");
  const state = useMemo(() => atLevel(whole, level), [whole, level]);
  const figures = useMemo(
    () => ({
      overview: resultsOverview(state, today),
      trend: agreementTrend(state),
      coverage: goalCoverage(state, today),
      kpis: goalTrends(state, today),
      collisions: collisionMap(state),
      cycle: orderToCash(state),
      ledger: profitLedger(state),
      redesign: redesignSuggestions(state, today),
      changeKinds: changeKindMix(state),
    }),
    [state, today],
  );
  if (!hasResults(whole)) {
    return (
      <section className="panel results-empty" data-testid="results-empty">
        <h2>{t("results.empty.title")}</h2>
        <p className="muted">{t("results.empty.body")}</p>
      </section>
    );
  }
  return (
    <>
      <LevelFilterBar value={level} onChange={setLevel} />
      <OverviewTiles overview={figures.overview} />
      <TrendSection trend={figures.trend} />
      <GoalTrendSection trends={figures.kpis} />
      <LedgerSection ledger={figures.ledger} orgs={state.orgs} />
      <RedesignSection suggestions={figures.redesign} state={state} />
      <ChangeKindMixSection mix={figures.changeKinds} />
      <GoalCoverageSection coverage={figures.coverage} />
      <CollisionMapSection map={figures.collisions} />
      <CycleSection cycle={figures.cycle} />
    </>
  );
}
