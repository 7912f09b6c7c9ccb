import { ErrorCode, reject } from "../../errors.js";
import { agendaOf } from "../agenda/order.js";
import { exists, firstOf, openSession } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { withEdits, type Context } from "../reduce/helpers.js";
import { setSession, withSession } from "../sessions/current.js";
import type { ClientCommandSpec } from "../spec.js";
import { EntityKind, type SeriesState, type SeriesTemplate, type Session } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { checkNewAgenda } from "./check.js";
import { templateFromAgenda } from "./fromTemplate.js";
import { templateApplySchema, templateChooseSchema, templateSaveSchema } from "./schemas.js";

/** The state with the series' template set (or, null, taken away), its last writer noted. */
function withTemplate(state: SeriesState, template: SeriesTemplate | null, ctx: Context): SeriesState {
  const { template: _old, ...rest } = state;
  const next = template === null ? rest : { ...rest, template };
  return withEdits(next, EntityKind.series, state.id, ["template"], ctx);
}

const templateEdits = (_command: unknown, seriesId: string) => ({
  kind: EntityKind.series,
  entityId: seriesId,
  fields: ["template"],
});

export const templateChoose: ClientCommandSpec<CommandOf<"template.choose">> = {
  schema: templateChooseSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "series" },
  check: () => null,
  reduce: (state, command, ctx) =>
    withTemplate(state, command.template === null ? null : { kind: "builtin", id: command.template }, ctx),
  touches: touchesNothing,
  edits: templateEdits,
};

export const templateSave: ClientCommandSpec<CommandOf<"template.save">> = {
  schema: templateSaveSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const missing = exists(state.sessions, command.sessionId, "session");
    if (missing) return missing;
    return agendaOf(state.sessions[command.sessionId] as Session).length === 0
      ? reject(ErrorCode.conflict, "the session has no agenda items to save as a template")
      : null;
  },
  reduce: (state, command, ctx) =>
    withSession(state, command.sessionId, (session) =>
      withTemplate(state, { kind: "own", items: templateFromAgenda(agendaOf(session)) }, ctx),
    ),
  touches: touchesNothing,
  edits: templateEdits,
};

export const templateApply: ClientCommandSpec<CommandOf<"template.apply">> = {
  schema: templateApplySchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "item" },
  check(state, command) {
    const refused = firstOf(openSession(state, command.sessionId), checkNewAgenda(state, command.items));
    if (refused) return refused;
    return agendaOf(state.sessions[command.sessionId] as Session).length > 0
      ? reject(ErrorCode.conflict, "a template fills only an agenda that has no items yet")
      : null;
  },
  reduce: (state, command) =>
    withSession(state, command.sessionId, (session) => setSession(state, { ...session, agenda: [...command.items] })),
  touches: touchesNothing,
};
