import { applyAll, type SeriesEvent } from "../../common/domain/apply.js";
import type { EventCommand } from "../../common/domain/commands.js";
import { emptySeries, type SeriesState } from "../../common/domain/types.js";

export const ANNA = "person-anna";
export const BERND = "person-bernd";

/** Events from commands, numbered from `firstSeq`; each item may name its actor. */
export function makeEvents(
  items: readonly (EventCommand | { by: string; command: EventCommand })[],
  firstSeq = 1,
): SeriesEvent[] {
  return items.map((item, index) => {
    const { by, command } = "by" in item ? item : { by: ANNA, command: item };
    return {
      seq: firstSeq + index,
      commandId: `cmd-${firstSeq + index}`,
      actorId: by,
      at: "2026-11-01T09:00:00.000Z",
      command,
    };
  });
}

/** A series created by Anna, with Bernd joined, then the given commands applied. */
export function makeSeries(items: readonly (EventCommand | { by: string; command: EventCommand })[] = []): SeriesState {
  return applyAll(
    emptySeries("series-1"),
    makeEvents([
      { type: "series.create", name: "S&OP Runde", creatorName: "Anna" },
      {
        by: BERND,
        command: {
          type: "person.join",
          name: "Bernd",
          orgId: null,
          function: null,
          role: "participant",
          confirmed: true,
        },
      },
      ...items,
    ]),
  );
}
