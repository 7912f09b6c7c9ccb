import { EventEmitter } from "node:events";
import { Decoder, Encoder, PacketType, type Packet } from "socket.io-parser";
import type {
  AccessReply,
  AccessRequest,
  CatchUpReply,
  CommandEnvelope,
  CommandReply,
  Hello,
  SyncRequest,
  WireCatchUpReply,
} from "@common/protocol.js";
import { ConnectRefusal } from "@common/protocol.js";
import { readCatchUpReply } from "@common/sync/wire.js";
import type { AnswerCallback, SyncTransport, TransportHandlers } from "../../client/src/sync/transport.js";
import type { EinklangIo } from "../../server/transport/socket.js";

/** A packet on its way to the client, decoded and not yet handed to it. */
export type Inbound =
  | { kind: "connect" }
  | { kind: "connectError"; message: string }
  | { kind: "disconnect" }
  | { kind: "events"; message: unknown }
  | { kind: "ack"; id: number; answer: unknown };

/** A message on its way to the server, not yet delivered. */
interface Outbound {
  packet: Packet;
  /** The command it carries, to tell a test what the server answered to what. */
  envelope?: CommandEnvelope;
}

/** What delivering one message to the server came to. */
export type Delivered =
  | { kind: "none" }
  | { kind: "connect" }
  | { kind: "message"; name: string }
  | { kind: "command"; envelope: CommandEnvelope; reply: CommandReply | null };

type Answer = (error: Error | null, raw?: unknown) => Promise<void>;

/**
 * The server's end of one in-memory connection, in the shape socket.io's
 * server expects of an engine.io connection: it takes the packets socket.io
 * writes and hands in the client's.
 */
class ServerEnd extends EventEmitter {
  readonly protocol = 4;
  readyState: "open" | "closed" = "open";
  readonly remoteAddress = "127.0.0.1";
  readonly transport = { name: "websocket", writable: true };
  readonly request: { headers: Record<string, string>; url: string; socket: object; connection: object };

  constructor(
    readonly id: string,
    origin: string,
    private readonly onWrite: (data: string | Buffer) => void,
    private readonly onClose: () => void,
  ) {
    super();
    const peer = { remoteAddress: this.remoteAddress, encrypted: false };
    this.request = {
      headers: { origin },
      url: "/socket.io/?EIO=4&transport=websocket",
      socket: peer,
      connection: peer,
    };
  }

  write(data: string | Buffer): void {
    if (this.readyState === "open") this.onWrite(data);
  }

  /** The server ends the connection (socket.io's `disconnect(true)`, a cut-off). */
  close(): void {
    this.end("forced close");
    this.onClose();
  }

  /** The connection is gone, whichever side ended it. */
  end(reason: string): void {
    if (this.readyState === "closed") return;
    this.readyState = "closed";
    this.emit("close", reason);
  }
}

let connections = 0;

/**
 * A client's connection to a real socket.io server without a network: every
 * message waits in a queue until the test delivers it (tldraw's
 * `TestSocketPair` pattern), so a test decides what arrives when, and can
 * drop the connection, duplicate a command or let messages overtake each
 * other. The server side is the real one — handshake middleware, handlers,
 * rooms, broadcasts — reached through `io.engine`'s connection event, as a
 * WebSocket would reach it; what is left out is engine.io's HTTP upgrade
 * (and with it the origin and address checks of `allowRequest`).
 * Presence is not carried: it is ephemeral, gathered on a server timer, and
 * would make what arrives depend on time.
 */
export class MemoryTransport implements SyncTransport {
  readonly toServer: Outbound[] = [];
  readonly toClient: Inbound[] = [];
  private handlers: TransportHandlers | null = null;
  private end: ServerEnd | null = null;
  private connected = false;
  private closed = false;
  private nextAckId = 0;
  private readonly answers = new Map<number, Answer>();
  /** Resolves the delivery that waits for the server to answer (ack id, or "connect"). */
  private awaiting: { key: number | "connect"; done: () => void } | null = null;
  private readonly encoder = new Encoder();

  constructor(
    private readonly io: () => EinklangIo,
    private readonly auth: { token: string; view?: "own" | "public" },
    private readonly origin = "http://127.0.0.1",
  ) {}

  open(handlers: TransportHandlers): void {
    this.handlers = handlers;
    this.connect();
  }

  close(): void {
    this.closed = true;
    this.drop();
  }

  isConnected(): boolean {
    return this.connected;
  }

  reconnect(): void {
    this.drop();
    this.connect();
  }

  hello(message: Hello, answer: AnswerCallback<CatchUpReply>): void {
    this.emit("hello", message, catchUpAnswer(answer));
  }

  sync(message: SyncRequest, answer: AnswerCallback<CatchUpReply>): void {
    this.emit("sync", message, catchUpAnswer(answer));
  }

  command(envelope: CommandEnvelope, answer: AnswerCallback<CommandReply>): void {
    this.emit("command", envelope, plainAnswer(answer), envelope);
  }

  presence(): void {
    // Not carried (see the class comment).
  }

  access(request: AccessRequest, answer: AnswerCallback<AccessReply>): void {
    this.emit("access", request, plainAnswer(answer));
  }

  /** Whether a connection (made or being made) exists. */
  hasConnection(): boolean {
    return this.end !== null;
  }

  /** Starts a new connection: its handshake waits in the queue like any message. */
  connect(): void {
    if (this.closed || this.end) return;
    connections += 1;
    const decoder = new Decoder();
    decoder.on("decoded", (packet: Packet) => this.received(packet));
    const end = new ServerEnd(
      `memory-${connections}`,
      this.origin,
      (data) => decoder.add(data),
      () => this.lost(end),
    );
    this.end = end;
    this.io().engine.emit("connection", end);
    this.toServer.push({ packet: { type: PacketType.CONNECT, nsp: "/", data: this.auth } });
  }

  /** The network goes away: both sides see the connection end, and what was on the way is lost. */
  drop(): void {
    const end = this.end;
    if (!end) return;
    end.end("transport close");
    this.lost(end);
  }

  /** Delivers the next message to the server and waits until the server has answered it. */
  async deliverToServer(index = 0): Promise<Delivered> {
    const [next] = this.toServer.splice(index, 1);
    const end = this.end;
    if (!next || !end || end.readyState !== "open") return { kind: "none" };
    const { packet } = next;
    const key = packet.type === PacketType.CONNECT ? "connect" : packet.id;
    const answered =
      key === undefined
        ? Promise.resolve()
        : new Promise<void>((done) => {
            this.awaiting = { key, done };
          });
    for (const chunk of [this.encoder.encode(packet)].flat()) end.emit("data", chunk);
    await answered;
    if (packet.type === PacketType.CONNECT) return { kind: "connect" };
    const name = String((packet.data as unknown[])[0]);
    if (!next.envelope) return { kind: "message", name };
    const last = this.toClient.at(-1);
    const reply = last?.kind === "ack" && last.id === packet.id ? (last.answer as CommandReply) : null;
    return { kind: "command", envelope: next.envelope, reply };
  }

  /** Sends a command message again as the network might (a retry the client did not make): a second ack comes. */
  duplicateToServer(index: number): boolean {
    const original = this.toServer[index];
    if (!original?.envelope || original.packet.id === undefined) return false;
    const answer = this.answers.get(original.packet.id);
    if (!answer) return false;
    const id = this.nextAckId++;
    this.answers.set(id, answer);
    const data = original.packet.data as unknown[];
    this.toServer.splice(index + 1, 0, {
      packet: { type: PacketType.EVENT, nsp: "/", id, data },
      envelope: original.envelope,
    });
    return true;
  }

  /** Hands the client the message at `index` of its queue (0: the oldest; others overtake it). */
  async deliverToClient(index = 0): Promise<boolean> {
    const [next] = this.toClient.splice(index, 1);
    if (!next || !this.handlers) return false;
    const handlers = this.handlers;
    switch (next.kind) {
      case "connect":
        this.connected = true;
        handlers.connected();
        return true;
      case "connectError":
        this.end?.end("transport close");
        this.end = null;
        if (next.message === ConnectRefusal.unauthorized) handlers.refused();
        else handlers.connectFailed();
        return true;
      case "disconnect":
        this.drop();
        return true;
      case "events":
        handlers.events(next.message as Parameters<TransportHandlers["events"]>[0]);
        return true;
      case "ack": {
        const answer = this.answers.get(next.id);
        this.answers.delete(next.id);
        await answer?.(null, next.answer);
        return true;
      }
    }
  }

  private emit(name: string, payload: unknown, answer: Answer, envelope?: CommandEnvelope): void {
    if (!this.end) {
      void answer(new Error("not connected"));
      return;
    }
    const id = this.nextAckId++;
    this.answers.set(id, answer);
    this.toServer.push({ packet: { type: PacketType.EVENT, nsp: "/", id, data: [name, payload] }, envelope });
  }

  private received(packet: Packet): void {
    switch (packet.type) {
      case PacketType.CONNECT:
        this.toClient.push({ kind: "connect" });
        this.settle("connect");
        return;
      case PacketType.CONNECT_ERROR:
        this.toClient.push({ kind: "connectError", message: String((packet.data as { message?: unknown }).message) });
        this.settle("connect");
        return;
      case PacketType.DISCONNECT:
        this.toClient.push({ kind: "disconnect" });
        return;
      case PacketType.EVENT:
      case PacketType.BINARY_EVENT: {
        const [name, message] = packet.data as [string, unknown];
        if (name === "events") this.toClient.push({ kind: "events", message });
        return;
      }
      case PacketType.ACK:
      case PacketType.BINARY_ACK: {
        const id = packet.id ?? -1;
        this.toClient.push({ kind: "ack", id, answer: (packet.data as unknown[])[0] });
        this.settle(id);
        return;
      }
    }
  }

  private settle(key: number | "connect"): void {
    if (this.awaiting?.key !== key) return;
    const { done } = this.awaiting;
    this.awaiting = null;
    done();
  }

  /** The connection ended: the client hears of it now (as socket.io-client's `disconnect`), unanswered messages fail. */
  private lost(end: ServerEnd): void {
    if (this.end !== end) return;
    this.end = null;
    this.toServer.splice(0);
    this.toClient.splice(0);
    const waiting = this.awaiting;
    this.awaiting = null;
    waiting?.done();
    const wasConnected = this.connected;
    this.connected = false;
    if (wasConnected) this.handlers?.disconnected();
    else if (!this.closed) this.handlers?.connectFailed();
    const unanswered = [...this.answers.values()];
    this.answers.clear();
    for (const answer of unanswered) void answer(new Error("disconnected"));
  }
}

function plainAnswer<T>(answer: AnswerCallback<T>): Answer {
  return async (error, raw) => {
    if (error) answer(error);
    else answer(null, raw as T);
  };
}

function catchUpAnswer(answer: AnswerCallback<CatchUpReply>): Answer {
  return async (error, raw) => {
    if (error) {
      answer(error);
      return;
    }
    answer(null, await readCatchUpReply(raw as WireCatchUpReply));
  };
}
