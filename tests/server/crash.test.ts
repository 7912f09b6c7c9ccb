import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import { ProtocolClient, createSeries, type Admission } from "../support/protocolClient.js";
import { spawnServer, type ServerProcess } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

describe.each(storageTargets())("durability when the server is SIGKILLed: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: ServerProcess | undefined;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await server?.kill();
    await target.cleanup();
  });

  async function connect(admission: Admission): Promise<ProtocolClient> {
    if (!server) throw new Error("no server");
    const client = new ProtocolClient(server.url, admission.seriesId, admission.personId, admission.token);
    clients.push(client);
    await client.connect();
    return client;
  }

  it("keeps every acknowledged command of a burst, exactly once, across kills mid-burst", async () => {
    server = await spawnServer(target);
    const admission = await createSeries(server.url);
    const acked = new Set<string>();
    for (let round = 0; round < 3; round++) {
      const client = await connect(admission);
      const caseIds = Array.from({ length: 40 }, () => nanoid());
      // Kill after the 25th ack of this round (or after the last, in the final round).
      const killAfter = round === 2 ? caseIds.length : 25;
      let acks = 0;
      let killing: Promise<void> | undefined;
      const running = server;
      await Promise.allSettled(
        caseIds.map(async (caseId, i) => {
          const reply = await client.send({ type: "case.add", caseId, values: { title: `Fall ${round}.${i}` } });
          if (!reply.ok) throw new Error(reply.error.message);
          acked.add(caseId);
          acks += 1;
          if (acks === killAfter) killing = running.kill();
        }),
      );
      await killing;
      client.disconnect();
      server = await spawnServer(target);
      const reader = await connect(admission);
      const stored = Object.keys(reader.state.cases);
      for (const caseId of acked) expect(stored).toContain(caseId);
      // Exactly once: one event per stored case, besides the series' creation.
      expect(reader.state.seq).toBe(1 + stored.length);
      reader.disconnect();
    }
    expect(acked.size).toBeGreaterThanOrEqual(25 * 2 + 40);
  });
});
