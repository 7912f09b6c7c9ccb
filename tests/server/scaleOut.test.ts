import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import { connectAs, createSeries, joinByInvite } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { freshPostgresDatabase, postgresUrl, redisUrl } from "../support/services.js";
import type { StorageTarget } from "../support/storages.js";

const pgBase = postgresUrl();
const redis = redisUrl();

describe.runIf(pgBase && redis)("two instances on one PostgreSQL, broadcasts through Redis", () => {
  let target: StorageTarget;
  let one: Awaited<ReturnType<typeof startTestServer>>;
  let two: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    const database = await freshPostgresDatabase(pgBase ?? "");
    target = { kind: "postgres", dataDir: "", databaseUrl: database.url, cleanup: database.drop };
    one = await startTestServer(target, redis);
    two = await startTestServer(target, redis);
  });

  afterAll(async () => {
    await one.close();
    await two.close();
    await target.cleanup();
  });

  it("clients on different instances see each other's commands, in one gap-free order, and each other online", async () => {
    const admission = await createSeries(one.url);
    const { personId } = admission;
    const anna = await connectAs(one.url, admission);
    const bernd = await connectAs(
      two.url,
      await joinByInvite(two.url, await anna.invite("participant"), { name: "Bernd" }),
    );
    try {
      const sends = Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? anna : bernd).send({
          type: "case.add",
          caseId: nanoid(),
          values: { title: `Fall ${i}`, description: "" },
        }),
      );
      const seqs = (await Promise.all(sends)).map((r) => (r.ok ? r.seq : -1));
      expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
      await anna.waitForSeq(22);
      await bernd.waitForSeq(22);
      expect(anna.state).toEqual(bernd.state);
      await expect.poll(() => new Set(anna.online.map((o) => o.personId))).toEqual(new Set([personId, bernd.personId]));
    } finally {
      anna.disconnect();
      bernd.disconnect();
    }
  });
});
