import { z } from "zod";
import { LIMITS } from "../../limits.js";

/** Client-made ids (nanoid alphabet). */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "invalid id")
  // Ids key plain objects in the state: names that objects inherit ("constructor", "__proto__") never are ids.
  .refine((id) => !(id in Object.prototype), "invalid id");

const NUL = "\u0000";

// Explicit direction embeddings, overrides and isolates: an unclosed one turns the
// text around it (the board's own words) backwards. Right-to-left scripts need none of them.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** A text field: bounded, no NUL characters (PostgreSQL cannot store them), no direction controls. */
export function text(max: number, min = 0) {
  return z
    .string()
    .max(max)
    .refine((s) => !s.includes(NUL), "text contains a NUL character")
    .refine((s) => !DIRECTION_CONTROLS.test(s), "text contains a direction control character")
    .refine((s) => s.trim().length >= min, min > 0 ? "must not be empty" : "too short");
}

/** A calendar date (YYYY-MM-DD) that exists, or "" for none. */
export const dateSchema = z.union([z.literal(""), z.iso.date()]);

/** A finite number within the limits, or null for none. */
export const amountSchema = z.number().finite().min(-LIMITS.number).max(LIMITS.number).nullable();

/** A value of an `as const` vocabulary object. */
export function oneOf<T extends Record<string, string>>(vocabulary: T) {
  const values = Object.values(vocabulary) as [T[keyof T], ...T[keyof T][]];
  return z.enum(values);
}

/** A changes object: at least one known field. */
export function changes<T extends z.ZodRawShape>(shape: T) {
  return z
    .strictObject(shape)
    .partial()
    .refine((c) => Object.keys(c).length > 0, "no changes");
}
