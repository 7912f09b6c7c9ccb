import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { scheduleSchema } from "../schedule/schedule.js";
import { text } from "../commands/fields.js";

/** Renames the series. */
export const seriesRenameSchema = z.strictObject({
  type: z.literal("series.rename"),
  name: text(LIMITS.seriesName, 1),
});

/** When the series meets: cadence, usual time and length, time zone. */
export const seriesScheduleSchema = z.strictObject({ type: z.literal("series.schedule"), schedule: scheduleSchema });
