export { agreementTrend, type SessionResults } from "./agreementTrend.js";
export {
  goalCoverage,
  type CoverageAgreement,
  type FitCounts,
  type GoalAgreement,
  type GoalCoverage,
  type GoalCoverageRow,
  type LatestVerdicts,
} from "./goalCoverage.js";
export {
  collisionMap,
  type AxisInterest,
  type CollisionCell,
  type CollisionMap,
  type OutcomeTally,
} from "./collisionMap.js";
export { orderToCash, type OrderToCash, type StageFigures } from "./orderToCash.js";
export { resultsOverview, type ResultsOverview } from "./overview.js";
export type { KeptCounts, OutcomeCounts } from "./verdicts.js";
export { goalTrend, goalTrends, GoalTrendStatus, KpiSource, type GoalTrend, type GoalTrendValue } from "./goalTrend.js";
export {
  profitLedger,
  type LedgerGroup,
  type LedgerLine,
  type LedgerRealised,
  type LedgerSession,
  type LedgerSums,
  type ProfitLedger,
} from "./ledger.js";
export { goalStatusOn } from "./goalTrend.js";
export {
  agreementRedesign,
  outcomeMissedTwice,
  redesignSuggestions,
  RedesignReason,
  type RedesignSuggestion,
} from "./redesign.js";
export { changeKindMix, type ChangeKindCounts, type ChangeKindMixRow } from "./changeKindMix.js";
export { atLevel, type LevelFilter } from "./levelFilter.js";
