import { apply, checkCommand } from "@common/domain/apply.js";
import { demoSeries } from "@common/demo/demoSeries.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";

/** The day the example series is built for. */
export const DEMO_TODAY = "2026-11-22";

/** The example series folded through the reducer, and the id each of its names got; throws when a step is refused. */
export function demoState(): { state: SeriesState; idOf: (name: string) => string } {
  const ids = new Map<string, string>();
  const idOf = (name: string): string => {
    const id = ids.get(name) ?? `demo-${String(ids.size).padStart(4, "0")}`;
    ids.set(name, id);
    return id;
  };
  const demo = demoSeries(DEMO_TODAY, "facilitator1", idOf);
  const at = `${DEMO_TODAY}T08:00:00.000Z`;
  let state = apply(emptySeries("demo-series"), {
    seq: 1,
    commandId: "c-1",
    actorId: "facilitator1",
    at,
    command: { type: "series.create", name: demo.name, creatorName: demo.creatorName },
  });
  demo.steps.forEach((step, i) => {
    const refused = checkCommand(state, step.command, step.actorId);
    if (refused) throw new Error(`${step.command.type} refused: ${refused.message}`);
    state = apply(state, { seq: i + 2, commandId: `c-${i + 2}`, actorId: step.actorId, at, command: step.command });
  });
  return { state, idOf };
}
