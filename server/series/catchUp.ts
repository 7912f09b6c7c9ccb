import { LIMITS } from "../../common/limits.js";
import { ErrorCode, reject } from "../../common/errors.js";
import type { CatchUpReply } from "../../common/protocol.js";
import type { Storage } from "../storage/types.js";
import type { StateCache } from "./stateCache.js";

/**
 * What a client that has seen everything up to `lastSeq` needs: the missing
 * events when there are few, else a snapshot of the whole series.
 */
export async function catchUp(
  storage: Storage,
  cache: StateCache,
  seriesId: string,
  lastSeq: number,
): Promise<CatchUpReply> {
  const head = await storage.headSeq(seriesId);
  if (head === null) return { ok: false, error: reject(ErrorCode.unknownSeries, "series does not exist") };
  const missing = head - lastSeq;
  if (lastSeq > 0 && missing >= 0 && missing <= LIMITS.catchUpEvents) {
    const events = await storage.eventsSince(seriesId, lastSeq, head);
    return { ok: true, kind: "events", events, headSeq: head };
  }
  const state = await cache.stateAt(storage, seriesId, head);
  return { ok: true, kind: "snapshot", state };
}
