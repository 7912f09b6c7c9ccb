import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeriesState } from "@common/domain/types.js";
import {
  connectAs,
  createSeries,
  joinByInvite,
  type Admission,
  type ProtocolClient,
} from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

interface Backup {
  series: SeriesState;
}

function bearer(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

describe.each(storageTargets())("copying a series' setup into a new series (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let url: string;
  let clients: ProtocolClient[];

  const copySetup = (seriesId: string, token: string | undefined, body: string): Promise<Response> =>
    fetch(`${url}/api/series/${seriesId}/copy-setup`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": "application/json" },
      body,
    });

  async function demo(): Promise<Admission> {
    const response = await fetch(`${url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Admission;
  }

  async function connect(admission: Admission): Promise<ProtocolClient> {
    const client = await connectAs(url, admission);
    clients.push(client);
    return client;
  }

  /** The series as its facilitator backs it up, without the moment of the export. */
  async function backupOf(admission: Admission): Promise<SeriesState> {
    const response = await fetch(`${url}/api/series/${admission.seriesId}/export`, {
      headers: bearer(admission.token),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as Backup).series;
  }

  async function invited(facilitator: ProtocolClient, role: "participant" | "facilitator", name: string) {
    const reply = await facilitator.access({ action: "createInvite", role, orgId: null });
    if (!reply.ok || !reply.created) throw new Error("invite refused");
    return joinByInvite(url, reply.created.token, { name });
  }

  /** How many series were made from this machine in the last hour. */
  async function seriesMade(): Promise<number> {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    return (await server.storage.origins.madeSince({ address: "127.0.0.1" }, since)).series;
  }

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target, undefined, { httpRequestsPerMinute: 10_000 });
    url = server.url;
    clients = [];
  });

  afterEach(async () => {
    for (const client of clients) client.disconnect();
    await server.close();
    await target.cleanup();
  });

  it("gives the facilitator a new series with the setup and none of the meetings, and leaves the source as it was", async () => {
    const katrin = await demo();
    const facilitator = await connect(katrin);
    const thomas = await invited(facilitator, "participant", "Thomas");
    const before = await backupOf(katrin);

    const response = await copySetup(katrin.seriesId, katrin.token, JSON.stringify({ name: "Runde mit Partner B" }));
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const copy = (await response.json()) as Admission;
    expect(Object.keys(copy).sort()).toEqual(["personId", "seriesId", "token"]);
    expect(copy.seriesId).not.toBe(katrin.seriesId);
    expect(copy.personId).toBe(katrin.personId);

    const client = await connect(copy);
    const state = client.state;
    expect(state.id).toBe(copy.seriesId);
    expect(state.name).toBe("Runde mit Partner B");
    expect(state.people[copy.personId]).toMatchObject({ name: "Katrin Vogel", role: "facilitator" });
    // The setup comes along as the facilitator saw it; the meetings do not.
    const setup = (s: SeriesState): unknown => ({
      orgs: Object.values(s.orgs).map((o) => o.name),
      goals: Object.values(s.goals).map(({ createdSeq: _seq, ...goal }) => goal),
      interests: Object.values(s.interests).map((i) => [i.side, i.label]),
      collisions: Object.values(s.collisions).map((c) => c.interestIds),
      people: Object.values(s.people).map((p) => [p.id, p.name, p.orgId, p.function, p.role]),
      schedule: s.schedule,
      starterCatalog: s.starterCatalog,
    });
    expect(setup(state)).toEqual(setup(before));
    expect(Object.keys(before.goals).length).toBeGreaterThan(1);
    expect(Object.keys(before.cases).length).toBeGreaterThan(1);
    expect([state.sessions, state.cases, state.agreements, state.reviews, state.votes]).toEqual([{}, {}, {}, {}, {}]);
    expect(state.trash ?? {}).toEqual({});
    const text = JSON.stringify(state);
    for (const id of [
      ...Object.keys(before.sessions),
      ...Object.keys(before.cases),
      ...Object.keys(before.agreements),
    ]) {
      expect(text).not.toContain(id);
    }

    // The source is unchanged, and its devices open only the source.
    const after = await backupOf(katrin);
    expect(after).toEqual(before);
    expect(state.people[thomas.personId]).toMatchObject({ name: "Thomas", role: "participant" });
    const thomasInCopy = await fetch(`${url}/api/series/${copy.seriesId}/agreements.csv`, {
      headers: bearer(thomas.token),
    });
    expect(thomasInCopy.status).toBe(403);
    await expect(connectAs(url, { ...thomas, seriesId: copy.seriesId })).rejects.toThrow();
    const oldKatrin = await fetch(`${url}/api/series/${copy.seriesId}/export`, { headers: bearer(katrin.token) });
    expect(oldKatrin.status).toBe(403);
    await expect(connectAs(url, { ...katrin, seriesId: copy.seriesId })).rejects.toThrow();
    expect(facilitator.state.id).toBe(katrin.seriesId);
  });

  it("refuses anyone but a facilitator of the source, and bad input, with a clear error and no new series", async () => {
    const katrin = await demo();
    const facilitator = await connect(katrin);
    const paula = await invited(facilitator, "participant", "Paula");
    const other = await createSeries(url, "Andere Runde", "Ines");
    const made = await seriesMade();
    const valid = JSON.stringify({ name: "Kopie" });
    const cases: [string, string | undefined, string, number, RegExp][] = [
      ["no token", undefined, valid, 401, /device token/],
      ["a participant", paula.token, valid, 403, /only a facilitator/],
      ["another series' facilitator", other.token, valid, 403, /another series/],
      ["no name", katrin.token, "{}", 400, /name/],
      ["an empty name", katrin.token, JSON.stringify({ name: "" }), 400, /name/],
      ["a name too long", katrin.token, JSON.stringify({ name: "x".repeat(500) }), 400, /name/],
      ["a name that is no text", katrin.token, JSON.stringify({ name: 7 }), 400, /name/],
      ["an unknown field", katrin.token, JSON.stringify({ name: "Kopie", sessions: true }), 400, /sessions/],
      ["a body that is not JSON", katrin.token, "{name", 400, /malformed/],
    ];
    for (const [label, token, body, status, message] of cases) {
      const response = await copySetup(katrin.seriesId, token, body);
      const answer = (await response.json()) as { error?: { message?: string } };
      expect([label, response.status]).toEqual([label, status]);
      expect(Object.keys(answer)).toEqual(["error"]);
      expect([label, answer.error?.message]).toEqual([label, expect.stringMatching(message)]);
    }
    expect(await seriesMade()).toBe(made);
    expect((await copySetup(other.seriesId, katrin.token, valid)).status).toBe(403);
  });

  it("counts a copy against the quota of new series, like an import", async () => {
    await server.close();
    server = await startTestServer(target, undefined, { httpRequestsPerMinute: 10_000, seriesPerDay: 2 });
    url = server.url;
    const katrin = await demo();
    const first = await copySetup(katrin.seriesId, katrin.token, JSON.stringify({ name: "Kopie 1" }));
    expect(first.status).toBe(201);
    const second = await copySetup(katrin.seriesId, katrin.token, JSON.stringify({ name: "Kopie 2" }));
    expect(second.status).toBe(429);
    expect(await seriesMade()).toBe(2);
  });

  it("makes no copy while signup is closed, unless the operator's admin token comes along", async () => {
    await server.close();
    const adminToken = "operator-token-0123456789abcdef";
    server = await startTestServer(target, undefined, { httpRequestsPerMinute: 10_000, openSignup: false, adminToken });
    url = server.url;
    const admin = { "x-einklang-admin-token": adminToken };
    const created = await fetch(`${url}/api/demo`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
    });
    expect(created.status).toBe(201);
    const katrin = (await created.json()) as Admission;
    const body = JSON.stringify({ name: "Kopie" });
    const closed = await copySetup(katrin.seriesId, katrin.token, body);
    expect(closed.status).toBe(403);
    expect(((await closed.json()) as { error: { message: string } }).error.message).toMatch(/operator of this server/);
    expect(await seriesMade()).toBe(1);
    const opened = await fetch(`${url}/api/series/${katrin.seriesId}/copy-setup`, {
      method: "POST",
      headers: { ...bearer(katrin.token), ...admin, "content-type": "application/json" },
      body,
    });
    expect(opened.status).toBe(201);
    expect(await seriesMade()).toBe(2);
  });
});
