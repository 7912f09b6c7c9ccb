import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { Better, ChangeKind } from "../vocabulary.js";
import { amountSchema, changes, dateSchema, idSchema, oneOf, text } from "../commands/fields.js";

const goalFields = {
  orgId: idSchema.nullable(),
  title: text(LIMITS.goalTitle, 1),
  why: text(LIMITS.goalText),
  kpiName: text(LIMITS.kpiName),
  kpiUnit: text(LIMITS.kpiUnit),
  baseline: amountSchema,
  target: amountSchema,
  better: oneOf(Better),
  horizon: dateSchema,
  salesMeaning: text(LIMITS.goalText),
  operationsMeaning: text(LIMITS.goalText),
  changeKind: oneOf(ChangeKind).nullable(),
};

/** The fields a new goal may be given; only the title is required. */
export const goalValuesSchema = z
  .strictObject({ ...goalFields, internalTo: idSchema.nullable() })
  .partial()
  .required({ title: true });

/** Adds a goal. */
export const goalAddSchema = z.strictObject({
  type: z.literal("goal.add"),
  goalId: idSchema,
  values: goalValuesSchema,
});

/** Changes a goal's fields. */
export const goalUpdateSchema = z.strictObject({
  type: z.literal("goal.update"),
  goalId: idSchema,
  changes: changes(goalFields),
});

/** Removes a goal and every link to it. */
export const goalRemoveSchema = z.strictObject({ type: z.literal("goal.remove"), goalId: idSchema });
