import { nanoid } from "nanoid";
import { io, type Socket } from "socket.io-client";
import type { SeriesEvent } from "../../common/domain/apply.js";
import type { ClientCommand } from "../../common/domain/commands.js";
import { emptySeries, type SeriesState } from "../../common/domain/types.js";
import {
  PROTOCOL_VERSION,
  type CatchUpReply,
  type ClientToServerEvents,
  type CommandReply,
  type PresenceEntry,
  type ServerToClientEvents,
} from "../../common/protocol.js";
import { receiveEvents } from "../../common/sync/pending.js";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A headless client speaking the real protocol over a real socket: it keeps
 * the confirmed state the way the browser client does.
 */
export class ProtocolClient {
  state: SeriesState;
  online: PresenceEntry[] = [];
  readonly socket: ClientSocket;
  private joined = false;
  /** Events that arrived before the hello reply: folded in after it. */
  private early: SeriesEvent[] = [];

  constructor(
    url: string,
    readonly seriesId: string,
    readonly personId: string = nanoid(),
  ) {
    this.state = emptySeries(seriesId);
    this.socket = io(url, { transports: ["websocket"], reconnection: false, forceNew: true, autoConnect: false });
    this.socket.on("events", ({ events }) => {
      if (!this.joined) {
        this.early.push(...events);
        return;
      }
      this.fold(events);
    });
    this.socket.on("presence", ({ online }) => {
      this.online = online;
    });
  }

  /** Connects and says hello with the last sequence number it has. */
  async connect(): Promise<CatchUpReply> {
    this.joined = false;
    this.early = [];
    this.socket.connect();
    const reply = await this.socket.timeout(10_000).emitWithAck("hello", {
      v: PROTOCOL_VERSION,
      seriesId: this.seriesId,
      personId: this.personId,
      lastSeq: this.state.seq,
    });
    this.take(reply);
    return reply;
  }

  disconnect(): void {
    this.joined = false;
    this.socket.disconnect();
  }

  /** Sends a command (with a given id to simulate a retry) and waits for its ack. */
  send(command: ClientCommand, id: string = nanoid()): Promise<CommandReply> {
    return this.socket.timeout(10_000).emitWithAck("command", { id, command });
  }

  /** Sends anything at all, as a hostile client would. */
  sendRaw(name: string, payload: unknown): Promise<unknown> {
    const loose = this.socket as unknown as Socket;
    return loose.timeout(10_000).emitWithAck(name, payload);
  }

  async sync(): Promise<void> {
    this.take(await this.socket.timeout(10_000).emitWithAck("sync", { lastSeq: this.state.seq }));
  }

  /** Resolves once the client has seen `seq` (or fails after a while). */
  async waitForSeq(seq: number, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.state.seq < seq) {
      if (Date.now() > until) throw new Error(`client stuck at seq ${this.state.seq}, waiting for ${seq}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private take(reply: CatchUpReply): void {
    if (!reply.ok) return;
    if (reply.kind === "snapshot") this.state = reply.state;
    else this.state = receiveEvents(this.state, [], reply.events).confirmed;
    this.joined = true;
    const early = this.early;
    this.early = [];
    this.fold(early);
  }

  private fold(events: SeriesEvent[]): void {
    const received = receiveEvents(this.state, [], events);
    this.state = received.confirmed;
    if (received.gap) this.sync().catch(() => undefined);
  }
}

/** Creates a series over HTTP and returns its id and its creator's person id. */
export async function createSeries(
  url: string,
  name = "Vertrieb & Betrieb",
  creatorName = "Anna Berger",
): Promise<{ seriesId: string; personId: string }> {
  const personId = nanoid();
  const response = await fetch(`${url}/api/series`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, creatorName, personId }),
  });
  if (response.status !== 201) throw new Error(`create series: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { seriesId: string };
  return { seriesId: body.seriesId, personId };
}
