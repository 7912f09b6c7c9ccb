import { ErrorCode, reject } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { count, exists, fresh } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, without, withEdits, withoutEditsOf } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { EntityKind } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { interestAddSchema, interestRemoveSchema, interestsStarterSchema, interestUpdateSchema } from "./schemas.js";

export const interestAdd: ClientCommandSpec<CommandOf<"interest.add">> = {
  schema: interestAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => fresh(state.interests, command.interestId, "interest", LIMITS.interestsPerSeries),
  reduce: (state, command, ctx) => ({
    ...state,
    interests: put(state.interests, command.interestId, {
      id: command.interestId,
      side: command.side,
      label: command.label,
      createdSeq: ctx.seq,
    }),
  }),
  touches: touchesNothing,
};

export const interestUpdate: ClientCommandSpec<CommandOf<"interest.update">> = {
  schema: interestUpdateSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => exists(state.interests, command.interestId, "interest"),
  reduce(state, command, ctx) {
    const interest = state.interests[command.interestId];
    if (!interest) return state;
    const interests = put(state.interests, command.interestId, { ...interest, ...command.changes });
    return withEdits(
      { ...state, interests },
      EntityKind.interest,
      command.interestId,
      Object.keys(command.changes),
      ctx,
    );
  },
  touches: touchesNothing,
  edits: (command) => ({
    kind: EntityKind.interest,
    entityId: command.interestId,
    fields: Object.keys(command.changes),
  }),
};

export const interestRemove: ClientCommandSpec<CommandOf<"interest.remove">> = {
  schema: interestRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const missing = exists(state.interests, command.interestId, "interest");
    if (missing) return missing;
    const used = Object.values(state.collisions).some((c) => c.interestIds.includes(command.interestId));
    return used ? reject(ErrorCode.conflict, "the interest is part of a collision; remove the collision first") : null;
  },
  reduce: (state, command) =>
    withoutEditsOf(
      { ...state, interests: without(state.interests, command.interestId) },
      EntityKind.interest,
      command.interestId,
    ),
  touches: touchesNothing,
};

export const interestsStarter: ClientCommandSpec<CommandOf<"interests.starter">> = {
  schema: interestsStarterSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    if (state.starterCatalog !== "offered") {
      return reject(ErrorCode.conflict, "the starter catalog was already answered");
    }
    const ids = command.interests.map((i) => i.interestId);
    if (new Set(ids).size !== ids.length || ids.some((id) => Object.hasOwn(state.interests, id))) {
      return reject(ErrorCode.duplicateId, "interest id already used");
    }
    if (count(state.interests) + ids.length > LIMITS.interestsPerSeries) {
      return reject(ErrorCode.limitExceeded, "too many interests in this series");
    }
    return command.decision === "skip" && ids.length > 0
      ? reject(ErrorCode.conflict, "skipping takes no interests")
      : null;
  },
  reduce(state, command, ctx) {
    let interests = state.interests;
    for (const i of command.interests) {
      interests = put(interests, i.interestId, { id: i.interestId, side: i.side, label: i.label, createdSeq: ctx.seq });
    }
    return { ...state, interests, starterCatalog: command.decision === "take" ? "taken" : "skipped" };
  },
  touches: touchesNothing,
};
