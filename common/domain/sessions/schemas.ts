import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { AnonymityMode, AttendanceStatus, Level, Phase, SessionKind } from "../vocabulary.js";
import { durationSchema, timeSchema } from "../schedule/schedule.js";
import { changes, dateSchema, idSchema, oneOf, text } from "../commands/fields.js";
import { sessionAgendaSchema } from "../agenda/schemas.js";

/** The fields of a session that its commands set. */
export const sessionFields = {
  date: dateSchema.refine((d) => d !== "", "a session needs a date"),
  place: text(LIMITS.place),
  kind: oneOf(SessionKind),
  hostOrgId: idSchema.nullable(),
  nextDate: dateSchema,
  summary: text(LIMITS.summary),
  /** An optional round at the check-in ("Was erwarten Sie von heute?"); "" for none. */
  checkInQuestion: text(LIMITS.checkInQuestion),
  startTime: timeSchema,
  durationMin: durationSchema,
  cancelled: z.boolean(),
  /** Strategic (management) or executive (operations); null for not set. */
  level: oneOf(Level).nullable(),
};

/** What a session is made with (`session.add`, and the next one made at a close): a date at least. */
const sessionValuesSchema = z.strictObject(sessionFields).partial().required({ date: true });

/** At a close, what becomes of the cases nobody spoke to: they move to the next session, or are dropped. */
export const CarryChoice = { move: "move", drop: "drop" } as const;
export type CarryChoice = (typeof CarryChoice)[keyof typeof CarryChoice];

/** Plans a session; `agenda`, when given, is its agenda from the series' template (ids made by the client). */
export const sessionAddSchema = z.strictObject({
  type: z.literal("session.add"),
  sessionId: idSchema,
  values: sessionValuesSchema,
  agenda: sessionAgendaSchema.optional(),
});

/** Changes a session's fields. */
export const sessionUpdateSchema = z.strictObject({
  type: z.literal("session.update"),
  sessionId: idSchema,
  changes: changes(sessionFields),
});

/** Moves an open session to a phase. */
export const sessionPhaseSchema = z.strictObject({
  type: z.literal("session.phase"),
  sessionId: idSchema,
  phase: oneOf(Phase),
});

/**
 * Closing with due agreements still undecided needs `confirmUndecided`. The
 * close may make the next session (`next`, when none is planned yet) and
 * carry the cases nobody spoke to into it or another planned one (`carry`);
 * a case not named stays where it is. The next session's `agenda` comes from
 * the series' template, with ids the client made.
 */
export const sessionCloseSchema = z.strictObject({
  type: z.literal("session.close"),
  sessionId: idSchema,
  confirmUndecided: z.boolean(),
  next: z
    .strictObject({
      sessionId: idSchema,
      values: sessionValuesSchema,
      agenda: sessionAgendaSchema.optional(),
    })
    .optional(),
  carry: z
    .strictObject({
      to: idSchema,
      cases: z
        .record(idSchema, oneOf(CarryChoice))
        .refine((cases) => Object.keys(cases).length <= LIMITS.casesPerSeries, "too many cases"),
    })
    .optional(),
});

/** Opens a closed session again. */
export const sessionReopenSchema = z.strictObject({ type: z.literal("session.reopen"), sessionId: idSchema });

/** The sender's own answer to the session's check-in question; "" takes it back. */
export const checkinAnswerSchema = z.strictObject({
  type: z.literal("checkin.answer"),
  sessionId: idSchema,
  text: text(LIMITS.checkInAnswer),
});

/** Records whether a person was at the session; null takes the entry back (not recorded). */
export const attendanceSetSchema = z.strictObject({
  type: z.literal("attendance.set"),
  sessionId: idSchema,
  personId: idSchema,
  status: oneOf(AttendanceStatus).nullable(),
});

/** How contributions to one phase of a session are signed: by name, by side, or not at all. */
export const sessionAnonymitySchema = z.strictObject({
  type: z.literal("session.anonymity"),
  sessionId: idSchema,
  phase: oneOf(Phase),
  mode: oneOf(AnonymityMode),
});
