import { readCatchUpReply } from "@common/sync/wire.js";
import { io, type Socket } from "socket.io-client";
import { nanoid } from "nanoid";
import type { SeriesEvent } from "@common/domain/apply.js";
import type { ClientCommand } from "@common/domain/commands.js";
import {
  PROTOCOL_VERSION,
  type AccessReply,
  type AccessRequest,
  type CatchUpReply,
  type ClientToServerEvents,
  type CommandReply,
  type ServerToClientEvents,
} from "@common/protocol.js";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A command's answer and when it went out and came back (performance.now, ms). */
export interface Sent {
  reply: CommandReply;
  sentAt: number;
  ackAt: number;
}

/**
 * A lean protocol client for load: it speaks the real protocol over a real
 * socket but keeps no state of its own (one board per series is folded by
 * the load generator instead), so thousands fit into a few processes.
 */
export class LoadClient {
  readonly socket: ClientSocket;
  /** Set when the connection dropped although nobody closed it. */
  dropped: string | null = null;
  /** When it dropped (performance.now), to tell an overload from a shutdown. */
  droppedAt = Number.NaN;
  private closing = false;

  constructor(
    url: string,
    readonly personId: string,
    token: string,
    onEvents: (events: readonly SeriesEvent[], at: number) => void,
  ) {
    this.socket = io(url, {
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      autoConnect: false,
      auth: { token, view: "own" },
      extraHeaders: { origin: new URL(url).origin },
    });
    this.socket.on("events", (message) => onEvents(message.events, performance.now()));
    this.socket.on("disconnect", (reason) => {
      if (this.closing) return;
      this.dropped = reason;
      this.droppedAt = performance.now();
    });
  }

  /** Connects and says hello as a device that has seen nothing yet. */
  async join(seriesId: string, lastSeq = 0): Promise<CatchUpReply> {
    this.socket.connect();
    return await readCatchUpReply(
      await this.socket.timeout(20_000).emitWithAck("hello", { v: PROTOCOL_VERSION, seriesId, lastSeq }),
    );
  }

  /** Sends one command and waits for its ack. */
  async send(command: ClientCommand): Promise<Sent> {
    const sentAt = performance.now();
    const reply = await this.socket.timeout(20_000).emitWithAck("command", { id: nanoid(), command });
    return { reply, sentAt, ackAt: performance.now() };
  }

  /** Asks for invite links (facilitators). */
  access(request: AccessRequest): Promise<AccessReply> {
    return this.socket.timeout(20_000).emitWithAck("access", request);
  }

  close(): void {
    this.closing = true;
    this.socket.disconnect();
  }
}
