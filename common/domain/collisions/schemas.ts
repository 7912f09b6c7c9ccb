import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { idSchema } from "../commands/fields.js";

/** Names interests of different sides that pull against each other. */
export const collisionAddSchema = z.strictObject({
  type: z.literal("collision.add"),
  collisionId: idSchema,
  interestIds: z
    .array(idSchema)
    .min(2)
    .max(LIMITS.interestsPerCollision)
    .refine((ids) => new Set(ids).size === ids.length, "an interest appears twice"),
});

/** Removes a collision and the links to it. */
export const collisionRemoveSchema = z.strictObject({ type: z.literal("collision.remove"), collisionId: idSchema });
