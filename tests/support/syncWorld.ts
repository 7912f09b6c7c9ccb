import type { ClientCommand } from "@common/domain/commands.js";
import { authorizeCommand, checkCommand } from "@common/domain/apply.js";
import type { SeriesState } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import type { Rejection } from "@common/errors.js";
import type { CommandEnvelope, CommandReply } from "@common/protocol.js";
import { SyncClient } from "../../client/src/sync/SyncClient.js";
import { memoryPendingStore, type PendingStore } from "../../client/src/sync/pendingStore.js";
import type { NetworkSignal } from "../../client/src/sync/network.js";
import { createAppStore, type AppStore } from "../../client/src/store/store.js";
import { MemoryTransport, type Delivered } from "./memorySocket.js";
import { createSeries, joinByInvite, type Admission } from "./protocolClient.js";
import type { Prng } from "./prng.js";
import { startTestServer } from "./server.js";
import type { StorageTarget } from "./storages.js";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** The fuzz sends far more than a person could: the per-connection limits would refuse it. */
export const UNLIMITED = {
  messagesPerSecond: 1_000_000,
  snapshotsPerMinute: 1_000_000,
  seriesPerDay: 1_000_000,
  httpRequestsPerMinute: 1_000_000,
};

export const ORG_A = "org-firma-a";
export const ORG_B = "org-firma-b";
const SESSION = "session-01";

/** What the facilitator sets up before the fuzz starts: two companies, a session in its cases phase, items to work on. */
export function room(facilitatorId: string): ClientCommand[] {
  return [
    { type: "org.add", orgId: ORG_A, name: "Firma A" },
    { type: "org.add", orgId: ORG_B, name: "Firma B" },
    { type: "person.update", personId: facilitatorId, changes: { orgId: ORG_A } },
    { type: "session.add", sessionId: SESSION, values: { date: "2026-11-20" } },
    { type: "session.phase", sessionId: SESSION, phase: "cases" },
    { type: "goal.add", goalId: "goal-0001", values: { title: "OTIF ≥ 95 %" } },
    { type: "interest.add", interestId: "int-sales1", side: "sales", label: "Kurze Zusagen" },
    { type: "interest.add", interestId: "int-oper1", side: "operations", label: "Stabiler Plan" },
    { type: "collision.add", collisionId: "coll-0001", interestIds: ["int-sales1", "int-oper1"] },
    { type: "case.add", caseId: "case-shared", values: { title: "Eilauftrag", sessionId: SESSION, orgId: ORG_A } },
    {
      type: "case.add",
      caseId: "case-intern",
      values: { title: "Interne Kalkulation", sessionId: SESSION, orgId: ORG_A, internalTo: ORG_A },
    },
    {
      type: "agreement.add",
      agreementId: "agreement-1",
      values: { text: "Eilaufträge abstimmen", sessionId: SESSION, caseId: "case-shared" },
    },
  ];
}

const ONLINE: NetworkSignal = { isOnline: () => true, subscribe: () => () => undefined };

/** One person's browser: the real sync client, its store, its kept pending commands, its connection. */
export class Member {
  client: SyncClient;
  store: AppStore;
  transport: MemoryTransport;

  constructor(
    private readonly world: SyncWorld,
    readonly admission: Admission,
    readonly name: string,
    private readonly pendingStore: PendingStore = memoryPendingStore(),
  ) {
    [this.client, this.store, this.transport] = this.open();
  }

  get personId(): string {
    return this.admission.personId;
  }

  /** The series as this person's screen shows it (pending commands on top). */
  view(): SeriesState | null {
    return this.store.getState().document.view;
  }

  /** Connected and caught up, with nothing on its way to or from the server. */
  quiet(): boolean {
    const { toServer, toClient } = this.transport;
    return toServer.length === 0 && toClient.length === 0 && this.store.getState().ui.connection === "online";
  }

  /** The page is reloaded: a new client, the same kept pending commands. */
  reload(): void {
    this.client.dispose();
    [this.client, this.store, this.transport] = this.open();
  }

  private open(): [SyncClient, AppStore, MemoryTransport] {
    const store = createAppStore();
    const transport = new MemoryTransport(() => this.world.server.io, { token: this.admission.token });
    const client = new SyncClient({
      seriesId: this.admission.seriesId,
      personId: this.admission.personId,
      store,
      transport,
      network: ONLINE,
      pendingStore: this.pendingStore,
      newId: () => this.world.madeCommand(this.world.rng.id("cmd")),
    });
    client.start();
    return [client, store, transport];
  }
}

/** What the server's rules say of a command in a state: null when they allow it. */
export function rulesRefusal(state: SeriesState, actorId: string, command: ClientCommand): Rejection | null {
  return authorizeCommand(state, actorId, command) ?? checkCommand(state, command, actorId);
}

/**
 * A real server (HTTP, socket.io handlers, command executor, storage) and
 * the real sync clients of a series, connected through in-memory sockets
 * whose messages move only when the test says so.
 */
export class SyncWorld {
  readonly members: Member[] = [];
  /** What each refused or accepted command was checked against, for the report of a failure. */
  readonly verdicts: string[] = [];
  /** Every message moved, in order, for the report of a failure. */
  readonly trace: string[] = [];
  /** Ids of the commands the clients made, and of those the server answered (accepted, known, or refused). */
  private readonly made = new Set<string>();
  private readonly answered = new Set<string>();

  private constructor(
    readonly target: StorageTarget,
    public server: TestServer,
    readonly seriesId: string,
    readonly rng: Prng,
  ) {}

  static async open(target: StorageTarget, rng: Prng): Promise<SyncWorld> {
    const server = await startTestServer(target, undefined, UNLIMITED);
    const founder = await createSeries(server.url);
    const world = new SyncWorld(target, server, founder.seriesId, rng);
    const facilitator = world.add(founder, "Anna");
    await world.settle();
    const setup = room(founder.personId);
    for (const command of setup) facilitator.client.send(command);
    await world.settle();
    for (const [role, name, orgId] of [
      ["participant", "Carla", ORG_A],
      ["participant", "Doris", ORG_B],
      ["observer", "Oskar", ORG_A],
    ] as const) {
      const asked = facilitator.client.access({ action: "createInvite", role });
      await world.settle();
      const reply = await asked;
      if (!reply?.ok || !reply.created) throw new Error(`no invite: ${JSON.stringify(reply)}`);
      world.add(await joinByInvite(server.url, reply.created.token, { name, orgId }), name);
    }
    await world.settle();
    const state = await world.serverState();
    if (state.seq < setup.length + 4)
      throw new Error(`the room was not set up: at seq ${state.seq}\n${world.verdicts.join("\n")}`);
    return world;
  }

  private add(admission: Admission, name: string): Member {
    const member = new Member(this, admission, name);
    this.members.push(member);
    return member;
  }

  /** Notes a command id a client made: it must be answered before the run ends. */
  madeCommand(id: string): string {
    this.made.add(id);
    return id;
  }

  /** Commands a client made that the server never answered: lost on the way. */
  unanswered(): string[] {
    return [...this.made].filter((id) => !this.answered.has(id));
  }

  /** The series as committed, read through the server's own cache. */
  async serverState(): Promise<SeriesState> {
    const state = await this.server.cache.current(this.server.storage, this.seriesId);
    if (!state) throw new Error("the series is gone");
    return state;
  }

  /** Delivers one message to the server and checks what it answered to a command against the rules. */
  async deliverToServer(member: Member, index = 0): Promise<void> {
    const delivered = await member.transport.deliverToServer(index);
    this.trace.push(`${member.name} -> server: ${describe(delivered)}`);
    if (delivered.kind === "command") await this.judge(member, delivered);
  }

  /**
   * Moves every message both ways until nothing is on its way: in order, or
   * (given a random source) in a random mix of connections and directions,
   * where now and then a message to a client overtakes an earlier one.
   */
  async settle(rng?: Prng): Promise<void> {
    for (let moves = 0; moves < 100_000; moves += 1) {
      const toServer = this.members.filter((m) => m.transport.toServer.length > 0);
      const toClient = this.members.filter((m) => m.transport.toClient.length > 0);
      if (toServer.length === 0 && toClient.length === 0) return;
      if (!rng) {
        const [first] = toServer;
        if (first) await this.deliverToServer(first);
        else if (toClient[0]) {
          this.trace.push(
            `server -> ${toClient[0].name}: ${JSON.stringify(toClient[0].transport.toClient[0]).slice(0, 160)}`,
          );
          await toClient[0].transport.deliverToClient();
        }
        continue;
      }
      const member = rng.pick([...toServer, ...toClient]);
      if (!member) return;
      const { transport } = member;
      const serverSide = transport.toServer.length > 0 && (transport.toClient.length === 0 || rng.chance(0.5));
      if (serverSide) await this.deliverToServer(member);
      else {
        const overtake = transport.toClient.length > 1 && rng.chance(0.15);
        const index = overtake ? 1 + rng.below(transport.toClient.length - 1) : 0;
        this.trace.push(`server -> ${member.name}: ${JSON.stringify(transport.toClient[index]).slice(0, 160)}`);
        await transport.deliverToClient(index);
      }
    }
    throw new Error("messages kept coming: the clients and the server do not settle");
  }

  /** The server process ends (every connection with it) and starts again on the same storage. */
  async restart(): Promise<void> {
    for (const member of this.members) member.transport.drop();
    await this.server.close();
    this.server = await startTestServer(this.target, undefined, UNLIMITED);
  }

  /** Every client connects (if not connected) and everything settles. */
  async reconnectAll(rng?: Prng): Promise<void> {
    for (const member of this.members) member.transport.connect();
    await this.settle(rng);
  }

  /**
   * What each connected client (or each quiet one) holds against the server: its confirmed
   * state and the state it shows equal the server's state projected for its
   * person, and no command is left pending. Returns the differences found.
   */
  async disagreements(only: "all" | "quiet" = "all"): Promise<string[]> {
    const truth = await this.serverState();
    const found: string[] = [];
    for (const member of this.members) {
      if (!member.transport.isConnected()) continue;
      // Between rounds, a client counts once nothing is on its way to or from it and it has caught up (said hello).
      if (only === "quiet" && !member.quiet()) continue;
      const viewer = viewerOf(truth, member.personId);
      if (!viewer) continue;
      const expected = projectState(truth, viewer);
      const who = member.name;
      if (member.client.pending.length > 0) {
        found.push(`${who} still has ${member.client.pending.map((p) => p.command.type).join(", ")} pending`);
      }
      if (!sameState(member.client.confirmed, expected)) {
        found.push(
          `${who}: confirmed state differs from the server's in ${differences(member.client.confirmed, expected)}`,
        );
      }
      const shown = member.view();
      if (!shown || !sameState(shown, expected)) found.push(`${who}: the shown state differs from the server's`);
    }
    return found;
  }

  async close(): Promise<void> {
    for (const member of this.members) member.client.dispose();
    await this.server.close();
  }

  /** A refusal must be one the rules make in the server's state; an acceptance one they allow. */
  private async judge(
    member: Member,
    delivered: { envelope: CommandEnvelope; reply: CommandReply | null },
  ): Promise<void> {
    const { envelope, reply } = delivered;
    if (reply) this.answered.add(envelope.id);
    if (!reply || (reply.ok && reply.duplicate)) return;
    const before = reply.ok
      ? await this.server.cache.stateAt(this.server.storage, this.seriesId, reply.seq - 1)
      : await this.serverState();
    const rules = rulesRefusal(before, member.personId, envelope.command);
    const what = `${envelope.command.type} by ${member.name} at seq ${before.seq}`;
    if (reply.ok && rules) throw new Error(`the server accepted ${what}, which the rules refuse: ${rules.message}`);
    if (!reply.ok && !rules) {
      throw new Error(`the server refused ${what} (${reply.error.code}: ${reply.error.message}); the rules allow it`);
    }
    if (!reply.ok && rules && rules.code !== reply.error.code) {
      throw new Error(`the server refused ${what} as ${reply.error.code}, the rules as ${rules.code}`);
    }
    this.verdicts.push(`${what}: ${reply.ok ? "accepted" : `refused (${rules?.code})`}`);
  }
}

function describe(delivered: Delivered): string {
  switch (delivered.kind) {
    case "command":
      return `${delivered.envelope.command.type} ${delivered.envelope.id} -> ${JSON.stringify(delivered.reply)}`;
    case "message":
      return delivered.name;
    default:
      return delivered.kind;
  }
}

/** Where two states differ, record by record, to read in a failure. */
function differences(actual: SeriesState, expected: SeriesState): string {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  const out: string[] = [];
  for (const key of keys) {
    const a = (actual as unknown as Record<string, unknown>)[key];
    const e = (expected as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(sorted(a)) === JSON.stringify(sorted(e))) continue;
    if (a && e && typeof a === "object" && typeof e === "object" && !Array.isArray(a)) {
      const ids = new Set([...Object.keys(a), ...Object.keys(e)]);
      for (const id of ids) {
        const x = JSON.stringify(sorted((a as Record<string, unknown>)[id]));
        const y = JSON.stringify(sorted((e as Record<string, unknown>)[id]));
        if (x !== y) out.push(`${key}.${id}: client ${x?.slice(0, 300)} / server ${y?.slice(0, 300)}`);
      }
    } else out.push(`${key}: client ${JSON.stringify(a)?.slice(0, 200)} / server ${JSON.stringify(e)?.slice(0, 200)}`);
  }
  return out.join("; ");
}

/** Two states are the same, whatever order their records were made in. */
export function sameState(a: SeriesState, b: SeriesState): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}

export type { Delivered };
