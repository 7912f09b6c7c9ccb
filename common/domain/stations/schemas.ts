import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { timeBoxSchema } from "../agenda/schemas.js";
import { changes, idSchema, text } from "../commands/fields.js";

/** The fields of a station its commands set. */
export const stationFields = {
  name: text(LIMITS.stationName, 1),
  place: text(LIMITS.place),
  /** A person of the host organisation who shows it; null for nobody in particular. */
  hostPersonId: idSchema.nullable(),
  lookAt: text(LIMITS.stationLookAt),
  timeBoxMin: timeBoxSchema,
  /** The host organisation, to prepare it for the host only; null when the visitors see it. */
  internalTo: idSchema.nullable(),
};

/** What a station is made with: a name and a time box at least. */
export const stationValuesSchema = z.strictObject({
  name: stationFields.name,
  timeBoxMin: stationFields.timeBoxMin,
  place: stationFields.place.optional(),
  hostPersonId: stationFields.hostPersonId.optional(),
  lookAt: stationFields.lookAt.optional(),
  internalTo: stationFields.internalTo.optional(),
});

/** A station as the state keeps it. */
export const stationSchema = z.strictObject({ id: idSchema, ...stationFields });

/** Adds a station at the end of a peer visit's tour. */
export const stationAddSchema = z.strictObject({
  type: z.literal("station.add"),
  sessionId: idSchema,
  stationId: idSchema,
  values: stationValuesSchema,
});

/** Changes a station's name, place, host person, what to look at, time box or who sees it. */
export const stationUpdateSchema = z.strictObject({
  type: z.literal("station.update"),
  sessionId: idSchema,
  stationId: idSchema,
  changes: changes(stationFields),
});

/** Moves a station to a position in the tour (past the end: last). */
export const stationMoveSchema = z.strictObject({
  type: z.literal("station.move"),
  sessionId: idSchema,
  stationId: idSchema,
  index: z.number().int().min(0).max(LIMITS.stationsPerSession),
});

/** Takes a station out of the tour, with the observations made there. */
export const stationRemoveSchema = z.strictObject({
  type: z.literal("station.remove"),
  sessionId: idSchema,
  stationId: idSchema,
});

/** Moves the group to a station (null: the tour has not started or is over). */
export const stationStepSchema = z.strictObject({
  type: z.literal("station.step"),
  sessionId: idSchema,
  stationId: idSchema.nullable(),
});
