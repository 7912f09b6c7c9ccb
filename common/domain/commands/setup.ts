import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { scheduleSchema } from "../schedule/schedule.js";
import { Better, PersonFunction, Side } from "../vocabulary.js";
import { amountSchema, changes, dateSchema, idSchema, oneOf, text } from "./fields.js";

/** A person's name, organisation and function (their role is set apart, by facilitators). */
export const personFields = {
  name: text(LIMITS.personName, 1),
  orgId: idSchema.nullable(),
  function: oneOf(PersonFunction).nullable(),
};

export const seriesSetupCommands = [
  z.strictObject({ type: z.literal("series.rename"), name: text(LIMITS.seriesName, 1) }),
  /** When the series meets: cadence, usual time and length, time zone. */
  z.strictObject({ type: z.literal("series.schedule"), schedule: scheduleSchema }),
  z.strictObject({ type: z.literal("person.update"), personId: idSchema, changes: changes(personFields) }),
  z.strictObject({ type: z.literal("org.add"), orgId: idSchema, name: text(LIMITS.orgName, 1) }),
  z.strictObject({
    type: z.literal("org.update"),
    orgId: idSchema,
    changes: changes({ name: text(LIMITS.orgName, 1) }),
  }),
  z.strictObject({ type: z.literal("org.remove"), orgId: idSchema }),
] as const;

const goalFields = {
  orgId: idSchema.nullable(),
  title: text(LIMITS.goalTitle, 1),
  why: text(LIMITS.goalText),
  kpiName: text(LIMITS.kpiName),
  kpiUnit: text(LIMITS.kpiUnit),
  baseline: amountSchema,
  target: amountSchema,
  better: oneOf(Better),
  horizon: dateSchema,
  salesMeaning: text(LIMITS.goalText),
  operationsMeaning: text(LIMITS.goalText),
};

/** The fields a new goal may be given; only the title is required. */
export const goalValuesSchema = z
  .strictObject({ ...goalFields, internalTo: idSchema.nullable() })
  .partial()
  .required({ title: true });

/** The fields of an interest. */
export const interestFields = { side: oneOf(Side), label: text(LIMITS.interestLabel, 1) };
const interestSchema = z.strictObject({ interestId: idSchema, ...interestFields });

export const goalAndInterestCommands = [
  z.strictObject({ type: z.literal("goal.add"), goalId: idSchema, values: goalValuesSchema }),
  z.strictObject({ type: z.literal("goal.update"), goalId: idSchema, changes: changes(goalFields) }),
  z.strictObject({ type: z.literal("goal.remove"), goalId: idSchema }),
  z.strictObject({ type: z.literal("interest.add"), ...interestSchema.shape }),
  z.strictObject({ type: z.literal("interest.update"), interestId: idSchema, changes: changes(interestFields) }),
  z.strictObject({ type: z.literal("interest.remove"), interestId: idSchema }),
  z.strictObject({
    type: z.literal("interests.starter"),
    decision: z.enum(["take", "skip"]),
    interests: z.array(interestSchema).max(LIMITS.starterInterests),
  }),
  z.strictObject({
    type: z.literal("collision.add"),
    collisionId: idSchema,
    interestIds: z
      .array(idSchema)
      .min(2)
      .max(LIMITS.interestsPerCollision)
      .refine((ids) => new Set(ids).size === ids.length, "an interest appears twice"),
  }),
  z.strictObject({ type: z.literal("collision.remove"), collisionId: idSchema }),
] as const;

/** Commands that set up the series: people, organisations, goals, interests, collisions. */
export type SetupCommand =
  z.infer<(typeof seriesSetupCommands)[number]> | z.infer<(typeof goalAndInterestCommands)[number]>;

const setupTypes = new Set<string>(
  [...seriesSetupCommands, ...goalAndInterestCommands].map((schema) => schema.shape.type.value),
);

/** Whether a command is one of the setup commands. */
export function isSetupCommand(command: { type: string }): command is SetupCommand {
  return setupTypes.has(command.type);
}
