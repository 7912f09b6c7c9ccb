import { ErrorCode, reject } from "../../errors.js";
import { itemThere } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, without } from "../reduce/helpers.js";
import { currentStepKey } from "../rules/ready.js";
import { currentSession } from "../rules/sessions.js";
import type { ClientCommandSpec } from "../spec.js";
import { PHASES } from "../vocabulary.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { visibility } from "../visibility/seen.js";
import { readySetSchema, roomLockSchema, roomSpotlightSchema } from "./schemas.js";

export const roomSpotlight: ClientCommandSpec<CommandOf<"room.spotlight">> = {
  schema: roomSpotlightSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) => (command.item ? itemThere(state, command.item.kind, command.item.id) : null),
  reduce: (state, command) => ({ ...state, room: { ...state.room, spotlight: command.item } }),
  touches: (_state, command) => (command.item ? [{ kind: command.item.kind, id: command.item.id }] : []),
  // A spotlight on an item the viewer may not see: for them, the spotlight goes out.
  project: (event, command, _before, after, viewer) =>
    command.item && visibility(after, command.item, viewer) === "hidden"
      ? { event: { ...event, command: { type: "room.spotlight", item: null } }, resync: false }
      : null,
};

export const roomLock: ClientCommandSpec<CommandOf<"room.lock">> = {
  schema: roomLockSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: () => null,
  reduce(state, command) {
    const { room } = state;
    const lock =
      command.scope === "board"
        ? { ...room.lock, board: command.locked }
        : {
            ...room.lock,
            phases: PHASES.filter((p) => (p === command.scope ? command.locked : room.lock.phases.includes(p))),
          };
    return { ...state, room: { ...room, lock } };
  },
  touches: touchesNothing,
};

/** The sender is (or is no longer) ready with the current session's phase. */
export const readySet: ClientCommandSpec<CommandOf<"ready.set">> = {
  schema: readySetSchema,
  sender: "participant",
  whileLocked: true,
  notice: { gone: "item" },
  check: (state, command) =>
    command.ready && currentSession(state) === null
      ? reject(ErrorCode.conflict, "there is no session to be ready with")
      : null,
  reduce(state, command, ctx) {
    const step = currentStepKey(state);
    const { ready } = state.room;
    return {
      ...state,
      room: {
        ...state.room,
        ready: command.ready && step !== null ? put(ready, ctx.actorId, step) : without(ready, ctx.actorId),
      },
    };
  },
  touches: touchesNothing,
};
