import { ErrorCode, reject } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { exists, fresh } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { mapRecord, put, without } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { collisionAddSchema, collisionRemoveSchema } from "./schemas.js";

export const collisionAdd: ClientCommandSpec<CommandOf<"collision.add">> = {
  schema: collisionAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const fail = fresh(state.collisions, command.collisionId, "collision", LIMITS.collisionsPerSeries);
    if (fail) return fail;
    const interests = command.interestIds.map((id) => state.interests[id]);
    if (interests.some((i) => i === undefined)) return reject(ErrorCode.notFound, "interest not found");
    const sides = new Set(interests.map((i) => i?.side));
    if (sides.size < 2) return reject(ErrorCode.conflict, "a collision needs interests of different sides");
    const key = [...command.interestIds].sort().join(",");
    const same = Object.values(state.collisions).some((c) => [...c.interestIds].sort().join(",") === key);
    return same ? reject(ErrorCode.duplicateId, "this collision exists already; reuse it") : null;
  },
  reduce: (state, command, ctx) => ({
    ...state,
    collisions: put(state.collisions, command.collisionId, {
      id: command.collisionId,
      interestIds: command.interestIds,
      createdSeq: ctx.seq,
    }),
  }),
  touches: touchesNothing,
};

export const collisionRemove: ClientCommandSpec<CommandOf<"collision.remove">> = {
  schema: collisionRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => exists(state.collisions, command.collisionId, "collision"),
  reduce: (state, command) => ({
    ...state,
    collisions: without(state.collisions, command.collisionId),
    cases: mapRecord(state.cases, (c) => ({
      ...c,
      collisionIds: c.collisionIds.filter((id) => id !== command.collisionId),
    })),
    agreements: mapRecord(state.agreements, (a) =>
      a.collisionId === command.collisionId ? { ...a, collisionId: null } : a,
    ),
  }),
  touches: touchesNothing,
};
