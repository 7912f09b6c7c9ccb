import type { SeriesState } from "../domain/types.js";
import type { CatchUpReply, WireCatchUpReply } from "../protocol.js";

const utf8 = new TextDecoder();

/** A catch-up reply as received, with a snapshot's bytes read back into a state. */
export function readCatchUpReply(reply: WireCatchUpReply): CatchUpReply {
  if (!reply.ok || reply.kind === "events") return reply;
  const { encodedState, ...rest } = reply;
  const state: Record<string, unknown> = JSON.parse(utf8.decode(encodedState.rest));
  for (const [key, bytes] of Object.entries(encodedState.records)) state[key] = JSON.parse(utf8.decode(bytes));
  return { ...rest, state: state as unknown as SeriesState };
}
