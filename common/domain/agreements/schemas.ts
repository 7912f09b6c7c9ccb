import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { AgreementStatus, ChangeKind, Level } from "../vocabulary.js";
import { amountSchema, changes, dateSchema, idSchema, oneOf, text } from "../commands/fields.js";
import { marginEffectSchema } from "./effect.js";

const agreementFields = {
  text: text(LIMITS.agreementText, 1),
  level: oneOf(Level),
  due: dateSchema,
  caseId: idSchema.nullable(),
  collisionId: idSchema.nullable(),
  outcome: text(LIMITS.outcome),
  sessionId: idSchema.nullable(),
  effect: marginEffectSchema,
  changeKind: oneOf(ChangeKind).nullable(),
  /** The strategic agreement this executive one breaks down; null for none. */
  parentId: idSchema.nullable(),
};

/** The fields a new agreement may be given; only the text is required. */
export const agreementValuesSchema = z
  .strictObject({
    ...agreementFields,
    ownerIds: z.array(idSchema).max(LIMITS.linksPerItem),
    goalIds: z.array(idSchema).max(LIMITS.linksPerItem),
    internalTo: idSchema.nullable(),
  })
  .partial()
  .required({ text: true });

/** Adds an agreement. */
export const agreementAddSchema = z.strictObject({
  type: z.literal("agreement.add"),
  agreementId: idSchema,
  values: agreementValuesSchema,
});

/** Changes an agreement's fields. */
export const agreementUpdateSchema = z.strictObject({
  type: z.literal("agreement.update"),
  agreementId: idSchema,
  changes: changes(agreementFields),
});

/** Names or removes an owner, links or unlinks a goal. */
export const agreementLinkSchema = z.strictObject({
  type: z.literal("agreement.link"),
  agreementId: idSchema,
  kind: z.enum(["owner", "goal"]),
  targetId: idSchema,
  linked: z.boolean(),
});

/** Reports how an agreement stands, with a comment. */
export const agreementStatusSchema = z.strictObject({
  type: z.literal("agreement.status"),
  agreementId: idSchema,
  status: oneOf(AgreementStatus),
  comment: text(LIMITS.comment),
  /** The KPI value the owner measured since the last session, for the agreement's goals; missing for none. */
  kpiValue: amountSchema.optional(),
});

/** Moves an agreement to the trash. */
export const agreementRemoveSchema = z.strictObject({ type: z.literal("agreement.remove"), agreementId: idSchema });
