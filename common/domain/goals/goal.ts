import { LIMITS } from "../../limits.js";
import { belongsTo, keepsItsOrg, mayMove, mayRemove, memberOf } from "../actorRules.js";
import { exists, firstOf, fresh, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import type { Context } from "../reduce/helpers.js";
import { forgetItem, mapRecord, put, without, withEdits, withoutEditsOf } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { EntityKind, type Goal, type SeriesState } from "../types.js";
import { Better, ItemKind } from "../vocabulary.js";
import { goalRef } from "../visibility/itemRefs.js";
import { goalAddSchema, goalRemoveSchema, goalUpdateSchema } from "./schemas.js";

export const goalAdd: ClientCommandSpec<CommandOf<"goal.add">> = {
  schema: goalAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    firstOf(
      fresh(state.goals, command.goalId, "goal", LIMITS.goalsPerSeries),
      refersTo(state.orgs, command.values.orgId, "organisation"),
      refersTo(state.orgs, command.values.internalTo, "organisation"),
    ),
  reduce: (state, command, ctx) => ({
    ...state,
    goals: put(state.goals, command.goalId, newGoal(command.goalId, command.values, ctx)),
  }),
  touches: (_state, command) => [goalRef(command.goalId)],
  actorRule: (_state, actor, command) =>
    memberOf(actor, command.values.internalTo ?? null) ??
    belongsTo(command.values.orgId ?? null, command.values.internalTo ?? null),
};

export const goalUpdate: ClientCommandSpec<CommandOf<"goal.update">> = {
  schema: goalUpdateSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    exists(state.goals, command.goalId, "goal") ?? refersTo(state.orgs, command.changes.orgId, "organisation"),
  reduce(state, command, ctx) {
    const goal = state.goals[command.goalId];
    if (!goal) return state;
    const goals = put(state.goals, command.goalId, { ...goal, ...command.changes });
    return withEdits({ ...state, goals }, EntityKind.goal, command.goalId, Object.keys(command.changes), ctx);
  },
  touches: (_state, command) => [goalRef(command.goalId)],
  edits: (command) => ({ kind: EntityKind.goal, entityId: command.goalId, fields: Object.keys(command.changes) }),
  actorRule(state, actor, command) {
    const goal = state.goals[command.goalId];
    const moves = command.changes.orgId !== undefined && command.changes.orgId !== goal?.orgId;
    return (
      keepsItsOrg(goal?.internalTo ?? null, command.changes.orgId) ??
      (moves ? mayMove(state, actor, ItemKind.goal, command.goalId, null) : null)
    );
  },
};

export const goalRemove: ClientCommandSpec<CommandOf<"goal.remove">> = {
  schema: goalRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => exists(state.goals, command.goalId, "goal"),
  reduce: (state, command) =>
    withoutEditsOf(
      forgetItem(removeGoal(state, command.goalId), ItemKind.goal, command.goalId),
      EntityKind.goal,
      command.goalId,
    ),
  touches: (_state, command) => [goalRef(command.goalId)],
  actorRule: (state, actor, command) => mayRemove(state, actor, ItemKind.goal, command.goalId, null),
};

function newGoal(id: string, values: Partial<Goal> & { title: string }, ctx: Context): Goal {
  return {
    orgId: null,
    why: "",
    kpiName: "",
    kpiUnit: "",
    baseline: null,
    target: null,
    better: Better.higher,
    horizon: "",
    salesMeaning: "",
    operationsMeaning: "",
    internalTo: null,
    ...values,
    id,
    createdSeq: ctx.seq,
  };
}

function removeGoal(state: SeriesState, goalId: string): SeriesState {
  return {
    ...state,
    goals: without(state.goals, goalId),
    cases: mapRecord(state.cases, (c) => ({ ...c, goalIds: c.goalIds.filter((id) => id !== goalId) })),
    agreements: mapRecord(state.agreements, (a) => ({ ...a, goalIds: a.goalIds.filter((id) => id !== goalId) })),
    reviews: mapRecord(state.reviews, (r) => ({ ...r, fit: without(r.fit, goalId) })),
  };
}
