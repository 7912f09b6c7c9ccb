import type { EventCommand } from "../commands.js";
import { eventSpec } from "../registry.js";
import type { SeriesState } from "../types.js";
import type { ItemRef } from "./itemRefs.js";

export type { ItemRef } from "./itemRefs.js";

/**
 * Every case, agreement and goal a command names, including ids that do not
 * exist yet (adds): what a viewer must be allowed to see for the command to
 * be theirs to send or to receive. Each command says it in its spec.
 */
export function touchedItems(state: SeriesState, command: EventCommand): ItemRef[] {
  const items = eventSpec(command).touches(state, command);
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
