import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { idSchema, text } from "../commands/fields.js";

const groupSchema = z.strictObject({
  groupId: idSchema,
  name: text(LIMITS.groupName, 1),
  memberIds: z.array(idSchema).max(LIMITS.peoplePerSeries),
  caseId: idSchema.nullable(),
});

/** Sends people into groups, each working on a case (or none), in an open session. */
export const breakoutStartSchema = z.strictObject({
  type: z.literal("breakout.start"),
  sessionId: idSchema,
  groups: z.array(groupSchema).min(1).max(LIMITS.breakoutGroups),
});

/** Brings everyone back from the groups. */
export const breakoutEndSchema = z.strictObject({ type: z.literal("breakout.end") });
