import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { changes, idSchema, oneOf, text } from "../commands/fields.js";
import { ObservationKind } from "../stations/types.js";

/** The fields of an observation its author sets. */
export const observationFields = {
  kind: oneOf(ObservationKind),
  text: text(LIMITS.observation, 1),
};

/** An observation as the state keeps it. */
export const observationSchema = z.strictObject({
  id: idSchema,
  stationId: idSchema,
  ...observationFields,
  by: idSchema,
  caseId: idSchema.nullable(),
  /** Restored series number their items up to 0: the state's schema widens this. */
  createdSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** Writes an observation card at a station of a peer visit (guests too). */
export const observationAddSchema = z.strictObject({
  type: z.literal("observation.add"),
  sessionId: idSchema,
  stationId: idSchema,
  observationId: idSchema,
  ...observationFields,
});

/** Changes one's own observation. */
export const observationUpdateSchema = z.strictObject({
  type: z.literal("observation.update"),
  sessionId: idSchema,
  observationId: idSchema,
  changes: changes(observationFields),
});

/** Removes an observation (its author, or a facilitator). */
export const observationRemoveSchema = z.strictObject({
  type: z.literal("observation.remove"),
  sessionId: idSchema,
  observationId: idSchema,
});

/**
 * Turns an observation into a case of the host organisation. The sender writes
 * the case's title and description (with where it comes from, in their language).
 */
export const observationCaseSchema = z.strictObject({
  type: z.literal("observation.case"),
  sessionId: idSchema,
  observationId: idSchema,
  caseId: idSchema,
  title: text(LIMITS.caseTitle, 1),
  description: text(LIMITS.caseDescription),
  /** The host organisation to keep the case to itself; null to share it. */
  internalTo: idSchema.nullable(),
});
