import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { changes, idSchema, oneOf, text } from "../commands/fields.js";
import { Phase } from "../vocabulary.js";

/** Minutes an agenda item may take: at least one, at most a working day. */
export const timeBoxSchema = z
  .number()
  .int("the time box is a whole number of minutes")
  .min(1, "the time box is at least 1 minute")
  .max(LIMITS.agendaTimeBoxMin, `the time box is at most ${LIMITS.agendaTimeBoxMin} minutes`);

/** Where an agenda item sits: before one of the five phases, or (null) after the last. */
export const agendaPlaceSchema = oneOf(Phase).nullable();

/** The fields of an agenda item its commands set. */
export const agendaFields = {
  title: text(LIMITS.agendaTitle, 1),
  /** The person who leads the item; null for nobody in particular. */
  ownerId: idSchema.nullable(),
  timeBoxMin: timeBoxSchema,
  notes: text(LIMITS.agendaNotes),
};

/** What an item is made with: a title, a time box and its place at least. */
export const agendaValuesSchema = z.strictObject({
  ...agendaFields,
  ownerId: agendaFields.ownerId.optional(),
  notes: agendaFields.notes.optional(),
  before: agendaPlaceSchema,
});

/** An agenda item as the state keeps it. */
export const agendaItemSchema = z.strictObject({ id: idSchema, ...agendaFields, before: agendaPlaceSchema });

/** A new session's whole agenda, items with ids the client made (from a template): at most a session's worth. */
export const sessionAgendaSchema = z
  .array(agendaItemSchema)
  .max(LIMITS.agendaItemsPerSession, `a session has at most ${LIMITS.agendaItemsPerSession} agenda items`);

/** Adds an item to a session's agenda, last in its place. */
export const agendaAddSchema = z.strictObject({
  type: z.literal("agenda.add"),
  sessionId: idSchema,
  itemId: idSchema,
  values: agendaValuesSchema,
});

/** Changes an agenda item's title, owner, time box or notes. */
export const agendaUpdateSchema = z.strictObject({
  type: z.literal("agenda.update"),
  sessionId: idSchema,
  itemId: idSchema,
  changes: changes(agendaFields),
});

/** Moves an item to a place, at a position among the items already there (past the end: last). */
export const agendaMoveSchema = z.strictObject({
  type: z.literal("agenda.move"),
  sessionId: idSchema,
  itemId: idSchema,
  before: agendaPlaceSchema,
  index: z.number().int().min(0).max(LIMITS.agendaItemsPerSession),
});

/** Takes an item off the agenda. */
export const agendaRemoveSchema = z.strictObject({
  type: z.literal("agenda.remove"),
  sessionId: idSchema,
  itemId: idSchema,
});

/** Moves the room to an agenda item (null: back to the session's phase). */
export const agendaStepSchema = z.strictObject({
  type: z.literal("agenda.step"),
  sessionId: idSchema,
  itemId: idSchema.nullable(),
});
