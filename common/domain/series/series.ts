import type { CommandOf } from "../commands.js";
import { withEdits } from "../reduce/helpers.js";
import type { ClientCommandSpec } from "../spec.js";
import { EntityKind } from "../types.js";
import { touchesNothing } from "../visibility/itemRefs.js";
import { seriesRenameSchema, seriesScheduleSchema } from "./schemas.js";

export const seriesRename: ClientCommandSpec<CommandOf<"series.rename">> = {
  schema: seriesRenameSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "series" },
  check: () => null,
  reduce: (state, command, ctx) =>
    withEdits({ ...state, name: command.name }, EntityKind.series, state.id, ["name"], ctx),
  touches: touchesNothing,
  edits: (_command, seriesId) => ({ kind: EntityKind.series, entityId: seriesId, fields: ["name"] }),
};

export const seriesSchedule: ClientCommandSpec<CommandOf<"series.schedule">> = {
  schema: seriesScheduleSchema,
  sender: "facilitator",
  whileLocked: false,
  notice: { gone: "series" },
  check: () => null,
  reduce: (state, command, ctx) =>
    withEdits({ ...state, schedule: command.schedule }, EntityKind.series, state.id, ["schedule"], ctx),
  touches: touchesNothing,
};
