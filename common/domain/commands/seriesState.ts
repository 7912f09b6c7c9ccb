import { z } from "zod";
import { LIMITS } from "../../limits.js";
import type { SeriesState } from "../types.js";
import {
  ChangeKind,
  AgreementStatus,
  AttendanceStatus,
  AnonymityMode,
  Decision,
  GoalFit,
  ItemKind,
  MirrorVerdict,
  NoteList,
  Phase,
  Role,
  Side,
  TrashKind,
  VoteTarget,
} from "../vocabulary.js";
import { scheduleSchema } from "../schedule/schedule.js";
import { marginEffectSchema, realisedEffectSchema } from "../agreements/effect.js";
import { amountSchema, idSchema, oneOf, text } from "./fields.js";
import { agreementValuesSchema } from "../agreements/schemas.js";
import { caseValuesSchema } from "../cases/schemas.js";
import { goalValuesSchema } from "../goals/schemas.js";
import { interestFields } from "../interests/schemas.js";
import { personFields } from "../people/schemas.js";
import { reviewFields } from "../reviews/schemas.js";
import { sessionFields } from "../sessions/schemas.js";
import { agendaItemSchema } from "../agenda/schemas.js";
import { stationSchema } from "../stations/schemas.js";
import { observationSchema } from "../observations/schemas.js";
import { takeHomeItemSchema } from "../takehome/schemas.js";
import { seriesTemplateSchema } from "../templates/schemas.js";

/**
 * A sequence number inside a state. A restored series keeps the order of its
 * items by numbering them up to 0, before its own first event: so they may
 * be negative.
 */
const seqSchema = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** A moment as the server writes it (`Date.toISOString()`). */
const timestampSchema = z.iso.datetime();

/** A person id, or "" where an anonymous contribution does not name its author. */
const authorIdSchema = z.union([z.literal(""), idSchema]);

const PHASE_PATTERN = Object.values(Phase).join("|");
const ID_PATTERN = "[A-Za-z0-9_-]{8,64}";
const ENTITY_PATTERN = "series|org|person|goal|interest|session|case|agreement|review";

/** The key of a review: `session:agreement` (see `reviewId`). */
const reviewKeySchema = z.string().regex(new RegExp(`^${ID_PATTERN}:${ID_PATTERN}$`), "invalid review key");

/** The key of a field's last writer: `kind:id:field`, where a review's id is itself `session:agreement`. */
const editKeySchema = z
  .string()
  .regex(new RegExp(`^(${ENTITY_PATTERN}):${ID_PATTERN}(:${ID_PATTERN})?:[A-Za-z]{1,40}$`), "invalid edit key");

/** A step people say they are ready with: `session:phase` (see `stepKey`). */
const stepKeySchema = z.string().regex(new RegExp(`^${ID_PATTERN}:(${PHASE_PATTERN})$`), "invalid step key");

/** A record of at most `max` entries under ids. */
function table<T extends z.ZodType>(value: T, max: number) {
  return z.record(idSchema, value).refine((record) => Object.keys(record).length <= max, `more than ${max} entries`);
}

const idList = (max: number) => z.array(idSchema).max(max);

const orgSchema = z.strictObject({ id: idSchema, name: text(LIMITS.orgName, 1), createdSeq: seqSchema });

const personSchema = z.strictObject({
  ...personFields,
  id: idSchema,
  role: oneOf(Role),
  orgConfirmed: z.boolean(),
  joinedSeq: seqSchema,
});

const goalSchema = goalValuesSchema.required().extend({
  // Older states have none.
  changeKind: oneOf(ChangeKind).nullable().optional(),
  id: idSchema,
  createdSeq: seqSchema,
});

const interestSchema = z.strictObject({ ...interestFields, id: idSchema, createdSeq: seqSchema });

const collisionSchema = z.strictObject({
  id: idSchema,
  interestIds: idList(LIMITS.interestsPerCollision)
    .min(2)
    .refine((ids) => new Set(ids).size === ids.length, "an interest appears twice"),
  createdSeq: seqSchema,
});

const voteResultSchema = z.strictObject({
  target: oneOf(VoteTarget),
  dotsPerPerson: z.number().int().min(1).max(LIMITS.dotsPerPerson),
  voters: z.number().int().min(0).max(LIMITS.peoplePerSeries),
  totals: table(
    z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    LIMITS.casesPerSeries + LIMITS.agreementsPerSeries,
  ),
});

const sessionSchema = z.strictObject({
  ...sessionFields,
  id: idSchema,
  phase: oneOf(Phase),
  closedSeq: seqSchema.nullable(),
  anonymity: z.partialRecord(oneOf(Phase), oneOf(AnonymityMode)),
  createdSeq: seqSchema,
  voteResults: z.array(voteResultSchema).max(LIMITS.votesPerSession).optional(),
  attendance: table(oneOf(AttendanceStatus), LIMITS.peoplePerSeries).optional(),
  // Older states have neither.
  checkInQuestion: sessionFields.checkInQuestion.optional(),
  checkInAnswers: table(text(LIMITS.checkInAnswer), LIMITS.peoplePerSeries).optional(),
  startTime: sessionFields.startTime.optional(),
  durationMin: sessionFields.durationMin.optional(),
  cancelled: sessionFields.cancelled.optional(),
  agenda: z.array(agendaItemSchema).max(LIMITS.agendaItemsPerSession).optional(),
  agendaStep: idSchema.nullable().optional(),
  level: sessionFields.level.optional(),
});

/** A peer visit's programme and what came of it (see `Visit`). */
const visitSchema = z.strictObject({
  stations: z.array(stationSchema).max(LIMITS.stationsPerSession),
  currentStationId: idSchema.nullable(),
  observations: z.array(observationSchema.extend({ createdSeq: seqSchema })).max(LIMITS.observationsPerSession),
  takeHome: z.array(takeHomeItemSchema.extend({ createdSeq: seqSchema })).max(LIMITS.takeHomePerSession),
});

const contribution = {
  id: idSchema,
  by: authorIdSchema,
  anonymity: oneOf(AnonymityMode),
  authorSide: oneOf(Side).nullable(),
  authorOrgId: idSchema.nullable(),
};

const noteSchema = z.strictObject({ ...contribution, text: text(LIMITS.note, 1) });

const mirrorSchema = z.strictObject({
  ...contribution,
  ofSide: oneOf(Side),
  text: text(LIMITS.mirror, 1),
  verdict: oneOf(MirrorVerdict),
  correction: text(LIMITS.mirror),
  verdictBy: idSchema.nullable(),
});

const noteList = z.array(noteSchema).max(LIMITS.notesPerList);

const caseSchema = caseValuesSchema.required().extend({
  id: idSchema,
  wentWell: noteList,
  wentWrong: noteList,
  betterNext: noteList,
  mirrors: z.array(mirrorSchema).max(LIMITS.mirrorsPerCase),
  collisionIds: idList(LIMITS.linksPerItem),
  goalIds: idList(LIMITS.linksPerItem),
  createdBy: idSchema,
  createdSeq: seqSchema,
  carriedFrom: idList(LIMITS.sessionsPerSeries).optional(),
});

const statusUpdateSchema = z.strictObject({
  by: idSchema,
  status: oneOf(AgreementStatus),
  comment: text(LIMITS.comment),
  at: timestampSchema,
  seq: seqSchema,
  kpiValue: amountSchema.optional(),
});

const agreementSchema = agreementValuesSchema.required().extend({
  // Older states have none.
  effect: marginEffectSchema.optional(),
  changeKind: oneOf(ChangeKind).nullable().optional(),
  parentId: idSchema.nullable().optional(),
  id: idSchema,
  status: oneOf(AgreementStatus),
  updates: z.array(statusUpdateSchema).max(LIMITS.statusUpdatesPerAgreement),
  predecessorId: idSchema.nullable(),
  createdBy: idSchema,
  createdSeq: seqSchema,
});

const reviewSchema = z.strictObject({
  ...reviewFields,
  // Older states have none.
  realisedEffect: realisedEffectSchema.optional(),
  id: reviewKeySchema,
  agreementId: idSchema,
  sessionId: idSchema,
  fit: table(oneOf(GoalFit), LIMITS.goalsPerSeries),
  decision: oneOf(Decision).nullable(),
  successorId: idSchema.nullable(),
  updatedSeq: seqSchema,
});

const timerSchema = z.strictObject({
  durationMs: z.number().int().min(LIMITS.timerMinMs).max(LIMITS.timerMaxMs),
  // Added time has no upper bound in the reducer; only the sum must stay a number.
  remainingMs: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  endsAt: timestampSchema.nullable(),
  signal: z.boolean(),
});

const itemsPerSeries = LIMITS.casesPerSeries + LIMITS.agreementsPerSeries;

const votingSchema = z.strictObject({
  sessionId: idSchema,
  target: oneOf(VoteTarget),
  dotsPerPerson: z.number().int().min(1).max(LIMITS.dotsPerPerson),
  stacking: z.boolean(),
  state: z.enum(["open", "revealed", "closed"]),
  totals: table(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), itemsPerSeries).nullable(),
  voters: z.number().int().min(0).max(LIMITS.peoplePerSeries),
});

const breakoutSchema = z.strictObject({
  sessionId: idSchema,
  groups: z
    .array(
      z.strictObject({
        id: idSchema,
        name: text(LIMITS.groupName, 1),
        memberIds: idList(LIMITS.peoplePerSeries),
        caseId: idSchema.nullable(),
      }),
    )
    .min(1)
    .max(LIMITS.breakoutGroups),
});

const roomSchema = z.strictObject({
  spotlight: z.strictObject({ kind: oneOf(ItemKind), id: idSchema }).nullable(),
  timer: timerSchema.nullable(),
  lock: z.strictObject({ board: z.boolean(), phases: z.array(oneOf(Phase)).max(Object.keys(Phase).length) }),
  ready: table(stepKeySchema, LIMITS.peoplePerSeries),
  voting: votingSchema.nullable(),
  breakout: breakoutSchema.nullable(),
});

const ballotSchema = table(z.number().int().min(1).max(LIMITS.dotsPerPerson), LIMITS.dotsPerPerson);

const fieldEditsSchema = z
  .record(editKeySchema, z.strictObject({ by: idSchema, seq: seqSchema }))
  .refine((record) => Object.keys(record).length <= 64, "too many edits");

const removalSchema = z.strictObject({ by: authorIdSchema, seq: seqSchema, at: timestampSchema });

const trashEntrySchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("case"),
    removed: removalSchema,
    item: caseSchema,
    agreementIds: idList(LIMITS.agreementsPerSeries),
    edits: fieldEditsSchema,
  }),
  z.strictObject({
    kind: z.literal("agreement"),
    removed: removalSchema,
    item: agreementSchema,
    reviews: z.array(reviewSchema).max(LIMITS.sessionsPerSeries),
    successorOf: z.array(reviewKeySchema).max(LIMITS.sessionsPerSeries),
    predecessorOf: idList(LIMITS.agreementsPerSeries),
    // Older entries have none.
    parentOf: idList(LIMITS.agreementsPerSeries).optional(),
    edits: fieldEditsSchema,
  }),
  z.strictObject({
    kind: z.literal("note"),
    removed: removalSchema,
    caseId: idSchema,
    list: oneOf(NoteList),
    index: z.number().int().min(0).max(LIMITS.notesPerList),
    item: noteSchema,
  }),
  z.strictObject({
    kind: z.literal("mirror"),
    removed: removalSchema,
    caseId: idSchema,
    index: z.number().int().min(0).max(LIMITS.mirrorsPerCase),
    item: mirrorSchema,
  }),
]);

/** The key of a removed item in the trash: `kind:id` (see `trashKey`). */
const trashKeySchema = z
  .string()
  .regex(new RegExp(`^(${Object.values(TrashKind).join("|")}):${ID_PATTERN}$`), "invalid trash key");

/** Every field of every entity that records its last writer is far below this. */
const EDITS_MAX =
  16 *
  (1 +
    LIMITS.orgsPerSeries +
    LIMITS.peoplePerSeries +
    LIMITS.goalsPerSeries +
    LIMITS.interestsPerSeries +
    LIMITS.sessionsPerSeries * 2 +
    LIMITS.casesPerSeries +
    LIMITS.agreementsPerSeries * 2);

/**
 * The whole state of a series as a backup carries it: every entity strictly
 * shaped, every text and list within the limits a command could reach. Whether
 * its references hold together is `checkCommand`'s question (`series.restore`).
 */
export const seriesStateSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.seriesName, 1),
  createdAt: timestampSchema,
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  starterCatalog: z.enum(["offered", "taken", "skipped"]),
  orgs: table(orgSchema, LIMITS.orgsPerSeries),
  people: table(personSchema, LIMITS.peoplePerSeries),
  goals: table(goalSchema, LIMITS.goalsPerSeries),
  interests: table(interestSchema, LIMITS.interestsPerSeries),
  collisions: table(collisionSchema, LIMITS.collisionsPerSeries),
  sessions: table(sessionSchema, LIMITS.sessionsPerSeries),
  cases: table(caseSchema, LIMITS.casesPerSeries),
  agreements: table(agreementSchema, LIMITS.agreementsPerSeries),
  reviews: z
    .record(reviewKeySchema, reviewSchema)
    .refine(
      (record) => Object.keys(record).length <= LIMITS.agreementsPerSeries * LIMITS.sessionsPerSeries,
      "too many reviews",
    ),
  edits: z
    .record(editKeySchema, z.strictObject({ by: idSchema, seq: seqSchema }))
    .refine((record) => Object.keys(record).length <= EDITS_MAX, "too many edits"),
  room: roomSchema,
  votes: table(ballotSchema, LIMITS.peoplePerSeries),
  schedule: scheduleSchema.optional(),
  template: seriesTemplateSchema.optional(),
  // Kept by age, not count (see `TRASH_KEEP_DAYS`); this bounds what a backup may carry.
  trash: z
    .record(trashKeySchema, trashEntrySchema)
    .refine((record) => Object.keys(record).length <= LIMITS.trashEntries, "too many entries in the trash")
    .optional(),
  visits: table(visitSchema, LIMITS.sessionsPerSeries).optional(),
}) satisfies z.ZodType<SeriesState>;
