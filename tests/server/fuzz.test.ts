import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import type { ClientCommand } from "../../common/domain/commands.js";
import { ProtocolClient, connectAs, createSeries, joinByInvite } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { optimisticView, type PendingCommand } from "../../common/sync/pending.js";

const ops = [
  "addCase",
  "editCase",
  "removeCase",
  "addAgreement",
  "editAgreement",
  "removeAgreement",
  "rename",
  "drop",
  "rejoin",
] as const;
const actionArb = fc.record({
  client: fc.nat({ max: 2 }),
  op: fc.constantFrom(...ops),
  pick: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0 && !s.includes("\u0000")),
  pause: fc.nat({ max: 3 }),
});
type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

/** A client with the browser's sync rules: optimistic pending queue, resend after reconnect. */
class FuzzClient {
  pending: PendingCommand[] = [];
  connected = false;
  /** Sequence numbers of acked commands: pending until the state has reached them. */
  private readonly ackedAt = new Map<string, number>();

  constructor(readonly wire: ProtocolClient) {}

  /** Drops the pending commands whose events the confirmed state already holds. */
  settle(): PendingCommand[] {
    this.pending = this.pending.filter((p) => {
      const seq = this.ackedAt.get(p.id);
      return seq === undefined || seq > this.wire.state.seq;
    });
    return this.pending;
  }

  view() {
    return optimisticView(this.wire.state, this.settle());
  }

  async connect(): Promise<void> {
    await this.wire.connect();
    this.connected = true;
    for (const p of this.settle()) if (!this.ackedAt.has(p.id)) this.emit(p);
  }

  disconnect(): void {
    this.connected = false;
    this.wire.disconnect();
  }

  send(command: ClientCommand): void {
    const p: PendingCommand = { id: nanoid(), actorId: this.wire.personId, command };
    this.pending.push(p);
    if (this.connected) this.emit(p);
  }

  private emit(p: PendingCommand): void {
    this.wire.send(p.command, p.id).then(
      (reply) => {
        if (reply.ok) this.ackedAt.set(p.id, reply.seq);
        else this.pending = this.pending.filter((q) => q.id !== p.id);
      },
      () => undefined, // lost with the connection: resent after reconnect
    );
  }
}

function commandFor(client: FuzzClient, action: Action): ClientCommand | null {
  const view = client.view();
  const cases = Object.keys(view.cases);
  const agreements = Object.keys(view.agreements);
  const pickCase = cases[action.pick % Math.max(cases.length, 1)];
  const pickAgreement = agreements[action.pick % Math.max(agreements.length, 1)];
  switch (action.op) {
    case "addCase":
      return { type: "case.add", caseId: nanoid(), values: { title: action.text, description: "" } };
    case "editCase":
      return pickCase
        ? {
            type: "case.update",
            caseId: pickCase,
            changes: action.pick % 2 ? { title: action.text } : { description: action.text },
          }
        : null;
    case "removeCase":
      return pickCase && action.pick % 3 === 0 ? { type: "case.remove", caseId: pickCase } : null;
    case "addAgreement":
      return { type: "agreement.add", agreementId: nanoid(), values: { text: action.text, caseId: pickCase ?? null } };
    case "editAgreement":
      return pickAgreement
        ? { type: "agreement.update", agreementId: pickAgreement, changes: { text: action.text } }
        : null;
    case "removeAgreement":
      return pickAgreement && action.pick % 3 === 0 ? { type: "agreement.remove", agreementId: pickAgreement } : null;
    case "rename":
      return { type: "series.rename", name: action.text };
    default:
      return null;
  }
}

describe.each(storageTargets())("seeded fuzz: random clients converge: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    target = await makeTarget();
    server = await startTestServer(target);
  });

  afterAll(async () => {
    await server.close();
    await target.cleanup();
  });

  async function scenario(actions: Action[]): Promise<void> {
    const admission = await createSeries(server.url);
    const { seriesId } = admission;
    const inviter = await connectAs(server.url, admission);
    const admissions = [admission];
    for (const i of [1, 2]) {
      admissions.push(await joinByInvite(server.url, await inviter.invite("participant"), { name: `Person ${i}` }));
    }
    inviter.disconnect();
    const clients = admissions.map(
      (a) => new FuzzClient(new ProtocolClient(server.url, seriesId, a.personId, a.token)),
    );
    try {
      for (const c of clients) await c.connect();
      for (const action of actions) {
        const client = clients[action.client];
        if (!client) continue;
        if (action.op === "drop" && client.connected) client.disconnect();
        else if (action.op === "rejoin" && !client.connected) await client.connect();
        else {
          const command = commandFor(client, action);
          if (command) client.send(command);
        }
        if (action.pause > 0) await new Promise((r) => setTimeout(r, action.pause));
      }
      for (const c of clients) if (!c.connected) await c.connect();
      await expect
        .poll(() => clients.map((c) => c.settle().map((p) => p.command.type)), { timeout: 10_000 })
        .toEqual([[], [], []]);
      const head = (await server.storage.headSeq(seriesId)) ?? -1;
      for (const c of clients) await c.wire.waitForSeq(head);
      const truth = new ProtocolClient(server.url, seriesId, admission.personId, admission.token);
      await truth.connect();
      truth.disconnect();
      for (const c of clients) expect(c.wire.state).toEqual(truth.state);
    } finally {
      for (const c of clients) c.disconnect();
    }
  }

  it("converges for random command sequences with random disconnects", async () => {
    await fc.assert(fc.asyncProperty(fc.array(actionArb, { minLength: 20, maxLength: 80 }), scenario), {
      numRuns: 8,
      endOnFailure: true,
    });
  });
});
