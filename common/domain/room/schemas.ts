import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { ItemKind, Phase } from "../vocabulary.js";
import { idSchema, oneOf } from "../commands/fields.js";

const itemSchema = z.strictObject({ kind: oneOf(ItemKind), id: idSchema });
const timerMs = z.number().int();

/** Puts one item in the spotlight for everyone, or none. */
export const roomSpotlightSchema = z.strictObject({ type: z.literal("room.spotlight"), item: itemSchema.nullable() });

/** Sets the duration; the timer stands still with all of it remaining. */
export const timerSetSchema = z.strictObject({
  type: z.literal("timer.set"),
  durationMs: timerMs.min(LIMITS.timerMinMs).max(LIMITS.timerMaxMs),
  signal: z.boolean(),
});

/** Starts the set timer. */
export const timerStartSchema = z.strictObject({ type: z.literal("timer.start") });
/** Pauses the running timer. */
export const timerPauseSchema = z.strictObject({ type: z.literal("timer.pause") });

/** Adds (or takes off) time. */
export const timerAddSchema = z.strictObject({
  type: z.literal("timer.add"),
  ms: timerMs
    .min(-LIMITS.timerStepMs)
    .max(LIMITS.timerStepMs)
    .refine((ms) => ms !== 0, "adds no time"),
});

/** Sets the timer back to its whole duration, standing still. */
export const timerResetSchema = z.strictObject({ type: z.literal("timer.reset") });
/** Takes the timer away. */
export const timerClearSchema = z.strictObject({ type: z.literal("timer.clear") });

/** Locks or unlocks the whole board or one phase for participants. */
export const roomLockSchema = z.strictObject({
  type: z.literal("room.lock"),
  scope: z.union([z.literal("board"), oneOf(Phase)]),
  locked: z.boolean(),
});

/** The sender is (or is no longer) ready with the current session's phase. */
export const readySetSchema = z.strictObject({ type: z.literal("ready.set"), ready: z.boolean() });
