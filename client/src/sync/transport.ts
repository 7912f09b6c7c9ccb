import { io, type Socket } from "socket.io-client";
import type {
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
} from "../../../common/protocol.js";

/** How long a message may wait for its answer before the connection counts as broken. */
export const ACK_TIMEOUT_MS = 15_000;

/** Called with an error when no answer came (timeout or disconnect), else with the answer. */
export type AnswerCallback<T> = (error: Error | null, answer?: T) => void;

/** What the transport reports to the sync client. */
export interface TransportHandlers {
  connected(): void;
  disconnected(): void;
  connectFailed(): void;
  events(message: EventsMessage): void;
  presence(message: PresenceMessage): void;
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
}

type EinklangSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The socket.io connection to the page's own origin. */
export function socketIoTransport(): SyncTransport {
  const socket: EinklangSocket = io({ transports: ["websocket"], autoConnect: false });
  return {
    open(handlers) {
      socket.on("connect", handlers.connected);
      socket.on("disconnect", () => {
        // Messages emitted into a dying connection would be flushed before the next `hello`; they are resent anyway.
        socket.sendBuffer = [];
        handlers.disconnected();
      });
      socket.on("connect_error", handlers.connectFailed);
      socket.on("events", handlers.events);
      socket.on("presence", handlers.presence);
      socket.connect();
    },
    close() {
      socket.off();
      socket.disconnect();
    },
    isConnected: () => socket.connected,
    reconnect() {
      socket.disconnect();
      socket.connect();
    },
    hello(message, answer) {
      socket.timeout(ACK_TIMEOUT_MS).emit("hello", message, (error: Error | null, reply: CatchUpReply) => {
        answer(error, reply);
      });
    },
    sync(message, answer) {
      socket.timeout(ACK_TIMEOUT_MS).emit("sync", message, (error: Error | null, reply: CatchUpReply) => {
        answer(error, reply);
      });
    },
    command(envelope, answer) {
      socket.timeout(ACK_TIMEOUT_MS).emit("command", envelope, (error: Error | null, reply: CommandReply) => {
        answer(error, reply);
      });
    },
    presence(update) {
      socket.emit("presence", update);
    },
  };
}
