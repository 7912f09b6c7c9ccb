import { ErrorCode, reject } from "../../errors.js";
import { openSession } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { sessionCloseBlockers } from "../rules/review.js";
import { checkCloseFollowUp } from "../schedule/checkClose.js";
import { closeFollowUp } from "../schedule/closeFollowUp.js";
import type { ClientCommandSpec } from "../spec.js";
import { ItemKind, Phase } from "../vocabulary.js";
import { caseRef } from "../visibility/itemRefs.js";
import { visibility } from "../visibility/seen.js";
import { setSession, withSession } from "./current.js";
import { sessionCloseSchema } from "./schemas.js";

export const sessionClose: ClientCommandSpec<CommandOf<"session.close">> = {
  schema: sessionCloseSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const closed = openSession(state, command.sessionId);
    if (closed) return closed;
    const undecided = sessionCloseBlockers(state, command.sessionId).length;
    return undecided > 0 && !command.confirmUndecided
      ? reject(ErrorCode.conflict, `${undecided} due agreement(s) have no decision; confirm to close anyway`)
      : checkCloseFollowUp(state, command);
  },
  reduce: (state, command, ctx) =>
    withSession(state, command.sessionId, (current) =>
      closeFollowUp(setSession(state, { ...current, phase: Phase.close, closedSeq: ctx.seq }), current, command, ctx),
    ),
  touches: (_state, command) => Object.keys(command.carry?.cases ?? {}).map(caseRef),
  project(event, command, before, _after, viewer) {
    if (!command.carry) return null;
    // A close that carries cases the viewer may not see: they get the rest (the hidden ones are not in their state).
    const cases = Object.fromEntries(
      Object.entries(command.carry.cases).filter(
        ([id]) => visibility(before, { kind: ItemKind.case, id }, viewer) !== "hidden",
      ),
    );
    return { event: { ...event, command: { ...command, carry: { ...command.carry, cases } } }, resync: false };
  },
};
