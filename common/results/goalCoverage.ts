import { AgreementFlag, agreementFlags, isOverdue } from "../domain/rules/agreements.js";
import type { Agreement, Goal, SeriesState } from "../domain/types.js";
import { GoalFit, type AgreementStatus, type Decision, type Kept, type OutcomeReached } from "../domain/vocabulary.js";
import { latestReview, revisedInto, type SessionReview } from "./verdicts.js";

/** What an agreement's latest review said. */
export interface LatestVerdicts {
  sessionId: string;
  /** The session's date, YYYY-MM-DD. */
  date: string;
  kept: Kept | null;
  outcome: OutcomeReached | null;
  decision: Decision | null;
}

/** An agreement as the coverage lists it. */
export interface CoverageAgreement {
  id: string;
  text: string;
  status: AgreementStatus;
  overdue: boolean;
  /** The agreement this one revises, if any. */
  revises: string | null;
  /** The agreement that revises this one, if any. */
  revisedInto: string | null;
  /** The newest review that recorded anything; null when it was never reviewed. */
  latest: LatestVerdicts | null;
}

/** An agreement under one goal, with how its latest review judged the fit to that goal. */
export interface GoalAgreement extends CoverageAgreement {
  fit: GoalFit | null;
}

/** How many of a goal's agreements the latest review found supporting, neutral or conflicting. */
export interface FitCounts extends Record<GoalFit, number> {
  /** Agreements whose latest review gave no fit for this goal, or that were never reviewed. */
  unrated: number;
}

/** One goal and the agreements working on it. */
export interface GoalCoverageRow {
  goalId: string;
  title: string;
  agreements: GoalAgreement[];
  fitCounts: FitCounts;
  /** No agreement is linked to the goal. */
  uncovered: boolean;
}

/** Every goal with its agreements, and the agreements that name no goal. */
export interface GoalCoverage {
  goals: GoalCoverageRow[];
  withoutGoal: CoverageAgreement[];
}

/**
 * Goal coverage: each goal (in the order it was set up) with its agreements
 * (in the order they were made). Every version of a revised agreement is
 * listed and counted with its own latest review; `revises` / `revisedInto`
 * link the versions. `today` is YYYY-MM-DD.
 */
export function goalCoverage(state: SeriesState, today: string): GoalCoverage {
  const entries = Object.values(state.agreements)
    .sort((a, b) => a.createdSeq - b.createdSeq)
    .map((agreement): Entry => {
      const latest = latestReview(state, agreement.id);
      return { agreement, latest, row: coverageAgreement(state, agreement, latest, today) };
    });
  const goals = Object.values(state.goals)
    .sort((a, b) => a.createdSeq - b.createdSeq)
    .map((goal) => goalRow(goal, entries));
  const withoutGoal = entries
    .filter(({ agreement }) => agreementFlags(state, agreement, today).includes(AgreementFlag.noGoal))
    .map(({ row }) => row);
  return { goals, withoutGoal };
}

interface Entry {
  agreement: Agreement;
  latest: SessionReview | null;
  row: CoverageAgreement;
}

function goalRow(goal: Goal, entries: readonly Entry[]): GoalCoverageRow {
  const fitCounts: FitCounts = { [GoalFit.supports]: 0, [GoalFit.neutral]: 0, [GoalFit.conflicts]: 0, unrated: 0 };
  const linked = entries.flatMap(({ agreement, latest, row }) => {
    if (!agreement.goalIds.includes(goal.id)) return [];
    const fit = latest && Object.hasOwn(latest.review.fit, goal.id) ? (latest.review.fit[goal.id] ?? null) : null;
    if (fit === null) fitCounts.unrated += 1;
    else fitCounts[fit] += 1;
    return [{ ...row, fit }];
  });
  return { goalId: goal.id, title: goal.title, agreements: linked, fitCounts, uncovered: linked.length === 0 };
}

function coverageAgreement(
  state: SeriesState,
  agreement: Agreement,
  latest: SessionReview | null,
  today: string,
): CoverageAgreement {
  return {
    id: agreement.id,
    text: agreement.text,
    status: agreement.status,
    overdue: isOverdue(state, agreement, today),
    revises: agreement.predecessorId,
    revisedInto: revisedInto(state, agreement.id),
    latest: latest && {
      sessionId: latest.session.id,
      date: latest.session.date,
      kept: latest.review.kept,
      outcome: latest.review.outcome,
      decision: latest.review.decision,
    },
  };
}
