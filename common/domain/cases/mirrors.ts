import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { findMirror } from "../actorRules.js";
import type { CommandOf } from "../commands.js";
import { contributionAnonymity } from "../rules/anonymity.js";
import type { ClientCommandSpec } from "../spec.js";
import { mayRemoveContribution } from "../trash/permissions.js";
import { trashMirror } from "../trash/remove.js";
import type { Mirror, SeriesState } from "../types.js";
import { AnonymityMode, MirrorVerdict, TrashKind } from "../vocabulary.js";
import { caseRef } from "../visibility/itemRefs.js";
import { caseOf, setCase, withCase } from "./current.js";
import { caseMirrorAddSchema, caseMirrorRemoveSchema, caseMirrorRespondSchema } from "./schemas.js";

type MirrorCommand = CommandOf<"case.mirror.add" | "case.mirror.respond" | "case.mirror.remove">;

export const caseMirrorAdd: ClientCommandSpec<CommandOf<"case.mirror.add">> = {
  schema: caseMirrorAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check(state, command) {
    const theCase = state.cases[command.caseId];
    if (!theCase) return reject(ErrorCode.notFound, "case not found");
    if (theCase.mirrors.some((m) => m.id === command.mirrorId)) return reject(ErrorCode.duplicateId, "mirror id used");
    return theCase.mirrors.length >= LIMITS.mirrorsPerCase ? reject(ErrorCode.limitExceeded, "too many mirrors") : null;
  },
  reduce: (state, command, ctx) =>
    withCase(state, command.caseId, (current) =>
      setCase(state, command.caseId, {
        ...current,
        mirrors: [
          ...current.mirrors,
          {
            id: command.mirrorId,
            by: ctx.actorId,
            anonymity: contributionAnonymity(state, command.caseId, null),
            authorSide: ctx.author.side,
            authorOrgId: ctx.author.orgId,
            ofSide: command.ofSide,
            text: command.text,
            verdict: MirrorVerdict.open,
            correction: "",
            verdictBy: null,
          },
        ],
      }),
    ),
  touches: (_state, command) => [caseRef(command.caseId)],
  anonymousContribution: anonymousMirror,
  pendingItem: caseOf,
};

export const caseMirrorRespond: ClientCommandSpec<CommandOf<"case.mirror.respond">> = {
  schema: caseMirrorRespondSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case", conflict: "ownMirror" },
  check: mirrorThere,
  reduce: (state, command, ctx) =>
    withCase(state, command.caseId, (current) =>
      setCase(state, command.caseId, {
        ...current,
        mirrors: current.mirrors.map((m) =>
          m.id === command.mirrorId
            ? { ...m, verdict: command.verdict, correction: command.correction, verdictBy: ctx.actorId }
            : m,
        ),
      }),
    ),
  touches: (_state, command) => [caseRef(command.caseId)],
  actorRule(state, actor, command) {
    const mirror = state.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
    return mirror?.by === actor.id ? reject(ErrorCode.conflict, "the other side answers a mirror statement") : null;
  },
  pendingItem: caseOf,
};

export const caseMirrorRemove: ClientCommandSpec<CommandOf<"case.mirror.remove">> = {
  schema: caseMirrorRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check: mirrorThere,
  reduce: (state, command, ctx) =>
    withCase(state, command.caseId, () => trashMirror(state, command.caseId, command.mirrorId, ctx)),
  touches: (_state, command) => [caseRef(command.caseId)],
  anonymousContribution: anonymousMirror,
  actorRule: (state, actor, command) =>
    mayRemoveContribution(state, actor, findMirror(state, command.caseId, command.mirrorId)),
  pendingItem: caseOf,
  removes(state, command) {
    const mirror = state.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
    return mirror ? { kind: TrashKind.mirror, itemId: command.mirrorId, text: mirror.text } : null;
  },
};

function mirrorThere(state: SeriesState, command: MirrorCommand): Rejection | null {
  const mirror = state.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
  return mirror ? null : reject(ErrorCode.notFound, "mirror statement not found");
}

/** The anonymous mirror statement a command writes; a removed one is found in the state before. */
function anonymousMirror(command: MirrorCommand, before: SeriesState, after: SeriesState): Mirror | null {
  const inAfter = after.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
  const mirror = inAfter ?? before.cases[command.caseId]?.mirrors.find((m) => m.id === command.mirrorId);
  return mirror && mirror.anonymity !== AnonymityMode.named ? mirror : null;
}
