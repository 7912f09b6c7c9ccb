import { AgreementStatus, Side } from "../vocabulary.js";
import type { Agreement, SeriesState } from "../types.js";
import { assertNever } from "../assertNever.js";
import { outcomeVerdict, OutcomeVerdict } from "./outcome.js";
import { ownerSides } from "./people.js";
import { isSettled } from "./review.js";

/** Why an agreement is flagged. */
export const AgreementFlag = {
  noGoal: "no_goal",
  noOwner: "no_owner",
  ownersOneSided: "owners_one_sided",
  noOutcome: "no_outcome",
  outcomeNotMeasurable: "outcome_not_measurable",
  outcomeIsActivity: "outcome_is_activity",
  overdue: "overdue",
} as const;
export type AgreementFlag = (typeof AgreementFlag)[keyof typeof AgreementFlag];

/** The KPI names of the goals an agreement is linked to: naming one counts as naming a figure. */
function linkedKpiNames(state: SeriesState, agreement: Agreement): string[] {
  return agreement.goalIds.flatMap((id) => state.goals[id]?.kpiName ?? []);
}

/** The flag an intended outcome earns, if any: missing, an activity, or without figure or direction. */
function outcomeFlag(state: SeriesState, agreement: Agreement): AgreementFlag | null {
  if (agreement.outcome.trim() === "") return AgreementFlag.noOutcome;
  const verdict = outcomeVerdict(agreement.outcome, linkedKpiNames(state, agreement));
  switch (verdict) {
    case OutcomeVerdict.measurable:
      return null;
    case OutcomeVerdict.activity:
      return AgreementFlag.outcomeIsActivity;
    case OutcomeVerdict.noFigure:
    case OutcomeVerdict.noDirection:
      return AgreementFlag.outcomeNotMeasurable;
    default:
      return assertNever(verdict);
  }
}

/** True when the agreement is past its due date, not done and not settled by a review; `today` is YYYY-MM-DD. */
export function isOverdue(state: SeriesState, agreement: Agreement, today: string): boolean {
  return (
    agreement.due !== "" &&
    agreement.due < today &&
    agreement.status !== AgreementStatus.done &&
    !isSettled(state, agreement.id)
  );
}

/** Everything that should stand out about an agreement, in a fixed order. */
export function agreementFlags(state: SeriesState, agreement: Agreement, today: string): AgreementFlag[] {
  const flags: AgreementFlag[] = [];
  if (agreement.goalIds.filter((id) => Object.hasOwn(state.goals, id)).length === 0) flags.push(AgreementFlag.noGoal);
  const sides = ownerSides(state, agreement);
  if (agreement.ownerIds.length === 0) flags.push(AgreementFlag.noOwner);
  else if (!(sides.has(Side.sales) && sides.has(Side.operations))) flags.push(AgreementFlag.ownersOneSided);
  const outcome = outcomeFlag(state, agreement);
  if (outcome !== null) flags.push(outcome);
  if (isOverdue(state, agreement, today)) flags.push(AgreementFlag.overdue);
  return flags;
}
