import { ErrorCode, reject } from "../../errors.js";
import { exists, firstOf, openSession, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import type { ClientCommandSpec } from "../spec.js";
import { ItemKind } from "../vocabulary.js";
import { caseIf, touchesNothing } from "../visibility/itemRefs.js";
import { visibility } from "../visibility/seen.js";
import { breakoutEndSchema, breakoutStartSchema } from "./schemas.js";

export const breakoutStart: ClientCommandSpec<CommandOf<"breakout.start">> = {
  schema: breakoutStartSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const closed = openSession(state, command.sessionId);
    if (closed) return closed;
    const groupIds = new Set(command.groups.map((g) => g.groupId));
    if (groupIds.size !== command.groups.length) return reject(ErrorCode.duplicateId, "group id used twice");
    const members = command.groups.flatMap((g) => g.memberIds);
    if (new Set(members).size !== members.length) return reject(ErrorCode.conflict, "a person is in two groups");
    return firstOf(
      ...members.map((id) => exists(state.people, id, "person")),
      ...command.groups.map((g) => refersTo(state.cases, g.caseId, "case")),
    );
  },
  reduce: (state, command) => ({
    ...state,
    room: {
      ...state.room,
      breakout: {
        sessionId: command.sessionId,
        groups: command.groups.map((g) => ({ id: g.groupId, name: g.name, memberIds: g.memberIds, caseId: g.caseId })),
      },
    },
  }),
  touches: (_state, command) => command.groups.flatMap((g) => caseIf(g.caseId)),
  // Groups working on cases the viewer may not see: they get the groups, without those cases.
  project(event, command, _before, after, viewer) {
    const groups = command.groups.map((g) =>
      g.caseId !== null && visibility(after, { kind: ItemKind.case, id: g.caseId }, viewer) === "hidden"
        ? { ...g, caseId: null }
        : g,
    );
    return { event: { ...event, command: { ...command, groups } }, resync: false };
  },
};

export const breakoutEnd: ClientCommandSpec<CommandOf<"breakout.end">> = {
  schema: breakoutEndSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state) => (state.room.breakout ? null : reject(ErrorCode.conflict, "no breakout is running")),
  reduce: (state) => ({ ...state, room: { ...state.room, breakout: null } }),
  touches: touchesNothing,
};
