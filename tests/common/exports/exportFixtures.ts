import { apply, applyAll } from "@common/domain/apply.js";
import { demoSeries } from "@common/demo/demoSeries.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { PUBLIC_VIEWER, viewerOf } from "@common/domain/visibility/viewer.js";
import { makeEvents } from "../fixtures.js";

/** The day the example series is built around. */
export const DEMO_TODAY = "2026-11-22";
export const DEMO_FACILITATOR = "facilitator1";

/** The example series folded through the real reducer, and how its symbolic names map to ids. */
export function makeDemo(): { state: SeriesState; idOf: (name: string) => string } {
  const ids = new Map<string, string>();
  const idOf = (name: string): string => {
    const known = ids.get(name);
    if (known) return known;
    const id = `demo-${String(ids.size).padStart(4, "0")}`;
    ids.set(name, id);
    return id;
  };
  const demo = demoSeries(DEMO_TODAY, DEMO_FACILITATOR, idOf);
  const created = apply(emptySeries("demo-series"), {
    seq: 1,
    commandId: "c-1",
    actorId: DEMO_FACILITATOR,
    at: `${DEMO_TODAY}T08:00:00.000Z`,
    command: { type: "series.create", name: demo.name, creatorName: demo.creatorName },
  });
  const events = makeEvents(
    demo.steps.map((step) => ({ by: step.actorId, command: step.command })),
    2,
  );
  return { state: applyAll(created, events), idOf };
}

/** The series as one of its people sees it; the projector view for null. */
export function seenBy(state: SeriesState, personId: string | null): SeriesState {
  const viewer = personId === null ? PUBLIC_VIEWER : viewerOf(state, personId);
  if (!viewer) throw new Error(`${personId ?? ""} is not a person of the series`);
  return projectState(state, viewer);
}

/** A series with nothing in it yet: no sessions, cases or agreements. */
export function makeEmptySeries(): SeriesState {
  return applyAll(
    emptySeries("series-empty"),
    makeEvents([{ type: "series.create", name: "Leere Runde", creatorName: "Anna" }]),
  );
}
