import { z } from "zod";
import { LIMITS } from "../limits.js";
import { idSchema, oneOf, text } from "./commands/fields.js";
import { seriesStateSchema } from "./commands/seriesState.js";
import {
  agreementAddSchema,
  agreementLinkSchema,
  agreementRemoveSchema,
  agreementStatusSchema,
  agreementUpdateSchema,
} from "./agreements/schemas.js";
import {
  agendaAddSchema,
  agendaMoveSchema,
  agendaRemoveSchema,
  agendaStepSchema,
  agendaUpdateSchema,
} from "./agenda/schemas.js";
import { breakoutEndSchema, breakoutStartSchema } from "./breakouts/schemas.js";
import {
  caseAddSchema,
  caseLinkSchema,
  caseMirrorAddSchema,
  caseMirrorRemoveSchema,
  caseMirrorRespondSchema,
  caseNoteAddSchema,
  caseNoteRemoveSchema,
  caseNoteUpdateSchema,
  caseRemoveSchema,
  caseUpdateSchema,
} from "./cases/schemas.js";
import { collisionAddSchema, collisionRemoveSchema } from "./collisions/schemas.js";
import { goalAddSchema, goalRemoveSchema, goalUpdateSchema } from "./goals/schemas.js";
import {
  interestAddSchema,
  interestRemoveSchema,
  interestsStarterSchema,
  interestUpdateSchema,
} from "./interests/schemas.js";
import {
  facilitationHandoverSchema,
  orgAddSchema,
  orgRemoveSchema,
  orgUpdateSchema,
  personConfirmSchema,
  personFields,
  personRoleSchema,
  personUpdateSchema,
} from "./people/schemas.js";
import { reviewDecideSchema, reviewFitSchema, reviewSetSchema } from "./reviews/schemas.js";
import {
  readySetSchema,
  roomLockSchema,
  roomSpotlightSchema,
  timerAddSchema,
  timerClearSchema,
  timerPauseSchema,
  timerResetSchema,
  timerSetSchema,
  timerStartSchema,
} from "./room/schemas.js";
import { seriesRenameSchema, seriesScheduleSchema } from "./series/schemas.js";
import {
  attendanceSetSchema,
  checkinAnswerSchema,
  sessionAddSchema,
  sessionAnonymitySchema,
  sessionCloseSchema,
  sessionPhaseSchema,
  sessionReopenSchema,
  sessionUpdateSchema,
} from "./sessions/schemas.js";
import {
  observationAddSchema,
  observationCaseSchema,
  observationRemoveSchema,
  observationUpdateSchema,
} from "./observations/schemas.js";
import {
  stationAddSchema,
  stationMoveSchema,
  stationRemoveSchema,
  stationStepSchema,
  stationUpdateSchema,
} from "./stations/schemas.js";
import { takeHomeAddSchema, takeHomeRemoveSchema, takeHomeUpdateSchema } from "./takehome/schemas.js";
import { templateApplySchema, templateChooseSchema, templateSaveSchema } from "./templates/schemas.js";
import { itemRestoreSchema } from "./trash/schemas.js";
import { itemVisibilitySchema } from "./visibility/schemas.js";
import { voteCastSchema, voteCloseSchema, voteOpenSchema, voteRevealSchema } from "./votes/schemas.js";
import { Role } from "./vocabulary.js";

export { idSchema, dateSchema } from "./commands/fields.js";
export { goalValuesSchema } from "./goals/schemas.js";
export { agreementValuesSchema } from "./agreements/schemas.js";
export { caseValuesSchema } from "./cases/schemas.js";
export { seriesStateSchema } from "./commands/seriesState.js";

// Each command's schema lives with its spec in its concept's folder (see registry.ts); this is their order on the wire.
const clientCommandSchemas = [
  seriesRenameSchema,
  seriesScheduleSchema,
  personUpdateSchema,
  orgAddSchema,
  orgUpdateSchema,
  orgRemoveSchema,
  goalAddSchema,
  goalUpdateSchema,
  goalRemoveSchema,
  interestAddSchema,
  interestUpdateSchema,
  interestRemoveSchema,
  interestsStarterSchema,
  collisionAddSchema,
  collisionRemoveSchema,
  sessionAddSchema,
  sessionUpdateSchema,
  sessionPhaseSchema,
  sessionCloseSchema,
  sessionReopenSchema,
  checkinAnswerSchema,
  attendanceSetSchema,
  caseAddSchema,
  caseUpdateSchema,
  caseRemoveSchema,
  caseNoteAddSchema,
  caseNoteUpdateSchema,
  caseNoteRemoveSchema,
  caseMirrorAddSchema,
  caseMirrorRespondSchema,
  caseMirrorRemoveSchema,
  caseLinkSchema,
  agreementAddSchema,
  agreementUpdateSchema,
  agreementLinkSchema,
  agreementStatusSchema,
  agreementRemoveSchema,
  itemRestoreSchema,
  reviewSetSchema,
  reviewFitSchema,
  reviewDecideSchema,
  personRoleSchema,
  facilitationHandoverSchema,
  personConfirmSchema,
  itemVisibilitySchema,
  sessionAnonymitySchema,
  roomSpotlightSchema,
  timerSetSchema,
  timerStartSchema,
  timerPauseSchema,
  timerAddSchema,
  timerResetSchema,
  timerClearSchema,
  roomLockSchema,
  readySetSchema,
  voteOpenSchema,
  voteCastSchema,
  voteRevealSchema,
  voteCloseSchema,
  breakoutStartSchema,
  breakoutEndSchema,
  agendaAddSchema,
  agendaUpdateSchema,
  agendaMoveSchema,
  agendaRemoveSchema,
  agendaStepSchema,
  stationAddSchema,
  stationUpdateSchema,
  stationMoveSchema,
  stationRemoveSchema,
  stationStepSchema,
  observationAddSchema,
  observationUpdateSchema,
  observationRemoveSchema,
  observationCaseSchema,
  takeHomeAddSchema,
  takeHomeUpdateSchema,
  takeHomeRemoveSchema,
  templateChooseSchema,
  templateSaveSchema,
  templateApplySchema,
] as const;

/** Every command a client may send over the socket. */
export const clientCommandSchema = z.discriminatedUnion("type", clientCommandSchemas);
export type ClientCommand = z.infer<typeof clientCommandSchema>;
export type ClientCommandType = ClientCommand["type"];

/** The type of every client command, in schema order (for UIs and exhaustive tests). */
export const CLIENT_COMMAND_TYPES: readonly ClientCommandType[] = clientCommandSchemas.map(
  (schema) => schema.shape.type.value,
);

/** Creates a series; only the server issues it, as a series' first event. Its creator is the facilitator. */
export const seriesCreateSchema = z.strictObject({
  type: z.literal("series.create"),
  name: text(LIMITS.seriesName, 1),
  creatorName: text(LIMITS.personName, 1),
});
export type SeriesCreate = z.infer<typeof seriesCreateSchema>;

/**
 * Restores a backed-up series as a new series' first event; only the server
 * issues it (importing a backup). The event's actor is the importing person:
 * they facilitate the restored series, as the person of the backup they are,
 * or else as a new person named `importerName`.
 */
export const seriesRestoreSchema = z.strictObject({
  type: z.literal("series.restore"),
  series: seriesStateSchema,
  importerName: text(LIMITS.personName, 1),
});
export type SeriesRestore = z.infer<typeof seriesRestoreSchema>;

/**
 * A person joins (or joins again); only the server issues it, the event's
 * actor being the person. `newOrg`, when given, is added in the same event
 * and `orgId` must name it.
 */
export const personJoinSchema = z.strictObject({
  type: z.literal("person.join"),
  name: personFields.name,
  orgId: personFields.orgId,
  function: personFields.function,
  role: oneOf(Role),
  newOrg: z.strictObject({ orgId: idSchema, name: text(LIMITS.orgName, 1) }).optional(),
  /** The invite link named the organisation (or `newOrg` founds it): membership is vouched for. */
  confirmed: z.boolean(),
});
export type PersonJoin = z.infer<typeof personJoinSchema>;

/** What a client receives in place of an event it may not see; it changes nothing but `seq`. */
export const hiddenSchema = z.strictObject({ type: z.literal("hidden") });
export type Hidden = z.infer<typeof hiddenSchema>;

/**
 * What others receive in place of someone's dot: how many people have voted
 * now, never who put a dot where.
 */
export const voteCountedSchema = z.strictObject({
  type: z.literal("vote.counted"),
  voters: z.number().int().min(0).max(LIMITS.peoplePerSeries),
});
export type VoteCounted = z.infer<typeof voteCountedSchema>;

/** Everything an event can carry: a client command or one the server issues. */
export const eventCommandSchema = z.discriminatedUnion("type", [
  seriesCreateSchema,
  seriesRestoreSchema,
  personJoinSchema,
  hiddenSchema,
  voteCountedSchema,
  clientCommandSchema,
]);
export type EventCommand = SeriesCreate | SeriesRestore | PersonJoin | Hidden | VoteCounted | ClientCommand;
export type CommandType = EventCommand["type"];
/** The events only the server issues. */
export type ServerEventType = Exclude<CommandType, ClientCommandType>;

/** The command of one type. */
export type CommandOf<T extends CommandType> = Extract<EventCommand, { type: T }>;
