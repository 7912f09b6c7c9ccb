import { ErrorCode, reject } from "../../errors.js";
import { checkRestore } from "../checkRestore.js";
import type { CommandOf } from "../commands.js";
import { reduceRestore } from "../reduce/restore.js";
import type { CommandSpec } from "../spec.js";
import { Role } from "../vocabulary.js";
import { agreementRef, caseRef, goalRef, touchesNothing } from "../visibility/itemRefs.js";
import { hiddenEvent } from "../visibility/seen.js";

/** A series' first event: its creator facilitates. */
export const seriesCreate: CommandSpec<CommandOf<"series.create">> = {
  opensSeries: true,
  check: (state) => (state.seq === 0 ? null : reject(ErrorCode.conflict, "series already exists")),
  reduce: (state, command, ctx) => ({
    ...state,
    name: command.name,
    createdAt: ctx.at,
    people: {
      [ctx.actorId]: {
        id: ctx.actorId,
        name: command.creatorName,
        orgId: null,
        function: null,
        role: Role.facilitator,
        orgConfirmed: true,
        joinedSeq: ctx.seq,
      },
    },
  }),
  touches: touchesNothing,
};

/** A backed-up series as a new series' first event. */
export const seriesRestore: CommandSpec<CommandOf<"series.restore">> = {
  opensSeries: true,
  check: (state, command, actorId) => checkRestore(state, command, actorId),
  reduce: reduceRestore,
  touches: (_state, command) => [
    ...Object.keys(command.series.cases).map(caseRef),
    ...Object.keys(command.series.agreements).map(agreementRef),
    ...Object.keys(command.series.goals).map(goalRef),
  ],
  // A restore carries a whole series, internal items and ballots included: each viewer takes a snapshot instead.
  alwaysProjected: true,
  project: (event) => ({ event: hiddenEvent(event), resync: true }),
};
