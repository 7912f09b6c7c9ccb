import { io, type Socket } from "socket.io-client";
import { ConnectRefusal } from "@common/protocol.js";
import type {
  AccessReply,
  AccessRequest,
  CatchUpReply,
  ClientToServerEvents,
  CommandEnvelope,
  CommandReply,
  EventsMessage,
  Hello,
  PresenceMessage,
  PresenceUpdate,
  ServerToClientEvents,
  SyncRequest,
  WireCatchUpReply,
} from "@common/protocol.js";
import { ErrorCode, reject } from "@common/errors.js";
import { readCatchUpReply } from "@common/sync/wire.js";
import { InOrder } from "./inOrder.js";

/** How long to wait before connecting again when socket.io will not by itself. */
const RETRY_MS = 2_000;

/** How long a message may wait for its answer before the connection counts as broken. */
export const ACK_TIMEOUT_MS = 15_000;

/** Called with an error when no answer came (timeout or disconnect), else with the answer. */
export type AnswerCallback<T> = (error: Error | null, answer?: T) => void;

/** What the transport reports to the sync client. */
export interface TransportHandlers {
  connected(): void;
  disconnected(): void;
  connectFailed(): void;
  /** The server refused this device's token: it has no (more) access. */
  refused(): void;
  events(message: EventsMessage): void;
  presence(message: PresenceMessage): void;
}

/**
 * Hands a catch-up on with its snapshot read. One that cannot be read is
 * answered as a refusal: the sync client then tries again after a pause
 * rather than reconnecting at once.
 */
function answerCatchUp(
  inbound: InOrder,
  answer: AnswerCallback<CatchUpReply>,
  error: Error | null,
  reply: WireCatchUpReply,
): void {
  inbound.push(async () => {
    if (error) {
      answer(error);
      return;
    }
    let read: CatchUpReply;
    try {
      read = await readCatchUpReply(reply);
    } catch (cause) {
      console.error("Einklang: the server's snapshot could not be read", cause);
      read = { ok: false, error: reject(ErrorCode.internal, "the series could not be read in this browser") };
    }
    answer(null, read);
  });
}

/** The live connection to the server, as the sync client needs it. */
export interface SyncTransport {
  /** Starts connecting; reconnects by itself after a drop. */
  open(handlers: TransportHandlers): void;
  /** Ends the connection for good. */
  close(): void;
  isConnected(): boolean;
  /** Drops the connection and builds a new one, e.g. after an unanswered message. */
  reconnect(): void;
  hello(message: Hello, answer: AnswerCallback<CatchUpReply>): void;
  sync(message: SyncRequest, answer: AnswerCallback<CatchUpReply>): void;
  command(envelope: CommandEnvelope, answer: AnswerCallback<CommandReply>): void;
  presence(update: PresenceUpdate): void;
  access(request: AccessRequest, answer: AnswerCallback<AccessReply>): void;
}

type EinklangSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How the connection sees the series: as its person, or as the public (projector) view. */
export type ConnectionView = "own" | "public";

/** Where to connect when not to the page's own origin (outside a browser: the server's URL and the page's headers). */
export interface SocketTarget {
  url: string;
  extraHeaders?: Record<string, string>;
}

/** The socket.io connection to the page's own origin, with the device token in the handshake (never in the URL). */
export function socketIoTransport(token: string, view: ConnectionView = "own", target?: SocketTarget): SyncTransport {
  const options = { transports: ["websocket"], autoConnect: false, auth: { token, view } };
  const socket: EinklangSocket = target
    ? io(target.url, { ...options, extraHeaders: target.extraHeaders })
    : io(options);
  const inbound = new InOrder();
  let retry: ReturnType<typeof setTimeout> | undefined;
  // socket.io does not reconnect by itself after the server ended the connection or its
  // handshake check failed (storage down, a server shutting down): try again, and a revoked
  // token then comes back as `unauthorized`.
  const retryLater = (): void => {
    clearTimeout(retry);
    retry = setTimeout(() => {
      if (!socket.connected && !socket.active) socket.connect();
    }, RETRY_MS);
  };
  return {
    open(handlers) {
      socket.on("connect", handlers.connected);
      socket.on("disconnect", (reason) => {
        // Messages emitted into a dying connection would be flushed before the next `hello`; they are resent anyway.
        socket.sendBuffer = [];
        handlers.disconnected();
        if (reason === "io server disconnect") retryLater();
      });
      socket.on("connect_error", (error) => {
        if (error.message === ConnectRefusal.unauthorized) {
          handlers.refused();
          return;
        }
        handlers.connectFailed();
        if (!socket.active) retryLater();
      });
      socket.on("events", (message) => inbound.push(() => handlers.events(message)));
      socket.on("presence", (message) => inbound.push(() => handlers.presence(message)));
      socket.connect();
    },
    close() {
      clearTimeout(retry);
      socket.off();
      socket.disconnect();
    },
    isConnected: () => socket.connected,
    reconnect() {
      socket.disconnect();
      socket.connect();
    },
    hello(message, answer) {
      socket.timeout(ACK_TIMEOUT_MS).emit("hello", message, (error: Error | null, reply: WireCatchUpReply) => {
        answerCatchUp(inbound, answer, error, reply);
      });
    },
    sync(message, answer) {
      socket.timeout(ACK_TIMEOUT_MS).emit("sync", message, (error: Error | null, reply: WireCatchUpReply) => {
        answerCatchUp(inbound, answer, error, reply);
      });
    },
    command(envelope, answer) {
      socket.timeout(ACK_TIMEOUT_MS).emit("command", envelope, (error: Error | null, reply: CommandReply) => {
        inbound.push(() => answer(error, reply));
      });
    },
    presence(update) {
      socket.emit("presence", update);
    },
    access(request, answer) {
      socket.timeout(ACK_TIMEOUT_MS).emit("access", request, (error: Error | null, reply: AccessReply) => {
        answer(error, reply);
      });
    },
  };
}
