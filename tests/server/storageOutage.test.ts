import { nanoid } from "nanoid";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type EinklangServer } from "../../server/app.js";
import { connectAs, createSeries, type ProtocolClient } from "../support/protocolClient.js";
import { freshPostgresDatabase, postgresUrl } from "../support/services.js";
import { startTcpProxy, type TcpProxy } from "../support/tcpProxy.js";

const baseUrl = postgresUrl();

describe.skipIf(!baseUrl)("PostgreSQL going away for a while", () => {
  let proxy: TcpProxy | undefined;
  let server: EinklangServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  const clients: ProtocolClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    proxy?.restore();
    await server?.close();
    await proxy?.close();
    await drop?.();
  });

  it("answers commands with storage errors, stays up, and saves them once storage is back; nothing acked is lost", async () => {
    if (!baseUrl) return;
    const database = await freshPostgresDatabase(baseUrl);
    drop = database.drop;
    const direct = new URL(database.url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    server = await startServer({
      port: 0,
      host: "127.0.0.1",
      dataDir: "data-unused",
      databaseUrl: viaProxy.toString(),
      redisUrl: undefined,
      clientDir: "client/dist",
    });
    const url = `http://127.0.0.1:${server.port}`;
    const admission = await createSeries(url);
    const anna = await connectAs(url, admission);
    clients.push(anna);
    const acked = nanoid();
    expect((await anna.send({ type: "case.add", caseId: acked, values: { title: "Vor dem Ausfall" } })).ok).toBe(true);

    proxy.cut();
    const whileDown = nanoid();
    const commandId = nanoid();
    const refused = await anna.send(
      { type: "case.add", caseId: whileDown, values: { title: "Im Ausfall" } },
      commandId,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: "storage_unavailable" } });
    // The server is up and says why it is not healthy: storage cannot take writes.
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, reason: expect.stringMatching(/storage cannot write/) });
    const joinWhileDown = await fetch(`${url}/api/series`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Neu", creatorName: "Bea" }),
    });
    expect(joinWhileDown.status).toBeGreaterThanOrEqual(500);

    proxy.restore();
    // The client sends the same command again (same id), as the board does while saving is paused.
    await expect
      .poll(
        async () =>
          (await anna.send({ type: "case.add", caseId: whileDown, values: { title: "Im Ausfall" } }, commandId)).ok,
        {
          timeout: 20_000,
          interval: 250,
        },
      )
      .toBe(true);
    const again = await anna.send({ type: "case.add", caseId: whileDown, values: { title: "Im Ausfall" } }, commandId);
    expect(again).toMatchObject({ ok: true, duplicate: true });

    const fresh = await connectAs(url, admission);
    clients.push(fresh);
    expect(
      Object.values(fresh.state.cases)
        .map((c) => c.title)
        .sort(),
    ).toEqual(["Im Ausfall", "Vor dem Ausfall"]);
  });
});
