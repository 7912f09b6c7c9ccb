import { nanoid } from "nanoid";
import { demoSeries } from "../../common/demo/demoSeries.js";
import { executeCommand, type ExecuteDeps } from "../series/execute.js";

/**
 * Creates the example series with `facilitatorId` as its moderator, through
 * the same command path as every client. Fails loudly if any step is refused.
 */
export async function createDemoSeries(deps: ExecuteDeps, facilitatorId: string): Promise<string> {
  const seriesId = nanoid();
  const ids = new Map<string, string>();
  const idOf = (name: string): string => {
    const known = ids.get(name) ?? nanoid();
    ids.set(name, known);
    return known;
  };
  const today = deps.now().toISOString().slice(0, 10);
  const demo = demoSeries(today, facilitatorId, idOf);
  const created = await executeCommand(deps, {
    seriesId,
    commandId: nanoid(),
    actorId: facilitatorId,
    command: { type: "series.create", name: demo.name, creatorName: demo.creatorName },
    createsSeries: true,
  });
  if (!created.ok) throw new Error(`example series: ${created.error.message}`);
  for (const step of demo.steps) {
    const result = await executeCommand(deps, {
      seriesId,
      commandId: nanoid(),
      actorId: step.actorId,
      command: step.command,
    });
    if (!result.ok) throw new Error(`example series, ${step.command.type}: ${result.error.message}`);
  }
  return seriesId;
}
