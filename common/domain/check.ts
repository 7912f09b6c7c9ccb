import type { EventCommand } from "./commands.js";
import { ErrorCode, reject, type Rejection } from "../errors.js";
import type { SeriesState } from "./types.js";
import { eventSpec } from "./registry.js";

/**
 * Checks a command against the current state: returns why it cannot be
 * applied, or null when it can. Consistency only (ids exist or are fresh,
 * limits, open sessions, open votes): who may send it is `authorizeCommand`'s
 * question, because events reach clients without their author and clients
 * lack items they may not see. `actorId` is read by `person.join` and
 * `series.restore` alone, the joining or importing person's id. Schemas
 * have checked shapes and sizes already. Each command's check is in its spec.
 */
export function checkCommand(state: SeriesState, command: EventCommand, actorId = ""): Rejection | null {
  const spec = eventSpec(command);
  if (!spec.opensSeries && state.seq === 0) return reject(ErrorCode.unknownSeries, "series does not exist");
  return spec.check(state, command, actorId);
}
