import { applyAll, type SeriesEvent } from "@common/domain/apply.js";
import type { EventCommand } from "@common/domain/commands.js";
import { emptySeries, type Agreement, type SeriesState } from "@common/domain/types.js";

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

/**
 * The state with `length` more agreements, each revising the one before (the
 * first revises none): a chain of `length - 1` revisions. Each is a copy of
 * `template` under the id `chain-00000`, `chain-00001`, …
 */
export function withRevisionChain(state: SeriesState, template: Agreement, length: number): SeriesState {
  const agreements = { ...state.agreements };
  for (let i = 0; i < length; i += 1) {
    const id = chainId(i);
    agreements[id] = { ...template, id, predecessorId: i === 0 ? null : chainId(i - 1) };
  }
  return { ...state, agreements };
}

/** The id of the `index`th agreement of `withRevisionChain`. */
export function chainId(index: number): string {
  return `chain-${String(index).padStart(5, "0")}`;
}
