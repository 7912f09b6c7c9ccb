import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Joins the chunks of a file, giving the event loop back between them: a
 * large export is built in steps of a few milliseconds, so other users'
 * messages, health checks and exports are answered in between.
 */
export async function joinYielding(chunks: Iterable<string>): Promise<string> {
  const parts: string[] = [];
  for (const chunk of chunks) {
    parts.push(chunk);
    await nextTurn();
  }
  return parts.join("");
}
