import { nanoid } from "nanoid";
import { io, type Socket } from "socket.io-client";
import type { SeriesEvent } from "@common/domain/apply.js";
import type { ClientCommand } from "@common/domain/commands.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import {
  PROTOCOL_VERSION,
  type CatchUpReply,
  type ClientToServerEvents,
  type AccessReply,
  type AccessRequest,
  type CommandReply,
  type EventsMessage,
  type PresenceEntry,
  type ServerToClientEvents,
} from "@common/protocol.js";
import { foldCatchUp, foldEvents } from "../../client/src/sync/docState.js";
import { readCatchUpReply } from "@common/sync/wire.js";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A headless client speaking the real protocol over a real socket: it keeps
 * the confirmed state with the browser client's own folding (`docState`),
 * and exposes each message so protocol tests can send anything.
 */
export class ProtocolClient {
  state: SeriesState;
  online: PresenceEntry[] = [];
  readonly socket: ClientSocket;
  private joined = false;
  private resyncWanted = false;
  /** A sync is under way (presence does not ask for another). */
  private syncing = false;
  /** Events that arrived before the hello reply: folded in after it. */
  private early: SeriesEvent[] = [];

  /** Every `events` frame as it arrived, for tests that look at the raw traffic. */
  readonly frames: EventsMessage[] = [];

  constructor(
    url: string,
    readonly seriesId: string,
    readonly personId: string,
    readonly token: string,
    view: "own" | "public" = "own",
  ) {
    this.state = emptySeries(seriesId);
    this.socket = io(url, {
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      autoConnect: false,
      auth: { token, view },
      // As a browser page of the server's own origin would send it.
      extraHeaders: { origin: new URL(url).origin },
    });
    this.socket.on("events", (message) => {
      this.frames.push(message);
      const { events } = message;
      if (message.resync) this.resyncWanted = true;
      if (!this.joined) {
        this.early.push(...events);
        return;
      }
      this.fold(events);
    });
    this.socket.on("presence", ({ online, headSeq }) => {
      this.online = online;
      if (this.joined && !this.syncing && headSeq > this.state.seq) this.sync().catch(() => undefined);
    });
  }

  /** Connects and says hello with the last sequence number it has. */
  async connect(): Promise<CatchUpReply> {
    this.joined = false;
    this.early = [];
    this.socket.connect();
    const reply = await readCatchUpReply(
      await this.socket.timeout(10_000).emitWithAck("hello", {
        v: PROTOCOL_VERSION,
        seriesId: this.seriesId,
        lastSeq: this.state.seq,
      }),
    );
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

  async sync(whole = false): Promise<void> {
    this.syncing = true;
    try {
      const reply = await this.socket.timeout(10_000).emitWithAck("sync", { lastSeq: whole ? 0 : this.state.seq });
      this.take(await readCatchUpReply(reply));
    } finally {
      this.syncing = false;
    }
  }

  /** Asks for invite links (facilitators). */
  access(request: AccessRequest): Promise<AccessReply> {
    return this.socket.timeout(10_000).emitWithAck("access", request);
  }

  /** Makes an invite link for a role and returns its token (fails the test when refused). */
  async invite(role: "facilitator" | "participant" | "observer"): Promise<string> {
    const reply = await this.access({ action: "createInvite", role });
    if (!reply.ok || !reply.created) throw new Error(`invite refused: ${JSON.stringify(reply)}`);
    return reply.created.token;
  }

  /** Resolves once the client has seen `seq` (or fails after a while). */
  async waitForSeq(seq: number, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.state.seq < seq) {
      if (Date.now() > until) throw new Error(`client stuck at seq ${this.state.seq}, waiting for ${seq}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Folds a catch-up the way the browser's sync client does (its own folding, not a copy). */
  private take(reply: CatchUpReply): void {
    if (!reply.ok) return;
    // A broadcast can overtake the answer: then the fold reports a gap, and what came after is asked for again.
    const folded = foldCatchUp({ confirmed: this.state, pending: [] }, reply, this.personId);
    this.state = folded.doc.confirmed;
    this.joined = true;
    const early = this.early;
    this.early = [];
    this.fold(early, folded.gap);
  }

  private fold(events: SeriesEvent[], gapBefore = false): void {
    const folded = foldEvents({ confirmed: this.state, pending: [] }, events, this.personId);
    this.state = folded.doc.confirmed;
    if (this.resyncWanted) {
      this.resyncWanted = false;
      this.sync(true).catch(() => undefined);
    } else if (gapBefore || folded.gap) this.sync().catch(() => undefined);
  }
}

/** A person's way into a series: what creating or joining answers. */
export interface Admission {
  seriesId: string;
  personId: string;
  token: string;
}

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** Creates a series over HTTP; its creator is its facilitator. */
export async function createSeries(
  url: string,
  name = "Vertrieb & Betrieb",
  creatorName = "Anna Berger",
): Promise<Admission> {
  const response = await postJson(`${url}/api/series`, { name, creatorName });
  if (response.status !== 201) throw new Error(`create series: ${response.status} ${await response.text()}`);
  return (await response.json()) as Admission;
}

/** Joins through an invite link over HTTP, as the join page does. */
export async function joinByInvite(
  url: string,
  token: string,
  person: { name: string; orgId?: string | null; newOrgName?: string; function?: string | null },
): Promise<Admission> {
  const response = await postJson(`${url}/api/join`, {
    token,
    name: person.name,
    orgId: person.orgId ?? null,
    function: person.function ?? null,
    ...(person.newOrgName ? { newOrgName: person.newOrgName } : {}),
  });
  if (response.status !== 201) throw new Error(`join: ${response.status} ${await response.text()}`);
  return (await response.json()) as Admission;
}

/** A connected client for an admission. */
export async function connectAs(
  url: string,
  admission: Admission,
  view: "own" | "public" = "own",
): Promise<ProtocolClient> {
  const client = new ProtocolClient(url, admission.seriesId, admission.personId, admission.token, view);
  const reply = await client.connect();
  if (!reply.ok) throw new Error(`hello refused: ${JSON.stringify(reply)}`);
  return client;
}

/** A series with its facilitator connected, and a helper to invite and connect more people. */
export async function openSeries(url: string): Promise<{
  facilitator: ProtocolClient;
  admission: Admission;
  join: (
    role: "facilitator" | "participant" | "observer",
    person?: { name?: string; orgId?: string | null; newOrgName?: string; function?: string | null },
  ) => Promise<ProtocolClient>;
}> {
  const admission = await createSeries(url);
  const facilitator = await connectAs(url, admission);
  let count = 0;
  return {
    facilitator,
    admission,
    async join(role, person = {}) {
      count += 1;
      const token = await facilitator.invite(role);
      const joined = await joinByInvite(url, token, { name: person.name ?? `Person ${count}`, ...person });
      return connectAs(url, joined);
    },
  };
}
