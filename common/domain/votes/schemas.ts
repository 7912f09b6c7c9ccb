import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { VoteTarget } from "../vocabulary.js";
import { idSchema, oneOf } from "../commands/fields.js";

const totalsSchema = z
  .record(idSchema, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
  .refine((t) => Object.keys(t).length <= LIMITS.casesPerSeries + LIMITS.agreementsPerSeries, "too many totals");

/** Opens a dot vote on the session's cases or agreements. */
export const voteOpenSchema = z.strictObject({
  type: z.literal("vote.open"),
  sessionId: idSchema,
  target: oneOf(VoteTarget),
  dotsPerPerson: z.number().int().min(1).max(LIMITS.dotsPerPerson),
  stacking: z.boolean(),
});

/** Puts a dot on an item, or takes one back. */
export const voteCastSchema = z.strictObject({
  type: z.literal("vote.cast"),
  itemId: idSchema,
  delta: z.union([z.literal(1), z.literal(-1)]),
});

/**
 * Clients never send `totals` (authorization refuses them): the server adds
 * them to the event it sends to viewers who cannot see the ballots.
 */
export const voteRevealSchema = z.strictObject({ type: z.literal("vote.reveal"), totals: totalsSchema.optional() });

/** Closes a revealed vote. */
export const voteCloseSchema = z.strictObject({ type: z.literal("vote.close") });
