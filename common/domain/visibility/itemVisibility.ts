import { belongsTo, memberOf } from "../actorRules.js";
import { assertNever } from "../assertNever.js";
import { itemThere, refersTo } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put } from "../reduce/helpers.js";
import type { ClientCommandSpec, CommandSpec } from "../spec.js";
import type { SeriesState } from "../types.js";
import { ItemKind } from "../vocabulary.js";
import { itemOrg } from "./itemOrg.js";
import { touchesNothing } from "./itemRefs.js";
import { itemVisibilitySchema } from "./schemas.js";

/** Makes an item internal to an organisation, or shares it with the whole series. */
export const itemVisibility: ClientCommandSpec<CommandOf<"item.visibility">> = {
  schema: itemVisibilitySchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "item" },
  check: (state, command) =>
    itemThere(state, command.kind, command.itemId) ?? refersTo(state.orgs, command.internalTo, "organisation"),
  reduce: (state, command) => withVisibility(state, command.kind, command.itemId, command.internalTo),
  touches: (_state, command) => [{ kind: command.kind, id: command.itemId }],
  actorRule: (state, actor, command) =>
    memberOf(actor, command.internalTo) ?? belongsTo(itemOrg(state, command.kind, command.itemId), command.internalTo),
  pendingItem: (command) => (command.kind === ItemKind.goal ? null : command.itemId),
};

/** What a client receives in place of an event it may not see: it changes nothing but `seq`. */
export const hidden: CommandSpec<CommandOf<"hidden">> = {
  check: () => null,
  reduce: (state) => state,
  touches: touchesNothing,
};

function withVisibility(state: SeriesState, kind: ItemKind, id: string, internalTo: string | null): SeriesState {
  switch (kind) {
    case ItemKind.case: {
      const item = state.cases[id];
      return item ? { ...state, cases: put(state.cases, id, { ...item, internalTo }) } : state;
    }
    case ItemKind.agreement: {
      const item = state.agreements[id];
      return item ? { ...state, agreements: put(state.agreements, id, { ...item, internalTo }) } : state;
    }
    case ItemKind.goal: {
      const item = state.goals[id];
      return item ? { ...state, goals: put(state.goals, id, { ...item, internalTo }) } : state;
    }
    default:
      return assertNever(kind);
  }
}
