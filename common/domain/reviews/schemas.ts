import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { Decision, GoalFit, Kept, OutcomeReached } from "../vocabulary.js";
import { amountSchema, changes, idSchema, oneOf, text } from "../commands/fields.js";
import { realisedEffectSchema } from "../agreements/effect.js";

/** The verdict fields of a review. */
export const reviewFields = {
  kept: oneOf(Kept).nullable(),
  outcome: oneOf(OutcomeReached).nullable(),
  kpiValue: amountSchema,
  evidence: text(LIMITS.evidence),
  realisedEffect: realisedEffectSchema,
};

/** Sets verdict fields of a due agreement's review. */
export const reviewSetSchema = z.strictObject({
  type: z.literal("review.set"),
  sessionId: idSchema,
  agreementId: idSchema,
  changes: changes(reviewFields),
});

/** How well a reviewed agreement served one of its goals; null takes it back. */
export const reviewFitSchema = z.strictObject({
  type: z.literal("review.fit"),
  sessionId: idSchema,
  agreementId: idSchema,
  goalId: idSchema,
  fit: oneOf(GoalFit).nullable(),
});

/** Records the decision; "revise" also creates the successor agreement. */
export const reviewDecideSchema = z
  .strictObject({
    type: z.literal("review.decide"),
    sessionId: idSchema,
    agreementId: idSchema,
    decision: oneOf(Decision).nullable(),
    successor: z.strictObject({ agreementId: idSchema, text: text(LIMITS.agreementText, 1) }).nullable(),
  })
  .refine((c) => (c.decision === Decision.revise) === (c.successor !== null), {
    message: "a revision needs its new agreement, and only a revision has one",
    path: ["successor"],
  });
