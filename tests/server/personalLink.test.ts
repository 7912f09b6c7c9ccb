import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashToken } from "../../server/access/tokens.js";
import type { SeriesState } from "@common/domain/types.js";
import { connectAs, ProtocolClient, openSeries, type Admission } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { tryConnect, waitForDisconnect } from "../support/handshake.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** Every row of every table of the target's database, as text: to look for a token anywhere in it. */
async function everythingStored(target: StorageTarget): Promise<string> {
  if (target.kind === "sqlite") {
    const db = new Database(join(target.dataDir, "einklang.sqlite"), { readonly: true });
    try {
      const tables = db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
      return JSON.stringify(tables.map(({ name }) => db.prepare(`select * from "${name}"`).all()));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    const rows = [];
    for (const { table_name: name } of tables.rows) rows.push((await client.query(`select * from "${name}"`)).rows);
    return JSON.stringify(rows);
  } finally {
    await client.end();
  }
}

function personNamed(state: SeriesState, name: string): string {
  const person = Object.values(state.people).find((p) => p.name === name);
  if (!person) throw new Error(`nobody named ${name}`);
  return person.id;
}

describe.each(storageTargets())("personal links (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target);
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  /** The example series: its moderator connected; its people were added without ever joining, so have no device. */
  async function example(): Promise<{ katrin: ProtocolClient; admission: Admission }> {
    const response = await postJson(`${server.url}/api/demo`, {});
    expect(response.status).toBe(201);
    const admission = (await response.json()) as Admission;
    const katrin = await connectAs(server.url, admission);
    clients.push(katrin);
    return { katrin, admission };
  }

  /** Makes a personal link through `asker` and connects with it (fails the test when refused). */
  async function linkFor(asker: ProtocolClient, personId: string): Promise<{ token: string; client: ProtocolClient }> {
    const reply = await asker.access({ action: "personalLink", personId });
    if (!reply.ok || !reply.personalLink) throw new Error(`personal link refused: ${JSON.stringify(reply)}`);
    expect(reply.personalLink.personId).toBe(personId);
    const token = reply.personalLink.token;
    const client = await connectAs(server.url, { seriesId: asker.seriesId, personId, token });
    clients.push(client);
    return { token, client };
  }

  it("lets a person make one for their own other device: a new device token of the same person", async () => {
    const { facilitator, join } = await openSeries(server.url);
    const bernd = await join("participant", { name: "Bernd" });
    clients.push(facilitator, bernd);
    const reply = await bernd.access({ action: "personalLink", personId: bernd.personId });
    // A participant gets the link, never the series' invite links.
    expect(reply).toMatchObject({ ok: true, invites: [], personalLink: { personId: bernd.personId } });
    const token = reply.ok ? (reply.personalLink?.token ?? "") : "";
    expect(token).toMatch(/^ekd_[A-Za-z0-9_-]{22}$/);
    expect(token).not.toBe(bernd.token);
    const whoami = await postJson(`${server.url}/api/devices/whoami`, { token });
    expect(await whoami.json()).toEqual({
      seriesId: bernd.seriesId,
      personId: bernd.personId,
      limited: false,
      expires: false,
    });
    const phone = await connectAs(server.url, { seriesId: bernd.seriesId, personId: bernd.personId, token });
    clients.push(phone);
    // Both devices stay: the link adds one, it does not move the person.
    expect(bernd.socket.connected).toBe(true);
    const renamed = await phone.send({
      type: "person.update",
      personId: bernd.personId,
      changes: { name: "Bernd L." },
    });
    expect(renamed).toMatchObject({ ok: true });
    await facilitator.waitForSeq(renamed.ok ? renamed.seq : Number.MAX_SAFE_INTEGER);
    expect(facilitator.state.people[bernd.personId]?.name).toBe("Bernd L.");
  });

  it("lets a facilitator make one for someone who never joined: it opens only My agreements until claimed", async () => {
    const { katrin } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const { token, client: jensLink } = await linkFor(katrin, jens);
    // No board: no cases, notes, sessions, votes; only Jens' own agreements (shared ones: Katrin sees them too)
    // and the goals they serve, whose KPI he reports.
    expect(Object.keys(katrin.state.cases).length).toBeGreaterThan(0);
    expect(jensLink.state.cases).toEqual({});
    const served = new Set(Object.values(jensLink.state.agreements).flatMap((a) => a.goalIds));
    expect(Object.keys(jensLink.state.goals).sort()).toEqual([...served].sort());
    expect(Object.keys(jensLink.state.goals).length).toBeLessThan(Object.keys(katrin.state.goals).length);
    expect(jensLink.state.sessions).toEqual({});
    expect(jensLink.state.votes).toEqual({});
    const own = Object.values(jensLink.state.agreements);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((a) => a.ownerIds.includes(jens) && a.internalTo === null)).toBe(true);
    // Jens reports on his own agreement; the facilitator's board has it from him.
    const mine = own.find((a) => a.status === "open");
    if (!mine) throw new Error("Jens owns no open agreement");
    const sent = await jensLink.send({
      type: "agreement.status",
      agreementId: mine.id,
      status: "in_progress",
      comment: "Vorlage steht",
    });
    expect(sent).toMatchObject({ ok: true });
    await katrin.waitForSeq(sent.ok ? sent.seq : Number.MAX_SAFE_INTEGER);
    expect(katrin.state.agreements[mine.id]?.updates.at(-1)).toMatchObject({ by: jens, status: "in_progress" });
    // Nothing else: no notes, no facilitator commands, no access management, no exports, no live board.
    const aCase = Object.keys(katrin.state.cases)[0] ?? "";
    const refusals = await Promise.all([
      jensLink.send({
        type: "case.note.add",
        caseId: aCase,
        list: "went_well",
        noteId: "note-jens-0001",
        text: "als Jens",
      }),
      jensLink.send({ type: "series.rename", name: "Übernommen" }),
      jensLink.access({ action: "personalLink", personId: jens }),
    ]);
    for (const refused of refusals) expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const csv = await fetch(`${server.url}/api/series/${katrin.seriesId}/agreements.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv.status).toBe(403);
    // Opening it on Jens' device claims it: a new token of his own, the link's token stops working.
    const claim = await postJson(`${server.url}/api/devices/claim`, { token });
    expect(claim.status).toBe(200);
    const claimed = (await claim.json()) as Admission;
    expect(claimed).toMatchObject({ seriesId: katrin.seriesId, personId: jens });
    expect(claimed.token).not.toBe(token);
    expect(await tryConnect(server.url, { token })).toBe("unauthorized");
    expect((await postJson(`${server.url}/api/devices/claim`, { token })).status).toBe(401);
    const jensPhone = await connectAs(server.url, claimed);
    clients.push(jensPhone);
    expect(Object.keys(jensPhone.state.cases).length).toBeGreaterThan(0);
    // Jens has a device of his own now: the facilitator makes no more links for him.
    expect(await katrin.access({ action: "personalLink", personId: jens })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });

  it("refuses a facilitator a link for someone who joined, or for a facilitator: no impersonation", async () => {
    const { facilitator, join } = await openSeries(server.url);
    const bernd = await join("participant", { name: "Bernd" });
    const co = await join("facilitator", { name: "Co" });
    clients.push(facilitator, bernd, co);
    expect(await facilitator.access({ action: "personalLink", personId: bernd.personId })).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect(await facilitator.access({ action: "personalLink", personId: co.personId })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await bernd.access({ action: "personalLink", personId: bernd.personId })).toMatchObject({ ok: true });
  });

  it("refuses a participant a link for someone else, and the projector view any link", async () => {
    const { facilitator, admission, join } = await openSeries(server.url);
    const bernd = await join("participant", { name: "Bernd" });
    clients.push(facilitator, bernd);
    expect(await bernd.access({ action: "personalLink", personId: facilitator.personId })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    const projector = await connectAs(server.url, admission, "public");
    clients.push(projector);
    for (const personId of [facilitator.personId, bernd.personId]) {
      expect(await projector.access({ action: "personalLink", personId })).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
    expect(await facilitator.access({ action: "personalLink", personId: "person-nobody-01" })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await facilitator.access({ action: "personalLink", personId: "__proto__" })).toMatchObject({ ok: false });
    expect(await bernd.sendRaw("access", { action: "personalLink" })).toMatchObject({
      ok: false,
      error: { code: "invalid_message" },
    });
  });

  it("dies with the person: revoking them cuts the link's connections and refuses it from then on", async () => {
    const { katrin } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const { token, client: jensPhone } = await linkFor(katrin, jens);
    const cut = waitForDisconnect(jensPhone);
    expect(await katrin.access({ action: "revokePerson", personId: jens })).toMatchObject({ ok: true });
    await cut;
    expect(await tryConnect(server.url, { token })).toBe("unauthorized");
    expect((await postJson(`${server.url}/api/devices/whoami`, { token })).status).toBe(401);
    expect(await server.storage.access.deviceByHash(hashToken(token))).toMatchObject({ revokedAt: expect.any(String) });
  });

  it("leaves the maker no copy: a link from a device claimed off someone else's link is a claim token too", async () => {
    const { katrin } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const { token: limited } = await linkFor(katrin, jens);
    const before = await postJson(`${server.url}/api/devices/whoami`, { token: limited });
    expect(await before.json()).toEqual({
      seriesId: katrin.seriesId,
      personId: jens,
      limited: true,
      expires: false,
      ownDevices: 0,
    });
    // The facilitator claims the limited link herself: a full device of Jens in her hands.
    const stolen = (await (await postJson(`${server.url}/api/devices/claim`, { token: limited })).json()) as Admission;
    const katrinAsJens = await connectAs(server.url, stolen);
    clients.push(katrinAsJens);
    // From it she makes an "open on your phone" link and sends it to Jens: it must be a claim token ...
    const reply = await katrinAsJens.access({ action: "personalLink", personId: jens });
    if (!reply.ok || !reply.personalLink) throw new Error(`personal link refused: ${JSON.stringify(reply)}`);
    const forJens = reply.personalLink.token;
    const whoami = await postJson(`${server.url}/api/devices/whoami`, { token: forJens });
    // The page asks Jens first: his claim would end a device of his.
    expect(await whoami.json()).toEqual({
      seriesId: katrin.seriesId,
      personId: jens,
      limited: true,
      expires: false,
      ownDevices: 1,
    });
    // ... whose claim by Jens ends every other device of his, the facilitator's copy included.
    const cut = waitForDisconnect(katrinAsJens);
    const claim = await postJson(`${server.url}/api/devices/claim`, { token: forJens });
    expect(claim.status).toBe(200);
    const own = (await claim.json()) as Admission;
    await cut;
    expect(await tryConnect(server.url, { token: stolen.token })).toBe("unauthorized");
    expect(await tryConnect(server.url, { token: own.token })).toBe("connected");
  });

  it("exchanges a limited link for exactly one device, however many claims race", async () => {
    const { katrin } = await example();
    const people = ["Jens Albrecht", "Anja Schulz", "Martin Keller", "Thomas Brandt"].map((name) =>
      personNamed(katrin.state, name),
    );
    for (const personId of people) {
      const reply = await katrin.access({ action: "personalLink", personId });
      const token = reply.ok ? (reply.personalLink?.token ?? "") : "";
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => postJson(`${server.url}/api/devices/claim`, { token })),
      );
      const claimed: string[] = [];
      for (const answer of answers) {
        if (answer.status === 200) claimed.push(((await answer.json()) as Admission).token);
      }
      const live: string[] = [];
      for (const own of claimed) if ((await tryConnect(server.url, { token: own })) === "connected") live.push(own);
      expect({ personId, claimed: claimed.length, live: live.length }).toEqual({ personId, claimed: 1, live: 1 });
    }
  });

  it("cuts the limited connection when its link is claimed, and reads no more through it", async () => {
    const { katrin } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const { token, client: jensLink } = await linkFor(katrin, jens);
    const cut = waitForDisconnect(jensLink);
    expect((await postJson(`${server.url}/api/devices/claim`, { token })).status).toBe(200);
    await cut;
    expect(jensLink.socket.connected).toBe(false);
  });

  it("gives a limited connection only so many snapshots, like any other", async () => {
    await server.close();
    server = await startTestServer(target, undefined, { snapshotsPerMinute: 2 });
    const { katrin } = await example();
    const { client: jensLink } = await linkFor(katrin, personNamed(katrin.state, "Jens Albrecht"));
    const answers = [];
    for (let i = 0; i < 10; i += 1) answers.push(await jensLink.socket.emitWithAck("sync", { lastSeq: 0 }));
    const refused = answers.filter((a: { ok: boolean }) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: "rate_limited" } });
  });

  it("stores the token only as its hash, as a device of its own without an invite", async () => {
    const { katrin } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const { token } = await linkFor(katrin, jens);
    expect(await server.storage.access.deviceByHash(token)).toBeNull();
    expect(await server.storage.access.deviceByHash(hashToken(token))).toMatchObject({
      seriesId: katrin.seriesId,
      personId: jens,
      inviteId: null,
      revokedAt: null,
      createdBy: katrin.personId,
      limited: true,
    });
    const stored = await everythingStored(target);
    expect(stored).toContain(hashToken(token));
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(token.slice(4));
  });
});
