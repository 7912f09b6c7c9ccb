import type {
  AccessReply,
  AccessRequest,
  CatchUpReply,
  CommandEnvelope,
  CommandReply,
  EventsMessage,
  Hello,
  PresenceMessage,
  PresenceUpdate,
  SyncRequest,
} from "@common/protocol.js";
import type { AnswerCallback, SyncTransport, TransportHandlers } from "../../../client/src/sync/transport.js";
import type { NetworkSignal } from "../../../client/src/sync/network.js";

/** One message the client sent, with the callback that answers it. */
export type Sent =
  | { kind: "hello"; message: Hello; answer: AnswerCallback<CatchUpReply> }
  | { kind: "sync"; message: SyncRequest; answer: AnswerCallback<CatchUpReply> }
  | { kind: "command"; message: CommandEnvelope; answer: AnswerCallback<CommandReply> }
  | { kind: "presence"; message: PresenceUpdate }
  | { kind: "access"; message: AccessRequest; answer: AnswerCallback<AccessReply> };

/**
 * Stands in for the socket: records what the client sends and lets a test
 * play the server's side (answers, broadcasts, drops) step by step.
 */
export class FakeTransport implements SyncTransport {
  readonly sent: Sent[] = [];
  connected = false;
  closed = false;
  reconnects = 0;
  private handlers: TransportHandlers | null = null;

  open(handlers: TransportHandlers): void {
    this.handlers = handlers;
  }

  close(): void {
    this.closed = true;
    this.connected = false;
  }

  isConnected(): boolean {
    return this.connected;
  }

  reconnect(): void {
    this.reconnects += 1;
    this.drop();
  }

  hello(message: Hello, answer: AnswerCallback<CatchUpReply>): void {
    this.sent.push({ kind: "hello", message, answer });
  }

  sync(message: SyncRequest, answer: AnswerCallback<CatchUpReply>): void {
    this.sent.push({ kind: "sync", message, answer });
  }

  command(message: CommandEnvelope, answer: AnswerCallback<CommandReply>): void {
    this.sent.push({ kind: "command", message, answer });
  }

  presence(message: PresenceUpdate): void {
    this.sent.push({ kind: "presence", message });
  }

  access(message: AccessRequest, answer: AnswerCallback<AccessReply>): void {
    this.sent.push({ kind: "access", message, answer });
  }

  private get live(): TransportHandlers {
    if (!this.handlers) throw new Error("the client has not opened the transport");
    return this.handlers;
  }

  /** The connection comes up. */
  connect(): void {
    this.connected = true;
    this.live.connected();
  }

  /** The connection drops; unanswered messages get their error, like socket.io does. */
  drop(): void {
    this.connected = false;
    this.live.disconnected();
    for (const s of this.sent.splice(0)) {
      if (s.kind !== "presence") s.answer(new Error("socket has been disconnected"));
    }
  }

  broadcast(message: EventsMessage): void {
    this.live.events(message);
  }

  /** A presence message; without a head sequence number it claims none the client lacks. */
  presenceOf(message: Omit<PresenceMessage, "headSeq"> & { headSeq?: number }): void {
    this.live.presence({ headSeq: 0, ...message });
  }

  /** The kinds of the messages sent and not yet answered, in order. */
  kinds(): string[] {
    return this.sent.map((s) => s.kind);
  }

  /** Takes the oldest message of a kind out of the outbox. */
  take<K extends Sent["kind"]>(kind: K): Extract<Sent, { kind: K }> {
    const found = this.sent.find((s): s is Extract<Sent, { kind: K }> => s.kind === kind);
    if (!found) throw new Error(`nothing of kind ${kind} was sent; sent: ${this.kinds().join(", ")}`);
    this.sent.splice(this.sent.indexOf(found), 1);
    return found;
  }

  /** The commands sent and not yet answered, in order. */
  commands(): CommandEnvelope[] {
    return this.sent.flatMap((s) => (s.kind === "command" ? [s.message] : []));
  }
}

/** A network signal a test switches by hand. */
export class FakeNetwork implements NetworkSignal {
  online = true;
  private listeners = new Set<() => void>();

  isOnline(): boolean {
    return this.online;
  }

  subscribe(onChange: () => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  set(online: boolean): void {
    this.online = online;
    for (const listener of this.listeners) listener();
  }
}
