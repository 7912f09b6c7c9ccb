import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { PersonFunction, Role } from "../vocabulary.js";
import { changes, idSchema, oneOf, text } from "../commands/fields.js";

/** A person's name, organisation and function (their role is set apart, by facilitators). */
export const personFields = {
  name: text(LIMITS.personName, 1),
  orgId: idSchema.nullable(),
  function: oneOf(PersonFunction).nullable(),
};

/** Changes a person's name, organisation or function. */
export const personUpdateSchema = z.strictObject({
  type: z.literal("person.update"),
  personId: idSchema,
  changes: changes(personFields),
});

/** Refused when it would leave the series without a facilitator. */
export const personRoleSchema = z.strictObject({
  type: z.literal("person.role"),
  personId: idSchema,
  role: oneOf(Role),
});

/** The target becomes facilitator, the sender a participant. */
export const facilitationHandoverSchema = z.strictObject({
  type: z.literal("facilitation.handover"),
  personId: idSchema,
});

/** A member of the person's organisation (or a facilitator) vouches for their membership. */
export const personConfirmSchema = z.strictObject({ type: z.literal("person.confirm"), personId: idSchema });

/** Adds an organisation. */
export const orgAddSchema = z.strictObject({
  type: z.literal("org.add"),
  orgId: idSchema,
  name: text(LIMITS.orgName, 1),
});

/** Renames an organisation. */
export const orgUpdateSchema = z.strictObject({
  type: z.literal("org.update"),
  orgId: idSchema,
  changes: changes({ name: text(LIMITS.orgName, 1) }),
});

/** Removes an organisation that has no internal items. */
export const orgRemoveSchema = z.strictObject({ type: z.literal("org.remove"), orgId: idSchema });
