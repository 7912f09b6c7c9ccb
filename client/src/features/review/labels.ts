import { assertNever } from "@common/domain/assertNever.js";
import { Decision, GoalFit, Kept, OutcomeReached } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The catalog key of a "kept?" verdict. */
export function keptKey(kept: Kept): MessageKey {
  switch (kept) {
    case Kept.kept:
      return "review.kept.kept";
    case Kept.partly:
      return "review.kept.partly";
    case Kept.not:
      return "review.kept.not";
    default:
      return assertNever(kept);
  }
}

/** The catalog key of an "outcome reached?" verdict. */
export function outcomeKey(outcome: OutcomeReached): MessageKey {
  switch (outcome) {
    case OutcomeReached.yes:
      return "review.outcome.yes";
    case OutcomeReached.partly:
      return "review.outcome.partly";
    case OutcomeReached.no:
      return "review.outcome.no";
    default:
      return assertNever(outcome);
  }
}

/** The catalog key of a goal fit. */
export function fitKey(fit: GoalFit): MessageKey {
  switch (fit) {
    case GoalFit.supports:
      return "review.fit.supports";
    case GoalFit.neutral:
      return "review.fit.neutral";
    case GoalFit.conflicts:
      return "review.fit.conflicts";
    default:
      return assertNever(fit);
  }
}

/** The catalog key of a review decision. */
export function decisionKey(decision: Decision): MessageKey {
  switch (decision) {
    case Decision.close:
      return "review.decision.close";
    case Decision.continue:
      return "review.decision.continue";
    case Decision.revise:
      return "review.decision.revise";
    case Decision.drop:
      return "review.decision.drop";
    default:
      return assertNever(decision);
  }
}

export const KEPT: readonly Kept[] = Object.values(Kept);
export const OUTCOMES: readonly OutcomeReached[] = Object.values(OutcomeReached);
export const FITS: readonly GoalFit[] = Object.values(GoalFit);
export const DECISIONS: readonly Decision[] = Object.values(Decision);
