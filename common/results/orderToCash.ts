import type { SeriesState } from "../domain/types.js";
import { STAGES, type Stage } from "../domain/vocabulary.js";

/** The cases of one stage of the order-to-cash cycle. */
export interface StageFigures {
  stage: Stage;
  /** All cases at this stage, with or without a margin impact. */
  cases: number;
  /** The cases that state a margin impact; the sum and average are over these. */
  casesWithMargin: number;
  /** Sum of the stated margin impacts, in €. */
  marginTotal: number;
  /** marginTotal / casesWithMargin, in €; null when no case states one. */
  marginAverage: number | null;
  /** Sum of the stated delays, in days (cases without one add nothing). */
  delayDaysTotal: number;
}

/** The cases along the order-to-cash cycle. */
export interface OrderToCash {
  /** Every stage, in the cycle's order, including stages without cases. */
  stages: StageFigures[];
  /** Cases that name no stage. */
  withoutStage: number;
}

/** Where in the order-to-cash cycle the cases happened, and what they cost. */
export function orderToCash(state: SeriesState): OrderToCash {
  const stages = new Map(STAGES.map((stage) => [stage, emptyStage(stage)] as const));
  let withoutStage = 0;
  for (const c of Object.values(state.cases)) {
    const figures = c.stage === null ? undefined : stages.get(c.stage);
    if (!figures) {
      withoutStage += 1;
      continue;
    }
    figures.cases += 1;
    if (c.marginImpact !== null) {
      figures.casesWithMargin += 1;
      figures.marginTotal += c.marginImpact;
    }
    figures.delayDaysTotal += c.delayDays ?? 0;
  }
  return {
    stages: [...stages.values()].map((f) => ({
      ...f,
      marginAverage: f.casesWithMargin === 0 ? null : f.marginTotal / f.casesWithMargin,
    })),
    withoutStage,
  };
}

function emptyStage(stage: Stage): StageFigures {
  return { stage, cases: 0, casesWithMargin: 0, marginTotal: 0, marginAverage: null, delayDaysTotal: 0 };
}
