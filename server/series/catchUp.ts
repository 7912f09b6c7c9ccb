import { apply, type SeriesEvent } from "@common/domain/apply.js";
import { viewerOf, PUBLIC_VIEWER } from "@common/domain/visibility/viewer.js";
import { projectEvent, projectState } from "@common/domain/visibility/project.js";
import { projectMine } from "@common/domain/visibility/mine.js";
import { LIMITS } from "@common/limits.js";
import { ErrorCode, reject } from "@common/errors.js";
import type { WireCatchUpReply } from "@common/protocol.js";
import { ViewMode, type Credentials } from "../access/handshake.js";
import type { ExecuteDeps } from "./execute.js";
import { encodeState } from "./stateJson.js";

/**
 * What a client that has seen everything up to `lastSeq` needs: the missing
 * events when there are few, else a snapshot of the whole series — both
 * projected to what this connection may see.
 */
export async function catchUp(
  deps: Pick<ExecuteDeps, "storage" | "cache" | "now">,
  who: Pick<Credentials, "seriesId" | "personId" | "view" | "limited" | "createdBy">,
  lastSeq: number,
  mayTakeSnapshot: () => Promise<boolean> = async () => true,
): Promise<WireCatchUpReply> {
  const { storage, cache } = deps;
  const head = await storage.headSeq(who.seriesId);
  if (head === null) return { ok: false, error: reject(ErrorCode.unknownSeries, "series does not exist") };
  const serverNow = deps.now().getTime();
  const state = await cache.stateAt(storage, who.seriesId, head);
  const viewer = who.view === ViewMode.public ? PUBLIC_VIEWER : viewerOf(state, who.personId);
  if (!viewer) return { ok: false, error: reject(ErrorCode.forbidden, "this person is not part of the series") };
  if (who.limited) {
    // A limited device reads only "My agreements", always whole (it receives no live events):
    // each answer is a snapshot, and counts as one.
    if (!(await mayTakeSnapshot())) {
      return {
        ok: false,
        error: reject(ErrorCode.rateLimited, "too many snapshots for this connection; try again shortly"),
      };
    }
    const encodedState = await encodeState(projectMine(state, who.personId, who.createdBy));
    return { ok: true, kind: "snapshot", encodedState, personId: who.personId, serverNow };
  }
  const missing = head - lastSeq;
  if (lastSeq > 0 && missing >= 0 && missing <= LIMITS.catchUpEvents) {
    const events = await storage.eventsSince(who.seriesId, lastSeq, head);
    // Events that went to everyone unchanged need no states to project them: the common case, and cheap.
    if (await storage.allForAll(who.seriesId, lastSeq, head)) {
      return { ok: true, kind: "events", events, headSeq: head, personId: who.personId, serverNow };
    }
    let before = await cache.stateAt(storage, who.seriesId, lastSeq);
    const projected: SeriesEvent[] = [];
    for (const event of events) {
      const after = apply(before, event);
      const one = projectEvent(event, before, after, viewer);
      // What this client may see changed as a whole in between: a snapshot is the honest answer.
      if (one.resync) return await snapshotReply(state, viewer, who.personId, serverNow, mayTakeSnapshot);
      projected.push(one.event);
      before = after;
    }
    return { ok: true, kind: "events", events: projected, headSeq: head, personId: who.personId, serverNow };
  }
  return snapshotReply(state, viewer, who.personId, serverNow, mayTakeSnapshot);
}

async function snapshotReply(
  state: Parameters<typeof projectState>[0],
  viewer: Parameters<typeof projectState>[1],
  personId: string,
  serverNow: number,
  mayTakeSnapshot: () => Promise<boolean>,
): Promise<WireCatchUpReply> {
  if (!(await mayTakeSnapshot())) {
    return {
      ok: false,
      error: reject(ErrorCode.rateLimited, "too many snapshots for this connection; try again shortly"),
    };
  }
  const encodedState = await encodeState(projectState(state, viewer));
  return { ok: true, kind: "snapshot", encodedState, personId, serverNow };
}
