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

  it("projects per receiver across instances: internal items, ballots, spotlight, timer, vote reveal and a revocation reach the other instance right", async () => {
    const admission = await createSeries(one.url);
    const moderator = await connectAs(one.url, admission);
    const join = async (url: string, name: string, org: { orgId?: string; newOrgName?: string }) =>
      connectAs(url, await joinByInvite(url, await moderator.invite("participant"), { name, ...org }));
    const anna = await join(one.url, "Anna", { newOrgName: "Feinkost Hansen" });
    const hansen = anna.state.people[anna.personId]?.orgId ?? "";
    const alex = await join(two.url, "Alex", { orgId: hansen });
    await anna.send({ type: "person.confirm", personId: alex.personId });
    const bernd = await join(two.url, "Bernd", { newOrgName: "Hofmolkerei Lindner" });
    const everyone = [moderator, anna, alex, bernd];
    try {
      const caseId = nanoid();
      const added = await anna.send({
        type: "case.add",
        caseId,
        values: { title: "Marge Edeka", orgId: hansen, internalTo: hansen },
      });
      const seq = added.ok ? added.seq : -1;
      await Promise.all(everyone.map((c) => c.waitForSeq(seq)));
      expect(alex.state.cases[caseId]?.title).toBe("Marge Edeka");
      expect(JSON.stringify(bernd.frames)).not.toContain(caseId);
      expect(JSON.stringify(moderator.frames)).not.toContain(caseId);

      const sessionId = nanoid();
      const shared = nanoid();
      await moderator.send({ type: "session.add", sessionId, values: { date: "2026-11-23" } });
      await moderator.send({ type: "case.add", caseId: shared, values: { title: "Eilauftrag", sessionId } });
      await moderator.send({ type: "vote.open", sessionId, target: "cases", dotsPerPerson: 2, stacking: false });
      const cast = await bernd.send({ type: "vote.cast", itemId: shared, delta: 1 });
      const castSeq = cast.ok ? cast.seq : -1;
      await Promise.all(everyone.map((c) => c.waitForSeq(castSeq)));
      for (const client of [moderator, anna, alex]) {
        expect(client.state.votes).toEqual({});
        expect(client.state.room.voting?.voters).toBe(1);
      }
      expect(bernd.state.votes[bernd.personId]).toEqual({ [shared]: 1 });

      // The moderator on one instance steers the room; people on the other see the spotlight,
      // the running timer and the revealed totals (ballots stay with their voters).
      await moderator.send({ type: "room.spotlight", item: { kind: "case", id: shared } });
      await moderator.send({ type: "timer.set", durationMs: 5 * 60_000, signal: true });
      await moderator.send({ type: "timer.start" });
      const revealed = await moderator.send({ type: "vote.reveal" });
      const revealSeq = revealed.ok ? revealed.seq : -1;
      await Promise.all(everyone.map((c) => c.waitForSeq(revealSeq)));
      for (const client of everyone) {
        expect(client.state.room.spotlight).toEqual({ kind: "case", id: shared });
        expect(client.state.room.timer?.endsAt).toEqual(moderator.state.room.timer?.endsAt);
        expect(client.state.room.timer?.endsAt).toBeTruthy();
        expect(client.state.room.voting?.state).toBe("revealed");
        expect(client.state.room.voting?.totals).toEqual({ [shared]: 1 });
      }
      expect(anna.state.votes).toEqual({});

      const cut = new Promise<void>((resolve) => alex.socket.once("disconnect", () => resolve()));
      expect(await moderator.access({ action: "revokePerson", personId: alex.personId })).toMatchObject({ ok: true });
      await cut;
    } finally {
      for (const c of everyone) c.disconnect();
    }
  });
});
