import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { belongsTo, keepsItsOrg, mayChangeOwners, mayMove, mayRemove, memberOf, ownersOf } from "../actorRules.js";
import { allExist, exists, firstOf, fresh, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { toggled } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { trashAgreement } from "../trash/remove.js";
import { EntityKind, type SeriesState } from "../types.js";
import { ItemKind, Role, TrashKind } from "../vocabulary.js";
import { itemOrg } from "../visibility/itemOrg.js";
import { agreementRef, caseIf, goalRef } from "../visibility/itemRefs.js";
import { confirmedOrg } from "../visibility/viewer.js";
import { breakdownProblem, keepBreakdown, levelOfNew } from "../rules/breakdown.js";
import { newAgreement, removeAgreement, updateAgreement, withAgreement } from "./agreementState.js";
import {
  agreementAddSchema,
  agreementLinkSchema,
  agreementRemoveSchema,
  agreementStatusSchema,
  agreementUpdateSchema,
} from "./schemas.js";

const agreementOf = (command: { agreementId: string }): string => command.agreementId;

export const agreementAdd: ClientCommandSpec<CommandOf<"agreement.add">> = {
  schema: agreementAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "linkedCase" },
  check: (state, command) =>
    firstOf(
      fresh(state.agreements, command.agreementId, "agreement", LIMITS.agreementsPerSeries),
      agreementReferences(state, command.values),
      allExist(state.people, command.values.ownerIds, "person"),
      allExist(state.goals, command.values.goalIds, "goal"),
      breakdownProblem(state, command.agreementId, levelOfNew(state, command.values), command.values.parentId ?? null),
    ),
  reduce: (state, command, ctx) =>
    withAgreement(
      state,
      newAgreement(command.agreementId, { ...command.values, level: levelOfNew(state, command.values) }, null, ctx),
    ),
  touches: (_state, command) => [
    agreementRef(command.agreementId),
    ...agreementIf(command.values.parentId),
    ...caseIf(command.values.caseId),
    ...(command.values.goalIds ?? []).map(goalRef),
  ],
  actorRule(state, actor, command) {
    const internalTo = command.values.internalTo ?? null;
    const caseId = command.values.caseId ?? null;
    const org = caseId !== null ? itemOrg(state, ItemKind.case, caseId) : confirmedOrg(actor);
    // Naming owners is changing them: the organisation the new agreement will belong to, or a
    // facilitator. Naming only oneself on an agreement of no organisation is taking on what one adds.
    const ownerIds = command.values.ownerIds ?? [];
    const onlySelf = org === null && ownerIds.every((ownerId) => ownerId === actor.id);
    const namesOwners = ownerIds.length > 0 && !onlySelf;
    const ownerOrg = caseId !== null ? org : actor.orgId;
    return (
      memberOf(actor, internalTo) ??
      belongsTo(org, internalTo) ??
      (namesOwners ? ownersOf(state, actor, ownerOrg) : null)
    );
  },
  pendingItem: agreementOf,
};

export const agreementUpdate: ClientCommandSpec<CommandOf<"agreement.update">> = {
  schema: agreementUpdateSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "agreement" },
  check: (state, command) =>
    firstOf(
      exists(state.agreements, command.agreementId, "agreement"),
      agreementReferences(state, command.changes),
      changedBreakdown(state, command),
    ),
  reduce: (state, command, ctx) => {
    const updated = updateAgreement(
      state,
      command.agreementId,
      (a) => ({ ...a, ...command.changes }),
      Object.keys(command.changes),
      ctx,
    );
    return command.changes.level === undefined ? updated : keepBreakdown(updated, command.agreementId);
  },
  touches: (_state, command) => [
    agreementRef(command.agreementId),
    ...caseIf(command.changes.caseId),
    ...agreementIf(command.changes.parentId),
  ],
  edits: (command) => ({
    kind: EntityKind.agreement,
    entityId: command.agreementId,
    fields: Object.keys(command.changes),
  }),
  actorRule(state, actor, command) {
    const agreement = state.agreements[command.agreementId];
    const moves = command.changes.caseId !== undefined && command.changes.caseId !== agreement?.caseId;
    if (!moves) return null;
    const newCaseOrg = command.changes.caseId ? itemOrg(state, ItemKind.case, command.changes.caseId) : null;
    return (
      keepsItsOrg(agreement?.internalTo ?? null, newCaseOrg ?? undefined) ??
      mayMove(state, actor, ItemKind.agreement, command.agreementId, agreement?.createdBy ?? null)
    );
  },
  pendingItem: agreementOf,
};

export const agreementLink: ClientCommandSpec<CommandOf<"agreement.link">> = {
  schema: agreementLinkSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "agreement" },
  check(state, command) {
    const agreement = state.agreements[command.agreementId];
    if (!agreement) return reject(ErrorCode.notFound, "agreement not found");
    const list = command.kind === "goal" ? agreement.goalIds : agreement.ownerIds;
    if (command.linked && list.length >= LIMITS.linksPerItem) return reject(ErrorCode.limitExceeded, "too many links");
    if (!command.linked) return null;
    return command.kind === "goal"
      ? exists(state.goals, command.targetId, "goal")
      : exists(state.people, command.targetId, "person");
  },
  reduce: (state, command, ctx) =>
    updateAgreement(
      state,
      command.agreementId,
      (a) =>
        command.kind === "goal"
          ? { ...a, goalIds: toggled(a.goalIds, command.targetId, command.linked) }
          : { ...a, ownerIds: toggled(a.ownerIds, command.targetId, command.linked) },
      [],
      ctx,
    ),
  touches: (_state, command) =>
    command.kind === "goal"
      ? [agreementRef(command.agreementId), goalRef(command.targetId)]
      : [agreementRef(command.agreementId)],
  actorRule: (state, actor, command) =>
    command.kind === "owner"
      ? mayChangeOwners(state, actor, command.agreementId, command.targetId, command.linked)
      : null,
  pendingItem: agreementOf,
};

export const agreementStatus: ClientCommandSpec<CommandOf<"agreement.status">> = {
  schema: agreementStatusSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "agreement" },
  check(state, command) {
    const agreement = state.agreements[command.agreementId];
    if (!agreement) return reject(ErrorCode.notFound, "agreement not found");
    return agreement.updates.length >= LIMITS.statusUpdatesPerAgreement
      ? reject(ErrorCode.limitExceeded, "too many status updates on this agreement")
      : null;
  },
  reduce: (state, command, ctx) =>
    updateAgreement(
      state,
      command.agreementId,
      (a) => ({
        ...a,
        status: command.status,
        updates: [
          ...a.updates,
          {
            by: ctx.actorId,
            status: command.status,
            comment: command.comment,
            at: ctx.at,
            seq: ctx.seq,
            ...(typeof command.kpiValue === "number" && { kpiValue: command.kpiValue }),
          },
        ],
      }),
      [],
      ctx,
    ),
  touches: (_state, command) => [agreementRef(command.agreementId)],
  actorRule(state, actor, command) {
    const agreement = state.agreements[command.agreementId];
    return actor.role === Role.facilitator || !agreement || agreement.ownerIds.includes(actor.id)
      ? null
      : reject(ErrorCode.forbidden, "only the agreement's owners or a facilitator report its status");
  },
  pendingItem: agreementOf,
};

export const agreementRemove: ClientCommandSpec<CommandOf<"agreement.remove">> = {
  schema: agreementRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "agreement" },
  check: (state, command) => exists(state.agreements, command.agreementId, "agreement"),
  // Removing keeps the agreement in the trash, from where it can be restored.
  reduce: (state, command, ctx) => trashAgreement(state, command.agreementId, ctx, removeAgreement),
  touches: (_state, command) => [agreementRef(command.agreementId)],
  actorRule: (state, actor, command) =>
    mayRemove(
      state,
      actor,
      ItemKind.agreement,
      command.agreementId,
      state.agreements[command.agreementId]?.createdBy ?? null,
    ),
  pendingItem: agreementOf,
  removes(state, command) {
    const text = state.agreements[command.agreementId]?.text;
    return text === undefined ? null : { kind: TrashKind.agreement, itemId: command.agreementId, text };
  },
};

/**
 * The break-down rules for an update that names a parent; other updates leave both as they are.
 * An update that changes only the level is never refused: it lets go of the links it breaks.
 */
function changedBreakdown(state: SeriesState, command: CommandOf<"agreement.update">): Rejection | null {
  const { level, parentId } = command.changes;
  const current = state.agreements[command.agreementId];
  if (!current || parentId === undefined) return null;
  return breakdownProblem(state, current.id, level ?? current.level, parentId);
}

const agreementIf = (id: string | null | undefined) => (id ? [agreementRef(id)] : []);

function agreementReferences(
  state: SeriesState,
  values: {
    caseId?: string | null;
    collisionId?: string | null;
    sessionId?: string | null;
    internalTo?: string | null;
  },
): Rejection | null {
  return firstOf(
    refersTo(state.cases, values.caseId, "case"),
    refersTo(state.collisions, values.collisionId, "collision"),
    refersTo(state.sessions, values.sessionId, "session"),
    refersTo(state.orgs, values.internalTo, "organisation"),
  );
}
