import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { belongsTo, keepsItsOrg, mayMove, mayRemove, memberOf } from "../actorRules.js";
import { exists, firstOf, fresh, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, toggled, withEdits, type Context } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { trashCase } from "../trash/remove.js";
import { EntityKind, type Case, type SeriesState } from "../types.js";
import { ItemKind, TrashKind } from "../vocabulary.js";
import { caseRef, goalRef } from "../visibility/itemRefs.js";
import { caseOf, setCase, withCase } from "./current.js";
import { caseAddSchema, caseLinkSchema, caseRemoveSchema, caseUpdateSchema } from "./schemas.js";

export const caseAdd: ClientCommandSpec<CommandOf<"case.add">> = {
  schema: caseAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check: (state, command) =>
    firstOf(fresh(state.cases, command.caseId, "case", LIMITS.casesPerSeries), caseReferences(state, command.values)),
  reduce: (state, command, ctx) => ({
    ...state,
    cases: put(state.cases, command.caseId, newCase(command.caseId, command.values, ctx)),
  }),
  touches: (_state, command) => [caseRef(command.caseId)],
  actorRule: (_state, actor, command) =>
    memberOf(actor, command.values.internalTo ?? null) ??
    belongsTo(command.values.orgId ?? null, command.values.internalTo ?? null),
  pendingItem: caseOf,
};

export const caseUpdate: ClientCommandSpec<CommandOf<"case.update">> = {
  schema: caseUpdateSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check: (state, command) =>
    firstOf(exists(state.cases, command.caseId, "case"), caseReferences(state, command.changes)),
  reduce: (state, command, ctx) =>
    withCase(state, command.caseId, (current) =>
      withEdits(
        setCase(state, command.caseId, { ...current, ...command.changes }),
        EntityKind.case,
        command.caseId,
        Object.keys(command.changes),
        ctx,
      ),
    ),
  touches: (_state, command) => [caseRef(command.caseId)],
  edits: (command) => ({ kind: EntityKind.case, entityId: command.caseId, fields: Object.keys(command.changes) }),
  actorRule(state, actor, command) {
    const theCase = state.cases[command.caseId];
    const moves = command.changes.orgId !== undefined && command.changes.orgId !== theCase?.orgId;
    return (
      keepsItsOrg(theCase?.internalTo ?? null, command.changes.orgId) ??
      (moves ? mayMove(state, actor, ItemKind.case, command.caseId, theCase?.createdBy ?? null) : null)
    );
  },
  pendingItem: caseOf,
};

export const caseRemove: ClientCommandSpec<CommandOf<"case.remove">> = {
  schema: caseRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check: (state, command) => exists(state.cases, command.caseId, "case"),
  // Removing keeps the item in the trash, from where it can be restored.
  reduce: (state, command, ctx) => trashCase(state, command.caseId, ctx),
  touches: (_state, command) => [caseRef(command.caseId)],
  actorRule: (state, actor, command) =>
    mayRemove(state, actor, ItemKind.case, command.caseId, state.cases[command.caseId]?.createdBy ?? null),
  pendingItem: caseOf,
  removes(state, command) {
    const title = state.cases[command.caseId]?.title;
    return title === undefined ? null : { kind: TrashKind.case, itemId: command.caseId, text: title };
  },
};

export const caseLink: ClientCommandSpec<CommandOf<"case.link">> = {
  schema: caseLinkSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check(state, command) {
    const theCase = state.cases[command.caseId];
    if (!theCase) return reject(ErrorCode.notFound, "case not found");
    const target = command.kind === "goal" ? state.goals : state.collisions;
    const list = command.kind === "goal" ? theCase.goalIds : theCase.collisionIds;
    if (command.linked && list.length >= LIMITS.linksPerItem) return reject(ErrorCode.limitExceeded, "too many links");
    return command.linked ? exists(target, command.targetId, command.kind) : null;
  },
  reduce: (state, command) =>
    withCase(state, command.caseId, (current) =>
      setCase(
        state,
        command.caseId,
        command.kind === "goal"
          ? { ...current, goalIds: toggled(current.goalIds, command.targetId, command.linked) }
          : { ...current, collisionIds: toggled(current.collisionIds, command.targetId, command.linked) },
      ),
    ),
  touches: (_state, command) =>
    command.kind === "goal" ? [caseRef(command.caseId), goalRef(command.targetId)] : [caseRef(command.caseId)],
  pendingItem: caseOf,
};

function caseReferences(
  state: SeriesState,
  values: { sessionId?: string | null; presenterId?: string | null; orgId?: string | null; internalTo?: string | null },
): Rejection | null {
  return firstOf(
    refersTo(state.sessions, values.sessionId, "session"),
    refersTo(state.people, values.presenterId, "person"),
    refersTo(state.orgs, values.orgId, "organisation"),
    refersTo(state.orgs, values.internalTo, "organisation"),
  );
}

/** A case with every field the values leave out at its empty default. */
export function newCase(id: string, values: Partial<Case> & { title: string }, ctx: Context): Case {
  return {
    sessionId: null,
    description: "",
    presenterId: null,
    orgId: null,
    happenedOn: "",
    stage: null,
    marginImpact: null,
    delayDays: null,
    customer: "",
    salesView: "",
    operationsView: "",
    internalTo: null,
    ...values,
    id,
    wentWell: [],
    wentWrong: [],
    betterNext: [],
    mirrors: [],
    collisionIds: [],
    goalIds: [],
    createdBy: ctx.actorId,
    createdSeq: ctx.seq,
  };
}
