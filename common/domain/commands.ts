import { z } from "zod";
import { LIMITS } from "../limits.js";

/** Client-made ids (nanoid alphabet). */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "invalid id");

const NUL = "\u0000";

/** A text field: bounded, no NUL characters (PostgreSQL cannot store them). */
function text(max: number, min = 0) {
  return z
    .string()
    .max(max)
    .refine((s) => !s.includes(NUL), "text contains a NUL character")
    .refine((s) => s.trim().length >= min, min > 0 ? "must not be empty" : "too short");
}

export const personJoinSchema = z.strictObject({
  type: z.literal("person.join"),
  name: text(LIMITS.personName, 1),
});

export const seriesRenameSchema = z.strictObject({
  type: z.literal("series.rename"),
  name: text(LIMITS.seriesName, 1),
});

export const caseAddSchema = z.strictObject({
  type: z.literal("case.add"),
  caseId: idSchema,
  title: text(LIMITS.caseTitle, 1),
  description: text(LIMITS.caseDescription),
});

export const CaseField = { title: "title", description: "description" } as const;
export type CaseField = (typeof CaseField)[keyof typeof CaseField];

export const caseUpdateSchema = z.discriminatedUnion("field", [
  z.strictObject({
    type: z.literal("case.update"),
    caseId: idSchema,
    field: z.literal(CaseField.title),
    value: text(LIMITS.caseTitle, 1),
  }),
  z.strictObject({
    type: z.literal("case.update"),
    caseId: idSchema,
    field: z.literal(CaseField.description),
    value: text(LIMITS.caseDescription),
  }),
]);

export const caseRemoveSchema = z.strictObject({
  type: z.literal("case.remove"),
  caseId: idSchema,
});

export const agreementAddSchema = z.strictObject({
  type: z.literal("agreement.add"),
  agreementId: idSchema,
  text: text(LIMITS.agreementText, 1),
  caseId: idSchema.nullable(),
});

export const agreementUpdateSchema = z.strictObject({
  type: z.literal("agreement.update"),
  agreementId: idSchema,
  field: z.literal("text"),
  value: text(LIMITS.agreementText, 1),
});

export const agreementRemoveSchema = z.strictObject({
  type: z.literal("agreement.remove"),
  agreementId: idSchema,
});

/** Every command a client may send over the socket. */
export const clientCommandSchema = z.union([
  personJoinSchema,
  seriesRenameSchema,
  caseAddSchema,
  caseUpdateSchema,
  caseRemoveSchema,
  agreementAddSchema,
  agreementUpdateSchema,
  agreementRemoveSchema,
]);
export type ClientCommand = z.infer<typeof clientCommandSchema>;

/** Creates a series; only the server issues it, as a series' first event. */
export const seriesCreateSchema = z.strictObject({
  type: z.literal("series.create"),
  name: text(LIMITS.seriesName, 1),
  creatorName: text(LIMITS.personName, 1),
});
export type SeriesCreate = z.infer<typeof seriesCreateSchema>;

/** Everything an event can carry: a client command or the series' creation. */
export const eventCommandSchema = z.union([seriesCreateSchema, clientCommandSchema]);
export type EventCommand = SeriesCreate | ClientCommand;
export type CommandType = EventCommand["type"];
