import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { ErrorCode } from "@common/errors.js";
import type { CommandReply } from "@common/protocol.js";
import { SyncClient } from "../../client/src/sync/SyncClient.js";
import { memoryPendingStore, type PendingStore } from "../../client/src/sync/pendingStore.js";
import { socketIoTransport, type SyncTransport } from "../../client/src/sync/transport.js";
import { createAppStore, type AppStore } from "../../client/src/store/store.js";
import { COMMAND_TYPES, commandFor } from "../support/fuzzCommands.js";
import { Prng } from "../support/prng.js";
import { connectAs, createSeries, joinByInvite, type Admission } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { ORG_A, ORG_B, UNLIMITED, room, rulesRefusal, sameState } from "../support/syncWorld.js";

/** A few seeds over real sockets: the in-memory fuzz (fuzz.test.ts) covers many more. */
const SEEDS = [11, 12, 13];
const OPERATIONS = 90;

/** Refusals the rules of a series make; any other (invalid, internal, storage, rate) is a failure. */
const RULE_CODES = new Set<string>([
  ErrorCode.forbidden,
  ErrorCode.notFound,
  ErrorCode.conflict,
  ErrorCode.locked,
  ErrorCode.duplicateId,
  ErrorCode.limitExceeded,
]);

type Server = Awaited<ReturnType<typeof startTestServer>>;

interface Browser {
  name: string;
  admission: Admission;
  pendingStore: PendingStore;
  store: AppStore;
  transport: SyncTransport;
  client: SyncClient;
}

describe.each(storageTargets())("seeded fuzz over real sockets: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Server;
  const replies: { command: ClientCommand; actorId: string; reply: CommandReply }[] = [];

  beforeAll(async () => {
    target = await makeTarget();
    server = await startTestServer(target, undefined, UNLIMITED);
  });

  afterAll(async () => {
    await server.close();
    await target.cleanup();
  });

  /** The real socket.io transport, with every command's answer noted for the rules check. */
  function noting(transport: SyncTransport, actorId: string): SyncTransport {
    return {
      ...transport,
      command(envelope, answer) {
        transport.command(envelope, (error, reply) => {
          if (reply) replies.push({ command: envelope.command, actorId, reply });
          answer(error, reply);
        });
      },
    };
  }

  function open(name: string, admission: Admission, pendingStore: PendingStore = memoryPendingStore()): Browser {
    const store = createAppStore();
    const transport = noting(
      socketIoTransport(admission.token, "own", { url: server.url, extraHeaders: { origin: server.url } }),
      admission.personId,
    );
    const client = new SyncClient({
      seriesId: admission.seriesId,
      personId: admission.personId,
      store,
      transport,
      network: { isOnline: () => true, subscribe: () => () => undefined },
      pendingStore,
    });
    client.start();
    return { name, admission, pendingStore, store, transport, client };
  }

  it.each(SEEDS)("seed %i converges", async (seed) => {
    const rng = new Prng(seed);
    replies.length = 0;
    const founder = await createSeries(server.url);
    const inviter = await connectAs(server.url, founder);
    for (const command of room(founder.personId)) {
      const reply = await inviter.send(command);
      if (!reply.ok) throw new Error(`setting up: ${command.type} refused: ${reply.error.message}`);
    }
    const admissions: [string, Admission][] = [["Anna", founder]];
    for (const [role, name, orgId] of [
      ["participant", "Carla", ORG_A],
      ["participant", "Doris", ORG_B],
      ["observer", "Oskar", ORG_A],
    ] as const) {
      admissions.push([name, await joinByInvite(server.url, await inviter.invite(role), { name, orgId })]);
    }
    inviter.disconnect();
    const browsers = admissions.map(([name, admission]) => open(name, admission));
    await expect
      .poll(() => browsers.map((b) => b.store.getState().document.phase))
      .toEqual(browsers.map(() => "ready"));
    try {
      for (let i = 0; i < OPERATIONS; i += 1) {
        const index = rng.below(browsers.length);
        const browser = browsers[index];
        if (!browser) continue;
        const roll = rng.below(100);
        if (roll < 85) {
          const view = browser.store.getState().document.view;
          const type = rng.pick(COMMAND_TYPES);
          if (view && type) browser.client.send(commandFor(type, view, rng));
        } else if (roll < 93) {
          browser.transport.reconnect();
        } else if (roll < 98) {
          browser.client.dispose();
          browsers[index] = open(browser.name, browser.admission, browser.pendingStore);
        } else {
          // The server process ends and starts again on the same storage and port.
          const { port } = server;
          await server.close();
          server = await startTestServer(target, undefined, UNLIMITED, { port });
        }
        // Let the sockets carry what is on its way now and then, so that commands interleave with events.
        if (rng.chance(0.3)) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await expect
        .poll(
          async () => {
            const truth = await server.cache.current(server.storage, founder.seriesId);
            if (!truth) return ["no series"];
            return browsers.flatMap((b) => {
              const viewer = viewerOf(truth, b.admission.personId);
              if (!viewer) return [];
              const expected = projectState(truth, viewer);
              const shown = b.store.getState().document.view;
              const problems: string[] = [];
              if (b.client.pending.length > 0) problems.push(`${b.name}: ${b.client.pending.length} pending`);
              if (!sameState(b.client.confirmed, expected)) problems.push(`${b.name}: confirmed differs`);
              if (!shown || !sameState(shown, expected)) problems.push(`${b.name}: shown differs`);
              return problems;
            });
          },
          { timeout: 30_000, interval: 50 },
        )
        .toEqual([]);
      for (const { command, actorId, reply } of replies) {
        if (reply.ok) {
          if (reply.duplicate) continue;
          const before = await server.cache.stateAt(server.storage, founder.seriesId, reply.seq - 1);
          expect(rulesRefusal(before, actorId, command), `${command.type} accepted at ${reply.seq}`).toBeNull();
        } else {
          expect(RULE_CODES, `${command.type}: ${reply.error.message}`).toContain(reply.error.code);
        }
      }
      expect(replies.filter((r) => r.reply.ok).length).toBeGreaterThan(5);
    } finally {
      for (const b of browsers) b.client.dispose();
    }
  });
});
