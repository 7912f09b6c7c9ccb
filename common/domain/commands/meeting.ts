import { z } from "zod";
import { LIMITS } from "../../limits.js";
import {
  AgreementStatus,
  AttendanceStatus,
  Decision,
  GoalFit,
  Kept,
  Level,
  MirrorVerdict,
  NoteList,
  OutcomeReached,
  Phase,
  SessionKind,
  Side,
  Stage,
} from "../vocabulary.js";
import { durationSchema, timeSchema } from "../schedule/schedule.js";
import { amountSchema, changes, dateSchema, idSchema, oneOf, text } from "./fields.js";
import { marginEffectSchema, realisedEffectSchema } from "../agreements/effect.js";

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
};

/** What a session is made with (`session.add`, and the next one made at a close): a date at least. */
const sessionValuesSchema = z.strictObject(sessionFields).partial().required({ date: true });

/** At a close, what becomes of the cases nobody spoke to: they move to the next session, or are dropped. */
export const CarryChoice = { move: "move", drop: "drop" } as const;
export type CarryChoice = (typeof CarryChoice)[keyof typeof CarryChoice];

export const sessionCommands = [
  z.strictObject({
    type: z.literal("session.add"),
    sessionId: idSchema,
    values: sessionValuesSchema,
  }),
  z.strictObject({ type: z.literal("session.update"), sessionId: idSchema, changes: changes(sessionFields) }),
  z.strictObject({ type: z.literal("session.phase"), sessionId: idSchema, phase: oneOf(Phase) }),
  /**
   * Closing with due agreements still undecided needs `confirmUndecided`. The
   * close may make the next session (`next`, when none is planned yet) and
   * carry the cases nobody spoke to into it or another planned one (`carry`);
   * a case not named stays where it is.
   */
  z.strictObject({
    type: z.literal("session.close"),
    sessionId: idSchema,
    confirmUndecided: z.boolean(),
    next: z.strictObject({ sessionId: idSchema, values: sessionValuesSchema }).optional(),
    carry: z
      .strictObject({
        to: idSchema,
        cases: z
          .record(idSchema, oneOf(CarryChoice))
          .refine((cases) => Object.keys(cases).length <= LIMITS.casesPerSeries, "too many cases"),
      })
      .optional(),
  }),
  z.strictObject({ type: z.literal("session.reopen"), sessionId: idSchema }),
  /** Records whether a person was at the session; null takes the entry back (not recorded). */
  /** The sender's own answer to the session's check-in question; "" takes it back. */
  z.strictObject({ type: z.literal("checkin.answer"), sessionId: idSchema, text: text(LIMITS.checkInAnswer) }),
  z.strictObject({
    type: z.literal("attendance.set"),
    sessionId: idSchema,
    personId: idSchema,
    status: oneOf(AttendanceStatus).nullable(),
  }),
] as const;

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

export const caseCommands = [
  z.strictObject({ type: z.literal("case.add"), caseId: idSchema, values: caseValuesSchema }),
  z.strictObject({ type: z.literal("case.update"), caseId: idSchema, changes: changes(caseFields) }),
  z.strictObject({ type: z.literal("case.remove"), caseId: idSchema }),
  z.strictObject({
    type: z.literal("case.note.add"),
    caseId: idSchema,
    list: oneOf(NoteList),
    noteId: idSchema,
    text: text(LIMITS.note, 1),
  }),
  z.strictObject({
    type: z.literal("case.note.update"),
    caseId: idSchema,
    list: oneOf(NoteList),
    noteId: idSchema,
    text: text(LIMITS.note, 1),
  }),
  z.strictObject({ type: z.literal("case.note.remove"), caseId: idSchema, list: oneOf(NoteList), noteId: idSchema }),
  z.strictObject({
    type: z.literal("case.mirror.add"),
    caseId: idSchema,
    mirrorId: idSchema,
    ofSide: oneOf(Side),
    text: text(LIMITS.mirror, 1),
  }),
  z.strictObject({
    type: z.literal("case.mirror.respond"),
    caseId: idSchema,
    mirrorId: idSchema,
    verdict: oneOf(MirrorVerdict),
    correction: text(LIMITS.mirror),
  }),
  z.strictObject({ type: z.literal("case.mirror.remove"), caseId: idSchema, mirrorId: idSchema }),
  z.strictObject({
    type: z.literal("case.link"),
    caseId: idSchema,
    kind: z.enum(["collision", "goal"]),
    targetId: idSchema,
    linked: z.boolean(),
  }),
] as const;

const agreementFields = {
  text: text(LIMITS.agreementText, 1),
  level: oneOf(Level),
  due: dateSchema,
  caseId: idSchema.nullable(),
  collisionId: idSchema.nullable(),
  outcome: text(LIMITS.outcome),
  sessionId: idSchema.nullable(),
  effect: marginEffectSchema,
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

export const agreementCommands = [
  z.strictObject({ type: z.literal("agreement.add"), agreementId: idSchema, values: agreementValuesSchema }),
  z.strictObject({ type: z.literal("agreement.update"), agreementId: idSchema, changes: changes(agreementFields) }),
  z.strictObject({
    type: z.literal("agreement.link"),
    agreementId: idSchema,
    kind: z.enum(["owner", "goal"]),
    targetId: idSchema,
    linked: z.boolean(),
  }),
  z.strictObject({
    type: z.literal("agreement.status"),
    agreementId: idSchema,
    status: oneOf(AgreementStatus),
    comment: text(LIMITS.comment),
    /** The KPI value the owner measured since the last session, for the agreement's goals; missing for none. */
    kpiValue: amountSchema.optional(),
  }),
  z.strictObject({ type: z.literal("agreement.remove"), agreementId: idSchema }),
] as const;

/** The verdict fields of a review. */
export const reviewFields = {
  kept: oneOf(Kept).nullable(),
  outcome: oneOf(OutcomeReached).nullable(),
  kpiValue: amountSchema,
  evidence: text(LIMITS.evidence),
  realisedEffect: realisedEffectSchema,
};

export const reviewCommands = [
  z.strictObject({
    type: z.literal("review.set"),
    sessionId: idSchema,
    agreementId: idSchema,
    changes: changes(reviewFields),
  }),
  z.strictObject({
    type: z.literal("review.fit"),
    sessionId: idSchema,
    agreementId: idSchema,
    goalId: idSchema,
    fit: oneOf(GoalFit).nullable(),
  }),
  /** Records the decision; "revise" also creates the successor agreement. */
  z
    .strictObject({
      type: z.literal("review.decide"),
      sessionId: idSchema,
      agreementId: idSchema,
      decision: oneOf(Decision).nullable(),
      successor: z.strictObject({ agreementId: idSchema, text: text(LIMITS.agreementText, 1) }).nullable(),
    })
    .refine((c) => (c.decision === Decision.revise) === (c.successor !== null), {
      message: "a revision needs its new agreement, and only a revision has one",
      path: ["successor"],
    }),
] as const;
