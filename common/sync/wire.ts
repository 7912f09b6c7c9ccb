import type { SeriesState } from "../domain/types.js";
import type { CatchUpReply, EncodedState, WireCatchUpReply } from "../protocol.js";

/** JSON compressed with raw deflate, read back (the browser's and Node's DecompressionStream). */
async function inflatedJson(bytes: Uint8Array | ArrayBuffer): Promise<unknown> {
  const compressed = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return JSON.parse(await new Response(compressed).text());
}

/** A state as the server encoded it for a snapshot. */
export async function decodeState(encoded: EncodedState): Promise<SeriesState> {
  const entries = Object.entries(encoded.records);
  const [rest, ...records] = await Promise.all([
    inflatedJson(encoded.rest),
    ...entries.map(([, bytes]) => inflatedJson(bytes)),
  ]);
  const state = { ...(rest as Record<string, unknown>) };
  entries.forEach(([key], i) => {
    state[key] = records[i];
  });
  return state as unknown as SeriesState;
}

/** A catch-up reply as received, with a snapshot's bytes read back into a state. */
export async function readCatchUpReply(reply: WireCatchUpReply): Promise<CatchUpReply> {
  if (!reply.ok || reply.kind === "events") return reply;
  const { encodedState, ...rest } = reply;
  return { ...rest, state: await decodeState(encodedState) };
}
