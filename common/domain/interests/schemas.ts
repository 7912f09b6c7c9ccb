import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { Side } from "../vocabulary.js";
import { changes, idSchema, oneOf, text } from "../commands/fields.js";

/** The fields of an interest. */
export const interestFields = { side: oneOf(Side), label: text(LIMITS.interestLabel, 1) };
const interestSchema = z.strictObject({ interestId: idSchema, ...interestFields });

/** Adds an interest of one side. */
export const interestAddSchema = z.strictObject({ type: z.literal("interest.add"), ...interestSchema.shape });

/** Changes an interest's side or label. */
export const interestUpdateSchema = z.strictObject({
  type: z.literal("interest.update"),
  interestId: idSchema,
  changes: changes(interestFields),
});

/** Removes an interest no collision names. */
export const interestRemoveSchema = z.strictObject({ type: z.literal("interest.remove"), interestId: idSchema });

/** Takes (with the interests chosen) or skips the starter catalog, once. */
export const interestsStarterSchema = z.strictObject({
  type: z.literal("interests.starter"),
  decision: z.enum(["take", "skip"]),
  interests: z.array(interestSchema).max(LIMITS.starterInterests),
});
