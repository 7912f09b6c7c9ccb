import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { AnonymityMode, ItemKind, Phase, Role, VoteTarget } from "../vocabulary.js";
import { idSchema, oneOf, text } from "./fields.js";

const itemSchema = z.strictObject({ kind: oneOf(ItemKind), id: idSchema });

/** Roles, handover, internal items and anonymity: who may see and do what. */
export const facilitationCommands = [
  /** Refused when it would leave the series without a facilitator. */
  z.strictObject({ type: z.literal("person.role"), personId: idSchema, role: oneOf(Role) }),
  /** The target becomes facilitator, the sender a participant. */
  z.strictObject({ type: z.literal("facilitation.handover"), personId: idSchema }),
  /** A member of the person's organisation (or a facilitator) vouches for their membership. */
  z.strictObject({ type: z.literal("person.confirm"), personId: idSchema }),
  /** Makes an item internal to one organisation (orgId) or shared with the whole series (null). */
  z.strictObject({
    type: z.literal("item.visibility"),
    kind: oneOf(ItemKind),
    itemId: idSchema,
    internalTo: idSchema.nullable(),
  }),
  z.strictObject({
    type: z.literal("session.anonymity"),
    sessionId: idSchema,
    phase: oneOf(Phase),
    mode: oneOf(AnonymityMode),
  }),
] as const;

const timerMs = z.number().int();

/** What the facilitator steers live: spotlight, timer, locks; and everyone's readiness. */
export const roomCommands = [
  z.strictObject({ type: z.literal("room.spotlight"), item: itemSchema.nullable() }),
  /** Sets the duration; the timer stands still with all of it remaining. */
  z.strictObject({
    type: z.literal("timer.set"),
    durationMs: timerMs.min(LIMITS.timerMinMs).max(LIMITS.timerMaxMs),
    signal: z.boolean(),
  }),
  z.strictObject({ type: z.literal("timer.start") }),
  z.strictObject({ type: z.literal("timer.pause") }),
  z.strictObject({
    type: z.literal("timer.add"),
    ms: timerMs
      .min(-LIMITS.timerStepMs)
      .max(LIMITS.timerStepMs)
      .refine((ms) => ms !== 0, "adds no time"),
  }),
  z.strictObject({ type: z.literal("timer.reset") }),
  z.strictObject({ type: z.literal("timer.clear") }),
  z.strictObject({
    type: z.literal("room.lock"),
    scope: z.union([z.literal("board"), oneOf(Phase)]),
    locked: z.boolean(),
  }),
  /** The sender is (or is no longer) ready with the current session's phase. */
  z.strictObject({ type: z.literal("ready.set"), ready: z.boolean() }),
] as const;

const totalsSchema = z
  .record(idSchema, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
  .refine((t) => Object.keys(t).length <= LIMITS.casesPerSeries + LIMITS.agreementsPerSeries, "too many totals");

/** Dot voting: open a round, cast and take back dots, reveal the totals, close. */
export const voteCommands = [
  z.strictObject({
    type: z.literal("vote.open"),
    sessionId: idSchema,
    target: oneOf(VoteTarget),
    dotsPerPerson: z.number().int().min(1).max(LIMITS.dotsPerPerson),
    stacking: z.boolean(),
  }),
  z.strictObject({
    type: z.literal("vote.cast"),
    itemId: idSchema,
    delta: z.union([z.literal(1), z.literal(-1)]),
  }),
  /**
   * Clients never send `totals` (authorization refuses them): the server adds
   * them to the event it sends to viewers who cannot see the ballots.
   */
  z.strictObject({ type: z.literal("vote.reveal"), totals: totalsSchema.optional() }),
  z.strictObject({ type: z.literal("vote.close") }),
] as const;

const groupSchema = z.strictObject({
  groupId: idSchema,
  name: text(LIMITS.groupName, 1),
  memberIds: z.array(idSchema).max(LIMITS.peoplePerSeries),
  caseId: idSchema.nullable(),
});

/** Breakout groups working on cases in parallel. */
export const breakoutCommands = [
  z.strictObject({
    type: z.literal("breakout.start"),
    sessionId: idSchema,
    groups: z.array(groupSchema).min(1).max(LIMITS.breakoutGroups),
  }),
  z.strictObject({ type: z.literal("breakout.end") }),
] as const;
