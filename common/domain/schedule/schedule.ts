import { z } from "zod";

/** How often a series meets. */
export const CadenceKind = {
  none: "none",
  weekly: "weekly",
  biweekly: "biweekly",
  monthly: "monthly",
  quarterly: "quarterly",
} as const;
export type CadenceKind = (typeof CadenceKind)[keyof typeof CadenceKind];

/** Which weekday of the month: the 1st to the 5th, or the last (-1). */
export const WEEK_OF_MONTH = [1, 2, 3, 4, 5, -1] as const;
export type WeekOfMonth = (typeof WEEK_OF_MONTH)[number];

/** The rhythm of a series: weekly and every two weeks from the last session; monthly and quarterly on "the nth weekday". */
export type Cadence =
  | { kind: "none" }
  | { kind: "weekly" }
  | { kind: "biweekly" }
  | { kind: "monthly" | "quarterly"; week: WeekOfMonth; weekday: number };

/** When a series meets: its cadence, the usual start time and length, and the time zone they are read in. */
export interface Schedule {
  cadence: Cadence;
  /** Local wall-clock time "HH:MM", or "" when sessions have no time (all-day). */
  startTime: string;
  /** Minutes; null when not set. */
  durationMin: number | null;
  /** An IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
}

/** The time zone a series meets in unless it says otherwise: the users are German Mittelstand. */
export const DEFAULT_TIME_ZONE = "Europe/Berlin";

/** What a series without a schedule (an older one, or one never set up) has. */
export const NO_SCHEDULE: Schedule = {
  cadence: { kind: "none" },
  startTime: "",
  durationMin: null,
  timeZone: DEFAULT_TIME_ZONE,
};

/** A session's length in minutes: at least five, at most ten hours. */
export const DURATION_MIN = { min: 5, max: 600 } as const;

/** "HH:MM" on a 24-hour clock, or "" for none. */
export const timeSchema = z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time is HH:MM")]);

/** A session length in whole minutes, or null for none. */
export const durationSchema = z
  .number()
  .int("a duration is whole minutes")
  .min(DURATION_MIN.min, `a session lasts at least ${DURATION_MIN.min} minutes`)
  .max(DURATION_MIN.max, `a session lasts at most ${DURATION_MIN.max} minutes`)
  .nullable();

/** An IANA time zone this runtime knows (checked with Intl, so "Mars/Olympus" is refused). */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone);
    } catch {
      return false;
    }
  }, "unknown time zone");

const weekdaySchema = z.number().int().min(0, "a weekday is 0 (Sunday) to 6").max(6, "a weekday is 0 (Sunday) to 6");

/** A cadence as sent and stored. */
export const cadenceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal(CadenceKind.none) }),
  z.strictObject({ kind: z.literal(CadenceKind.weekly) }),
  z.strictObject({ kind: z.literal(CadenceKind.biweekly) }),
  z.strictObject({
    kind: z.enum([CadenceKind.monthly, CadenceKind.quarterly]),
    week: z.union(WEEK_OF_MONTH.map((n) => z.literal(n)) as [z.ZodLiteral<1>, ...z.ZodLiteral<WeekOfMonth>[]]),
    weekday: weekdaySchema,
  }),
]);

/** A schedule as sent (`series.schedule`) and stored. */
export const scheduleSchema = z.strictObject({
  cadence: cadenceSchema,
  startTime: timeSchema,
  durationMin: durationSchema,
  timeZone: timeZoneSchema,
});
