import { afterEach, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import { nginxPath, startLoadBalancer } from "../support/loadBalancer.js";
import { ProtocolClient, connectAs, createSeries, joinByInvite, type Admission } from "../support/protocolClient.js";
import { spawnServer, type ServerProcess } from "../support/server.js";
import { freshPostgresDatabase, postgresUrl, redisUrl } from "../support/services.js";
import type { StorageTarget } from "../support/storages.js";

const pgBase = postgresUrl();
const redis = redisUrl();
const nginx = nginxPath();

interface Person {
  admission: Admission;
  client: ProtocolClient;
}

describe.runIf(pgBase && redis && nginx)("nginx with the README's configuration in front of two instances", () => {
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  async function twoInstancesBehindNginx(): Promise<{ url: string; instances: [ServerProcess, ServerProcess] }> {
    const db = await freshPostgresDatabase(pgBase ?? "");
    cleanups.push(db.drop);
    const target: StorageTarget = { kind: "postgres", dataDir: "", databaseUrl: db.url, cleanup: db.drop };
    const env = { REDIS_URL: redis ?? "", EINKLANG_TRUST_PROXY: "loopback" };
    const instances: [ServerProcess, ServerProcess] = [
      await spawnServer(target, 0, env),
      await spawnServer(target, 0, env),
    ];
    cleanups.push(
      () => instances[1].kill(),
      () => instances[0].kill(),
    );
    const balancer = await startLoadBalancer(nginx ?? "", [instances[0].port, instances[1].port]);
    cleanups.push(balancer.stop);
    return { url: balancer.url, instances };
  }

  it("people spread over both instances through nginx; one instance is killed mid-burst and everyone carries on through nginx, nothing acknowledged lost or applied twice", async () => {
    const { url, instances } = await twoInstancesBehindNginx();
    const moderator = await createSeries(url);
    const facilitator = await connectAs(url, moderator);
    const joined: Admission[] = [];
    for (let i = 0; i < 5; i++) {
      joined.push(await joinByInvite(url, await facilitator.invite("participant"), { name: `Person ${i + 1}` }));
    }
    // The sockets connect one after another, so nginx's round robin puts them on both instances.
    const people: Person[] = [{ admission: moderator, client: facilitator }];
    for (const admission of joined) people.push({ admission, client: await connectAs(url, admission) });
    cleanups.push(async () => people.forEach(({ client }) => client.disconnect()));

    const commands = people.flatMap((_, who) =>
      Array.from({ length: 6 }, (_, i) => ({ who, id: nanoid(), caseId: nanoid(), title: `Fall ${who}.${i}` })),
    );
    await facilitator.sync();
    const before = facilitator.state.seq;
    const acked = new Set<string>();
    let killed: Promise<void> | undefined;
    await Promise.allSettled(
      commands.map(async ({ who, id, caseId, title }) => {
        const { client } = people[who] as Person;
        const reply = await client.send({ type: "case.add", caseId, values: { title } }, id);
        if (!reply.ok) throw new Error(reply.error.message);
        acked.add(id);
        if (acked.size === 12) killed = instances[0].kill();
      }),
    );
    await killed;
    expect(acked.size).toBeGreaterThanOrEqual(12);

    const cut = people.filter(({ client }) => !client.socket.connected);
    // Both instances had people: some lost their connection with the killed one, the others kept theirs.
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(people.length);
    for (const person of cut) {
      const again = new ProtocolClient(
        url,
        person.admission.seriesId,
        person.admission.personId,
        person.admission.token,
      );
      again.state = person.client.state;
      expect((await again.connect()).ok).toBe(true);
      person.client = again;
    }
    // What was not acknowledged is sent again with the same id, through nginx, to the surviving instance.
    for (const { who, id, caseId, title } of commands.filter(({ id }) => !acked.has(id))) {
      const reply = await (people[who] as Person).client.send({ type: "case.add", caseId, values: { title } }, id);
      expect(reply.ok).toBe(true);
    }

    const reference = people[0] as Person;
    await reference.client.sync();
    const head = reference.client.state.seq;
    for (const { client } of people) await client.waitForSeq(head);
    for (const { client } of people) {
      expect(Object.keys(client.state.cases).sort()).toEqual(commands.map(({ caseId }) => caseId).sort());
      expect(client.state.cases).toEqual(reference.client.state.cases);
    }
    // One event per command since the burst began: none applied twice, no sequence number skipped.
    expect(head - before).toBe(commands.length);
    const after = await reference.client.send({ type: "case.add", caseId: nanoid(), values: { title: "Danach" } });
    expect(after).toMatchObject({ ok: true, seq: head + 1 });
  });
});
