import { AgreementStatus, Side } from "../vocabulary.js";
import type { Agreement, SeriesState } from "../types.js";
import { ownerSides } from "./people.js";
import { isSettled } from "./review.js";

/** Why an agreement is flagged. */
export const AgreementFlag = {
  noGoal: "no_goal",
  noOwner: "no_owner",
  ownersOneSided: "owners_one_sided",
  noOutcome: "no_outcome",
  outcomeNotMeasurable: "outcome_not_measurable",
  overdue: "overdue",
} as const;
export type AgreementFlag = (typeof AgreementFlag)[keyof typeof AgreementFlag];

/** An intended outcome counts as measurable when it names a number ("OTIF ≥ 95 %"). */
export function isMeasurable(outcome: string): boolean {
  return /\d/.test(outcome);
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
  if (agreement.outcome.trim() === "") flags.push(AgreementFlag.noOutcome);
  else if (!isMeasurable(agreement.outcome)) flags.push(AgreementFlag.outcomeNotMeasurable);
  if (isOverdue(state, agreement, today)) flags.push(AgreementFlag.overdue);
  return flags;
}
