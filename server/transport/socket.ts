import type { Server, Socket } from "socket.io";
import { ErrorCode, reject, type Rejection } from "../../common/errors.js";
import {
  ClientMessage,
  commandEnvelopeSchema,
  helloSchema,
  presenceSchema,
  PROTOCOL_VERSION,
  syncSchema,
  type CatchUpReply,
  type ClientToServerEvents,
  type CommandReply,
  type PresenceEntry,
  type ServerToClientEvents,
} from "../../common/protocol.js";
import { catchUp } from "../series/catchUp.js";
import { executeCommand, type ExecuteDeps } from "../series/execute.js";
import { serialQueue } from "./commandQueue.js";
import { describeIssues } from "./describeIssues.js";

/** What the server knows of a connection; set by `hello`, never taken from later payloads. */
export interface ConnectionData {
  seriesId: string | null;
  personId: string | null;
  focus: string | null;
}

type InterServerEvents = Record<string, never>;
export type EinklangIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, ConnectionData>;
type EinklangSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, ConnectionData>;

const knownMessages = new Set<string>(Object.values(ClientMessage));

/** The socket.io room of a series. */
export function seriesRoom(seriesId: string): string {
  return `series:${seriesId}`;
}

/** Wires the live protocol: join, catch-up, commands, presence. Returns a function that stops presence fan-out before shutdown. */
export function attachSeriesSockets(io: EinklangIo, deps: ExecuteDeps): () => void {
  const stopping = { now: false };
  const presenceOf = (seriesId: string): void => {
    if (!stopping.now) void broadcastPresence(io, seriesId, deps);
  };
  io.on("connection", (socket) => {
    socket.data = { seriesId: null, personId: null, focus: null };
    const inOrder = serialQueue();

    socket.on("hello", (raw, reply) => {
      void inOrder(() => answer(reply, () => hello(socket, deps, raw, presenceOf)));
    });
    socket.on("sync", (raw, reply) => {
      void inOrder(() => answer(reply, () => sync(socket, deps, raw)));
    });
    socket.on("command", (raw, reply) => {
      void inOrder(() => answer(reply, () => command(io, socket, deps, raw)));
    });
    socket.on("presence", (raw) => {
      const parsed = presenceSchema.safeParse(raw);
      if (!parsed.success || socket.data.seriesId === null) return;
      socket.data.focus = parsed.data.focus;
      presenceOf(socket.data.seriesId);
    });
    socket.onAny((name: unknown, ...args: unknown[]) => {
      if (typeof name === "string" && knownMessages.has(name)) return;
      const reply = args.at(-1);
      if (typeof reply === "function") {
        reply({ ok: false, error: reject(ErrorCode.invalidMessage, `unknown message ${JSON.stringify(name)}`) });
      }
    });
    socket.on("disconnect", () => {
      if (socket.data.seriesId !== null) presenceOf(socket.data.seriesId);
    });
  });
  return () => {
    stopping.now = true;
  };
}

type Reply<T> = (answer: T) => void;

/** Runs a handler and replies with its answer; no input can make it throw out of here. */
async function answer<T extends CatchUpReply | CommandReply>(reply: unknown, handler: () => Promise<T>): Promise<void> {
  if (typeof reply !== "function") return;
  const send = reply as Reply<T | { ok: false; error: Rejection }>;
  try {
    send(await handler());
  } catch {
    send({ ok: false, error: reject(ErrorCode.internal, "the server could not handle this message") });
  }
}

async function hello(
  socket: EinklangSocket,
  deps: ExecuteDeps,
  raw: unknown,
  presenceOf: (seriesId: string) => void,
): Promise<CatchUpReply> {
  const parsed = helloSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) };
  const { v, seriesId, personId, lastSeq } = parsed.data;
  if (v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: reject(ErrorCode.unsupportedVersion, `protocol ${v} is not supported; reload the page`),
    };
  }
  if ((await deps.storage.headSeq(seriesId)) === null) {
    return { ok: false, error: reject(ErrorCode.unknownSeries, "series does not exist") };
  }
  const previous = socket.data.seriesId;
  if (previous !== null && previous !== seriesId) {
    await socket.leave(seriesRoom(previous));
    presenceOf(previous);
  }
  socket.data = { seriesId, personId, focus: null };
  // Join before reading, so no event can fall between the catch-up and the broadcasts;
  // the client keeps events that arrive before this reply and folds them in after it.
  await socket.join(seriesRoom(seriesId));
  try {
    const reply = await catchUp(deps.storage, deps.cache, seriesId, lastSeq);
    presenceOf(seriesId);
    return reply;
  } catch (error) {
    // Storage failed: the connection has not joined after all, and must say hello again.
    await socket.leave(seriesRoom(seriesId));
    socket.data = { seriesId: null, personId: null, focus: null };
    deps.logError(error);
    return { ok: false, error: reject(ErrorCode.storageUnavailable, "the series could not be read; try again") };
  }
}

async function sync(socket: EinklangSocket, deps: ExecuteDeps, raw: unknown): Promise<CatchUpReply> {
  const parsed = syncSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) };
  const { seriesId } = socket.data;
  if (seriesId === null) return { ok: false, error: reject(ErrorCode.notJoined, "say hello first") };
  return catchUp(deps.storage, deps.cache, seriesId, parsed.data.lastSeq);
}

async function command(io: EinklangIo, socket: EinklangSocket, deps: ExecuteDeps, raw: unknown): Promise<CommandReply> {
  const { seriesId, personId } = socket.data;
  if (seriesId === null || personId === null)
    return { ok: false, error: reject(ErrorCode.notJoined, "say hello first") };
  const parsed = commandEnvelopeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) };
  const result = await executeCommand(deps, {
    seriesId,
    commandId: parsed.data.id,
    actorId: personId,
    command: parsed.data.command,
  });
  if (!result.ok) return result;
  if (result.duplicate) return { ok: true, seq: result.seq, duplicate: true };
  io.to(seriesRoom(seriesId)).emit("events", { events: [result.event] });
  return { ok: true, seq: result.event.seq, duplicate: false };
}

async function broadcastPresence(io: EinklangIo, seriesId: string, deps: ExecuteDeps): Promise<void> {
  try {
    const sockets = await io.in(seriesRoom(seriesId)).fetchSockets();
    const online: PresenceEntry[] = [];
    for (const s of sockets) {
      if (s.data.seriesId !== seriesId || s.data.personId === null) continue;
      online.push({ connectionId: s.id, personId: s.data.personId, focus: s.data.focus });
    }
    io.to(seriesRoom(seriesId)).emit("presence", { online });
  } catch (error) {
    deps.logError(error);
  }
}
