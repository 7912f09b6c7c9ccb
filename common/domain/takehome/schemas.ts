import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { changes, idSchema, text } from "../commands/fields.js";

/** The fields of a take-home item its commands change. */
export const takeHomeFields = {
  text: text(LIMITS.takeHome, 1),
  /** Its organisation, for its members only; null when everyone sees it. */
  internalTo: idSchema.nullable(),
};

/** A take-home item as the state keeps it. */
export const takeHomeItemSchema = z.strictObject({
  id: idSchema,
  orgId: idSchema,
  ...takeHomeFields,
  by: idSchema,
  /** Restored series number their items up to 0: the state's schema widens this. */
  createdSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** Puts something a visiting organisation wants to try at home on its list. */
export const takeHomeAddSchema = z.strictObject({
  type: z.literal("takehome.add"),
  sessionId: idSchema,
  itemId: idSchema,
  orgId: idSchema,
  text: takeHomeFields.text,
  internalTo: takeHomeFields.internalTo,
});

/** Changes a take-home item's text or who sees it. */
export const takeHomeUpdateSchema = z.strictObject({
  type: z.literal("takehome.update"),
  sessionId: idSchema,
  itemId: idSchema,
  changes: changes(takeHomeFields),
});

/** Takes an item off its organisation's take-home list. */
export const takeHomeRemoveSchema = z.strictObject({
  type: z.literal("takehome.remove"),
  sessionId: idSchema,
  itemId: idSchema,
});
