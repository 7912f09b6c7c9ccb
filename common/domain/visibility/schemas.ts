import { z } from "zod";
import { ItemKind } from "../vocabulary.js";
import { idSchema, oneOf } from "../commands/fields.js";

/** Makes an item internal to one organisation (orgId) or shared with the whole series (null). */
export const itemVisibilitySchema = z.strictObject({
  type: z.literal("item.visibility"),
  kind: oneOf(ItemKind),
  itemId: idSchema,
  internalTo: idSchema.nullable(),
});
