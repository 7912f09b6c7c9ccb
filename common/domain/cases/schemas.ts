import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { MirrorVerdict, NoteList, Side, Stage } from "../vocabulary.js";
import { amountSchema, changes, dateSchema, idSchema, oneOf, text } from "../commands/fields.js";

const caseFields = {
  sessionId: idSchema.nullable(),
  title: text(LIMITS.caseTitle, 1),
  description: text(LIMITS.caseDescription),
  presenterId: idSchema.nullable(),
  orgId: idSchema.nullable(),
  happenedOn: dateSchema,
  stage: oneOf(Stage).nullable(),
  marginImpact: amountSchema,
  delayDays: amountSchema,
  customer: text(LIMITS.customer),
  salesView: text(LIMITS.view),
  operationsView: text(LIMITS.view),
};

/** The fields a new case may be given; only the title is required. */
export const caseValuesSchema = z
  .strictObject({ ...caseFields, internalTo: idSchema.nullable() })
  .partial()
  .required({ title: true });

/** Adds a case. */
export const caseAddSchema = z.strictObject({
  type: z.literal("case.add"),
  caseId: idSchema,
  values: caseValuesSchema,
});

/** Changes a case's fields. */
export const caseUpdateSchema = z.strictObject({
  type: z.literal("case.update"),
  caseId: idSchema,
  changes: changes(caseFields),
});

/** Moves a case to the trash. */
export const caseRemoveSchema = z.strictObject({ type: z.literal("case.remove"), caseId: idSchema });

/** Links a case to a collision or goal, or unlinks it. */
export const caseLinkSchema = z.strictObject({
  type: z.literal("case.link"),
  caseId: idSchema,
  kind: z.enum(["collision", "goal"]),
  targetId: idSchema,
  linked: z.boolean(),
});

/** Adds a note to one of a case's look-back lists. */
export const caseNoteAddSchema = z.strictObject({
  type: z.literal("case.note.add"),
  caseId: idSchema,
  list: oneOf(NoteList),
  noteId: idSchema,
  text: text(LIMITS.note, 1),
});

/** Changes a note's text. */
export const caseNoteUpdateSchema = z.strictObject({
  type: z.literal("case.note.update"),
  caseId: idSchema,
  list: oneOf(NoteList),
  noteId: idSchema,
  text: text(LIMITS.note, 1),
});

/** Moves a note to the trash. */
export const caseNoteRemoveSchema = z.strictObject({
  type: z.literal("case.note.remove"),
  caseId: idSchema,
  list: oneOf(NoteList),
  noteId: idSchema,
});

/** Says how one side sees the other in a case (a mirror statement). */
export const caseMirrorAddSchema = z.strictObject({
  type: z.literal("case.mirror.add"),
  caseId: idSchema,
  mirrorId: idSchema,
  ofSide: oneOf(Side),
  text: text(LIMITS.mirror, 1),
});

/** The other side's answer to a mirror statement. */
export const caseMirrorRespondSchema = z.strictObject({
  type: z.literal("case.mirror.respond"),
  caseId: idSchema,
  mirrorId: idSchema,
  verdict: oneOf(MirrorVerdict),
  correction: text(LIMITS.mirror),
});

/** Moves a mirror statement to the trash. */
export const caseMirrorRemoveSchema = z.strictObject({
  type: z.literal("case.mirror.remove"),
  caseId: idSchema,
  mirrorId: idSchema,
});
