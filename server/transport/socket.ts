import type { Server, Socket } from "socket.io";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { Role } from "@common/domain/vocabulary.js";
import {
  ClientMessage,
  commandEnvelopeSchema,
  helloSchema,
  presenceSchema,
  PROTOCOL_VERSION,
  syncSchema,
  type AccessReply,
  type WireCatchUpReply,
  type ClientToServerEvents,
  type CommandReply,
  type ServerToClientEvents,
} from "@common/protocol.js";
import {
  accessRoom,
  credentialsOf,
  deviceRoom,
  inviteRoom,
  limitedRoom,
  madeByRoom,
  personRoom,
  stillLive,
  ViewMode,
  type Credentials,
} from "../access/handshake.js";
import { handleAccess } from "../access/accessMessages.js";
import { catchUp } from "../series/catchUp.js";
import { executeCommand, type ExecuteDeps } from "../series/execute.js";
import { broadcastPresence, seriesRoom } from "../series/broadcast.js";
import { serialQueue } from "./commandQueue.js";
import { describeIssues } from "./describeIssues.js";
import type { SocketGuards } from "../security/socketGuards.js";
import { RateVerdict } from "../security/messageRate.js";

export { seriesRoom } from "../series/broadcast.js";

/** What the server knows of a connection: its credentials from the handshake, and its presence. */
export interface ConnectionData extends Credentials {
  /** `hello` was answered: the connection is in the series' room. */
  joined: boolean;
  focus: string | null;
  typing: string | null;
  /** The access generation at which the device was last found live (see `DeviceCheck`). */
  accessSeen: { generation: number | null };
}

type InterServerEvents = Record<string, never>;
export type EinklangIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, ConnectionData>;
export type EinklangSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, ConnectionData>;

const knownMessages = new Set<string>(Object.values(ClientMessage));
/** How long presence changes of one series are gathered before they go out together. */
const PRESENCE_GATHER_MS = 40;

/** Wires the live protocol: token check, join, catch-up, commands, presence, access. Returns a function that stops presence fan-out before shutdown. */
export function attachSeriesSockets(io: EinklangIo, deps: ExecuteDeps, guards: SocketGuards): () => void {
  const stopping = { now: false };
  // Presence changes within a few milliseconds (a room of people joining, focus moving while typing)
  // go out as one message per person: each one costs a message to everyone in the series.
  const presenceDue = new Set<string>();
  const presenceOf = (seriesId: string): void => {
    if (stopping.now || presenceDue.has(seriesId)) return;
    presenceDue.add(seriesId);
    setTimeout(() => {
      presenceDue.delete(seriesId);
      if (stopping.now) return;
      void broadcastPresence(io, seriesId, {
        stateOf: (id) => deps.cache.current(deps.storage, id),
        logError: deps.logError,
      });
    }, PRESENCE_GATHER_MS);
  };
  io.use((socket, next) => {
    guards
      .checkToken(socket, () => credentialsOf(deps.storage, socket.handshake.auth, deps.now()))
      .then(
        (result) => {
          if (!result.ok) return next(result.error);
          socket.data = {
            ...result.credentials,
            joined: false,
            focus: null,
            typing: null,
            accessSeen: { generation: null },
          };
          next();
        },
        (error: unknown) => {
          deps.logError(error);
          next(new Error("storage_unavailable"));
        },
      );
  });
  io.on("connection", (socket) => {
    const { deviceId, inviteId, createdBy, limited, seriesId, personId, view } = socket.data;
    void socket.join([
      deviceRoom(deviceId),
      accessRoom(seriesId, personId),
      // A limited device receives no live events: it reads "My agreements" by asking.
      ...(view === ViewMode.own && !limited ? [personRoom(seriesId, personId)] : []),
      ...(inviteId ? [inviteRoom(inviteId)] : []),
      // Cut off with its maker until claimed; a claimed device is its person's own.
      ...(createdBy && limited ? [madeByRoom(seriesId, createdBy)] : []),
      ...(limited ? [limitedRoom(seriesId, personId)] : []),
    ]);
    const inOrder = serialQueue();
    // Full snapshots cost far more than other answers: a connection gets only so many.
    const snapshotBudget = (): Promise<boolean> => guards.takeSnapshot(socket);
    // Admissions are chained too: one that draws on the burst reserve takes longer to settle,
    // and a later message must not overtake it on the way into the queue.
    let admissions: Promise<unknown> = Promise.resolve();
    const admitInOrder = (): Promise<RateVerdict> => {
      const verdict = admissions.then(() => guards.admit(socket));
      admissions = verdict.catch(() => undefined);
      return verdict;
    };
    // Every message counts against the connection's rate; one over it is answered, not run.
    const guarded =
      (name: string, run: (raw: unknown, reply: unknown) => Promise<void>) =>
      (...args: unknown[]): void => {
        // The ack is whatever function came last; a message without a payload (or with extra arguments) still gets its answer.
        const last = args.at(-1);
        const reply = typeof last === "function" ? last : undefined;
        const raw = args[0] === reply ? undefined : args[0];
        admitInOrder().then((verdict) => {
          if (verdict === RateVerdict.pass) return run(raw, reply);
          if (typeof reply === "function" && verdict === RateVerdict.refuse) {
            reply({ ok: false, error: reject(ErrorCode.rateLimited, `too many messages: ${name} was not handled`) });
          }
        }, deps.logError);
      };

    socket.on(
      "hello",
      guarded("hello", (raw, reply) =>
        inOrder(() => answer(reply, () => hello(socket, deps, raw, presenceOf, snapshotBudget))),
      ),
    );
    socket.on(
      "sync",
      guarded("sync", (raw, reply) => inOrder(() => answer(reply, () => sync(socket, deps, raw, snapshotBudget)))),
    );
    socket.on(
      "command",
      guarded("command", (raw, reply) => inOrder(() => answer(reply, () => command(socket, deps, raw)))),
    );
    socket.on(
      "access",
      guarded("access", (raw, reply) => inOrder(() => answer(reply, () => handleAccess(io, socket.data, deps, raw)))),
    );
    socket.on(
      "presence",
      guarded("presence", async (raw) => {
        const parsed = presenceSchema.safeParse(raw);
        if (!parsed.success || !socket.data.joined || socket.data.view === ViewMode.public || socket.data.limited)
          return;
        socket.data.focus = parsed.data.focus;
        socket.data.typing = parsed.data.typing ?? null;
        presenceOf(socket.data.seriesId);
      }),
    );
    socket.onAny((name: unknown, ...args: unknown[]) => {
      if (typeof name === "string" && knownMessages.has(name)) return;
      guarded("unknown", async (_raw, reply) => {
        if (typeof reply === "function") {
          reply({
            ok: false,
            error: reject(ErrorCode.invalidMessage, `unknown message ${JSON.stringify(String(name).slice(0, 40))}`),
          });
        }
      })(...args);
    });
    socket.on("disconnect", () => {
      if (socket.data.joined) presenceOf(socket.data.seriesId);
    });
  });
  return () => {
    stopping.now = true;
  };
}

type Reply<T> = (answer: T) => void;

/** Runs a handler and replies with its answer; no input can make it throw out of here. */
async function answer<T extends WireCatchUpReply | CommandReply | AccessReply>(
  reply: unknown,
  handler: () => Promise<T>,
): Promise<void> {
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
  mayTakeSnapshot: () => Promise<boolean>,
): Promise<WireCatchUpReply> {
  const parsed = helloSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) };
  const { v, seriesId, lastSeq } = parsed.data;
  if (v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: reject(ErrorCode.unsupportedVersion, `protocol ${v} is not supported; reload the page`),
    };
  }
  if (seriesId !== socket.data.seriesId || !(await stillLive(deps.storage, socket.data, deps.now()))) {
    return { ok: false, error: reject(ErrorCode.forbidden, "this device has no access to that series") };
  }
  if (socket.data.limited) {
    const reply = await catchUp(deps, socket.data, lastSeq, mayTakeSnapshot);
    socket.data.joined = reply.ok;
    return reply;
  }
  // Join before reading, so no event can fall between the catch-up and the broadcasts;
  // the client keeps events that arrive before this reply and folds them in after it.
  const room = seriesRoom(seriesId, socket.data.view);
  await socket.join(room);
  try {
    const reply = await catchUp(deps, socket.data, lastSeq, mayTakeSnapshot);
    if (!reply.ok) {
      await socket.leave(room);
      return reply;
    }
    socket.data.joined = true;
    presenceOf(seriesId);
    return reply;
  } catch (error) {
    // Storage failed: the connection has not joined after all, and must say hello again.
    await socket.leave(room);
    deps.logError(error);
    return { ok: false, error: reject(ErrorCode.storageUnavailable, "the series could not be read; try again") };
  }
}

async function sync(
  socket: EinklangSocket,
  deps: ExecuteDeps,
  raw: unknown,
  mayTakeSnapshot: () => Promise<boolean>,
): Promise<WireCatchUpReply> {
  const parsed = syncSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) };
  if (!socket.data.joined) return { ok: false, error: reject(ErrorCode.notJoined, "say hello first") };
  // A sync queued before the device was revoked (a claimed link, a revoked person) reads nothing.
  if (!(await stillLive(deps.storage, socket.data, deps.now()))) {
    return { ok: false, error: reject(ErrorCode.forbidden, "this device has no access any more") };
  }
  return catchUp(deps, socket.data, parsed.data.lastSeq, mayTakeSnapshot);
}

async function command(socket: EinklangSocket, deps: ExecuteDeps, raw: unknown): Promise<CommandReply> {
  const { seriesId, personId, joined, view, deviceId, limited, createdBy, accessSeen } = socket.data;
  if (!joined) return { ok: false, error: reject(ErrorCode.notJoined, "say hello first") };
  if (view === ViewMode.public)
    return { ok: false, error: reject(ErrorCode.forbidden, "the public view is read-only") };
  const parsed = commandEnvelopeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) };
  const result = await executeCommand(deps, {
    seriesId,
    commandId: parsed.data.id,
    actorId: personId,
    command: parsed.data.command,
    device: { deviceId, limited, createdBy, seen: accessSeen },
  });
  if (!result.ok) return result;
  if (result.duplicate) return { ok: true, seq: result.seq, duplicate: true };
  // A person who became a facilitator lost their limited links with the change, one who stopped
  // being one the unclaimed limited links they made (see accessFollowsRoles).
  for (const person of Object.values(result.after.people)) {
    const was = Object.hasOwn(result.before.people, person.id) ? result.before.people[person.id] : undefined;
    if (person.role === Role.facilitator && was && was.role !== Role.facilitator) {
      socket.nsp.in(limitedRoom(seriesId, person.id)).disconnectSockets(true);
    }
    if (person.role !== Role.facilitator && was?.role === Role.facilitator) {
      socket.nsp.in(madeByRoom(seriesId, person.id)).disconnectSockets(true);
    }
  }
  return { ok: true, seq: result.event.seq, duplicate: false };
}
