import type { Server } from "socket.io";
import type { SeriesEvent } from "@common/domain/apply.js";
import type { SeriesState } from "@common/domain/types.js";
import { viewerOf, PUBLIC_VIEWER, type Viewer } from "@common/domain/visibility/viewer.js";
import { eventIsPublic, projectEvent } from "@common/domain/visibility/project.js";
import { presenceFor } from "@common/domain/visibility/presence.js";
import type { PresenceEntry, ServerToClientEvents } from "@common/protocol.js";
import { personRoom, ViewMode, type Credentials } from "../access/handshake.js";

// The io type of socket.ts, without importing it (it imports this file).
type AnyIo = Server<Record<string, never>, ServerToClientEvents, Record<string, never>, PresenceData>;
interface PresenceData extends Credentials {
  joined: boolean;
  focus: string | null;
  typing: string | null;
}

/** The socket.io room of a series: the people's own view, or the public (projector) view. */
export function seriesRoom(seriesId: string, view: ViewMode = ViewMode.own): string {
  return view === ViewMode.public ? `series:${seriesId}:public` : `series:${seriesId}`;
}

/** A committed event with the states around it, as the command path hands it over. */
export interface Committed {
  event: SeriesEvent;
  before: SeriesState;
  after: SeriesState;
}

/**
 * Sends committed events of one series (in commit order) to everyone in it,
 * each receiving only what they may see: one message for the room when the
 * events are the same for all, else one projected message per person (and
 * one for the public view).
 */
export function broadcastEvents(io: AnyIo, seriesId: string, committed: readonly Committed[]): void {
  if (committed.length === 0) return;
  if (committed.every(({ event, before, after }) => eventIsPublic(event, before, after))) {
    const events = committed.map((c) => c.event);
    io.to([seriesRoom(seriesId), seriesRoom(seriesId, ViewMode.public)]).emit("events", { events });
    return;
  }
  const people = new Set(
    committed.flatMap(({ before, after }) => [...Object.keys(before.people), ...Object.keys(after.people)]),
  );
  for (const personId of people) {
    const projected = projectedFor(
      committed,
      (before, after) => viewerOf(after, personId) ?? viewerOf(before, personId),
    );
    if (projected) io.to(personRoom(seriesId, personId)).emit("events", projected);
  }
  const open = projectedFor(committed, () => PUBLIC_VIEWER);
  if (open) io.to(seriesRoom(seriesId, ViewMode.public)).emit("events", open);
}

/** The events as one viewer may receive them; events from before they were a person (or after) are left out. */
function projectedFor(
  committed: readonly Committed[],
  viewerAt: (before: SeriesState, after: SeriesState) => Viewer | null,
): { events: SeriesEvent[]; resync: boolean } | null {
  const events: SeriesEvent[] = [];
  let resync = false;
  for (const { event, before, after } of committed) {
    const viewer = viewerAt(before, after);
    if (!viewer) continue;
    const projected = projectEvent(event, before, after, viewer);
    events.push(projected.event);
    resync ||= projected.resync;
  }
  return events.length > 0 ? { events, resync } : null;
}

/** Tells everyone in the series who is online, each receiver without focus or typing on items hidden from them. */
export async function broadcastPresence(
  io: AnyIo,
  seriesId: string,
  deps: { stateOf: (seriesId: string) => Promise<SeriesState | null>; logError: (error: unknown) => void },
): Promise<void> {
  try {
    const [sockets, state] = await Promise.all([io.in(seriesRoom(seriesId)).fetchSockets(), deps.stateOf(seriesId)]);
    if (!state) return;
    const online: PresenceEntry[] = [];
    for (const s of sockets) {
      if (s.data.seriesId !== seriesId || !s.data.joined) continue;
      online.push({ connectionId: s.id, personId: s.data.personId, focus: s.data.focus, typing: s.data.typing });
    }
    for (const personId of Object.keys(state.people)) {
      const viewer = viewerOf(state, personId);
      if (viewer)
        io.to(personRoom(seriesId, personId)).emit("presence", {
          online: presenceFor(state, online, viewer),
          headSeq: state.seq,
        });
    }
    io.to(seriesRoom(seriesId, ViewMode.public)).emit("presence", {
      online: presenceFor(state, online, PUBLIC_VIEWER),
      headSeq: state.seq,
    });
  } catch (error) {
    deps.logError(error);
  }
}
