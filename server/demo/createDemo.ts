import { nanoid } from "nanoid";
import { firstDeviceAndOrigin } from "../access/firstDevice.js";
import { demoSeries } from "@common/demo/demoSeries.js";
import { makeToken, TokenKind } from "../access/tokens.js";
import type { Admission } from "../access/people.js";
import type { OriginOf } from "../security/seriesGate.js";
import { executeCommand, type ExecuteDeps } from "../series/execute.js";

/**
 * Creates the example series with a new person as its moderator, through
 * the same command path as every client, and returns the moderator's device
 * token. Fails loudly if any step is refused.
 */
export async function createDemoSeries(deps: ExecuteDeps, origin: OriginOf): Promise<Admission> {
  const seriesId = nanoid();
  const facilitatorId = nanoid();
  const token = makeToken(TokenKind.device);
  const ids = new Map<string, string>();
  const idOf = (name: string): string => {
    const known = ids.get(name) ?? nanoid();
    ids.set(name, known);
    return known;
  };
  const now = deps.now().toISOString();
  const demo = demoSeries(now.slice(0, 10), facilitatorId, idOf);
  const created = await executeCommand(deps, {
    seriesId,
    commandId: nanoid(),
    actorId: facilitatorId,
    command: { type: "series.create", name: demo.name, creatorName: demo.creatorName },
    createsSeries: true,
    trusted: true,
    alongside: firstDeviceAndOrigin(seriesId, facilitatorId, token, origin, now),
  });
  if (!created.ok) throw new Error(`example series: ${created.error.message}`);
  for (const step of demo.steps) {
    const result = await executeCommand(deps, {
      seriesId,
      commandId: nanoid(),
      actorId: step.actorId,
      command: step.command,
      // People join the example as if through their invite links.
      trusted: step.command.type === "person.join",
    });
    if (!result.ok) throw new Error(`example series, ${step.command.type}: ${result.error.message}`);
  }
  return { seriesId, personId: facilitatorId, token };
}
