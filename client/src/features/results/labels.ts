import { assertNever } from "@common/domain/assertNever.js";
import { Decision, GoalFit, Kept, OutcomeReached, type AgreementStatus } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { settledKey, statusKey } from "../agreements/labels.js";

/** How a verdict reads at a glance: good, half-way, bad. */
export const Tone = { good: "good", partly: "partly", bad: "bad" } as const;
export type Tone = (typeof Tone)[keyof typeof Tone];

/** The tone of a "kept?" verdict. */
export function keptTone(kept: Kept): Tone {
  switch (kept) {
    case Kept.kept:
      return Tone.good;
    case Kept.partly:
      return Tone.partly;
    case Kept.not:
      return Tone.bad;
    default:
      return assertNever(kept);
  }
}

/** The tone of an "outcome reached?" verdict. */
export function outcomeTone(outcome: OutcomeReached): Tone {
  switch (outcome) {
    case OutcomeReached.yes:
      return Tone.good;
    case OutcomeReached.partly:
      return Tone.partly;
    case OutcomeReached.no:
      return Tone.bad;
    default:
      return assertNever(outcome);
  }
}

/** The tone of a goal fit. */
export function fitTone(fit: GoalFit): Tone {
  switch (fit) {
    case GoalFit.supports:
      return Tone.good;
    case GoalFit.neutral:
      return Tone.partly;
    case GoalFit.conflicts:
      return Tone.bad;
    default:
      return assertNever(fit);
  }
}

/** Where an agreement stands: what a review settled it as (closed, revised, dropped), else its owners' status. */
export function standingKey(status: AgreementStatus, decision: Decision | null): MessageKey {
  if (decision === null || decision === Decision.continue) return statusKey(status);
  return settledKey(decision);
}
