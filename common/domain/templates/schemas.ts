import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { agendaItemSchema, sessionAgendaSchema } from "../agenda/schemas.js";
import { idSchema } from "../commands/fields.js";
import { TemplateId } from "./builtin.js";

/** A built-in template's id; anything else is an unknown template. */
export const templateIdSchema = z.enum(TemplateId, { error: "unknown template" });

/** An item of a template as the state keeps it: an agenda item without an id. */
export const templateItemSchema = agendaItemSchema.omit({ id: true });

/** The series' template as the state keeps it: a built-in one by id, or its own items. */
export const seriesTemplateSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("builtin"), id: templateIdSchema }),
  z.strictObject({
    kind: z.literal("own"),
    items: z
      .array(templateItemSchema)
      .min(1)
      .max(LIMITS.agendaItemsPerSession, `a template has at most ${LIMITS.agendaItemsPerSession} items`),
  }),
]);

/** Sets the series' template to a built-in one, or (null) to none: new sessions then have the five phases alone. */
export const templateChooseSchema = z.strictObject({
  type: z.literal("template.choose"),
  template: templateIdSchema.nullable(),
});

/**
 * Makes a session's agenda the series' own template: its items without
 * their ids (each session gets its own), owners kept.
 */
export const templateSaveSchema = z.strictObject({
  type: z.literal("template.save"),
  sessionId: idSchema,
});

/**
 * Fills the agenda of an open session that has no items yet from a template:
 * the client turns the template into items with ids of its making
 * (`agendaFromTemplate`), so that every replica applies the same items.
 */
export const templateApplySchema = z.strictObject({
  type: z.literal("template.apply"),
  sessionId: idSchema,
  items: sessionAgendaSchema.min(1, "a template brings at least one agenda item"),
});
