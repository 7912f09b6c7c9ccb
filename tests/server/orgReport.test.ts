import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectAs, joinByInvite, type Admission, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

/** The example's take-home item that Feinkost Hansen keeps to itself. */
const HANSEN_INTERNAL = "Prüfen, ob die Marge der Eilaufträge die Reserve trägt";
/** An observation a Hansen person made at Lindner's site. */
const HANSEN_OBSERVATION = "Eilaufträge stehen sichtbar auf der Plantafel";

describe.each(storageTargets())("the report per organisation over HTTP (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let clients: ProtocolClient[];

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target, undefined, { httpRequestsPerMinute: 10_000 });
    clients = [];
  });

  afterEach(async () => {
    for (const client of clients) client.disconnect();
    await server.close();
    await target.cleanup();
  });

  const get = (path: string, token: string): Promise<Response> =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  /** The example series, its facilitator connected, the peer visit and the organisations by name. */
  async function example() {
    const response = await fetch(`${server.url}/api/demo`, { method: "POST" });
    expect(response.status).toBe(201);
    const katrin = (await response.json()) as Admission;
    const facilitator = await connectAs(server.url, katrin);
    clients.push(facilitator);
    const sessions = Object.values(facilitator.state.sessions);
    const visit = sessions.find((s) => s.kind === "peer_visit")?.id ?? "";
    const internal = sessions.find((s) => s.kind === "internal")?.id ?? "";
    const orgs = Object.values(facilitator.state.orgs);
    const orgId = (name: string) => orgs.find((o) => o.name.includes(name))?.id ?? "";
    const member = async (name: string, org: string): Promise<Admission> => {
      const reply = await facilitator.access({ action: "createInvite", role: "participant", orgId: orgId(org) });
      if (!reply.ok || !reply.created) throw new Error("invite refused");
      return joinByInvite(server.url, reply.created.token, { name });
    };
    const reports = `/api/series/${katrin.seriesId}/reports`;
    return { katrin, seriesName: facilitator.state.name, visit, internal, orgs, orgId, member, reports };
  }

  it("gives a participant their own organisation's report only, and a facilitator every one", async () => {
    const { katrin, visit, internal, orgId, member, reports } = await example();
    const hansen = orgId("Hansen");
    const lindner = orgId("Lindner");
    const paula = await member("Paula", "Hansen");
    const lars = await member("Lars", "Lindner");
    const cases: [string, string, string, number][] = [
      ["Paula (Hansen) reads Hansen's", paula.token, `${visit}/${hansen}.md`, 200],
      ["Paula (Hansen) is refused Lindner's", paula.token, `${visit}/${lindner}.md`, 403],
      ["Lars (Lindner) is refused Hansen's", lars.token, `${visit}/${hansen}.md`, 403],
      ["Lars (Lindner) reads Lindner's", lars.token, `${visit}/${lindner}.md`, 200],
      ["Paula is refused the zip", paula.token, `${visit}.zip`, 403],
      ["the facilitator reads Hansen's", katrin.token, `${visit}/${hansen}.md`, 200],
      ["the facilitator reads Lindner's", katrin.token, `${visit}/${lindner}.md`, 200],
      ["no report of an internal review", katrin.token, `${internal}/${hansen}.md`, 404],
      ["no report of an unknown organisation", katrin.token, `${visit}/org-unknown.md`, 404],
      ["no zip of an internal review", katrin.token, `${internal}.zip`, 404],
      ["a language it does not speak", paula.token, `${visit}/${hansen}.md?lang=fr`, 400],
    ];
    const seen: [string, number][] = [];
    for (const [label, token, path] of cases) seen.push([label, (await get(`${reports}/${path}`, token)).status]);
    expect(seen).toEqual(cases.map(([label, , , status]) => [label, status]));

    const own = await get(`${reports}/${visit}/${hansen}.md`, paula.token);
    expect(own.headers.get("content-type")).toMatch(/^text\/markdown; charset=utf-8/);
    expect(own.headers.get("content-disposition")).toMatch(/^attachment; filename="einklang-.*\.md"$/);
    const text = await own.text();
    expect(text).toMatch(/^# Bericht für Feinkost Hansen/);
    expect(text).toContain(HANSEN_INTERNAL);
    expect(text).toContain(HANSEN_OBSERVATION);
    const refused = await get(`${reports}/${visit}/${hansen}.md`, lars.token);
    expect(await refused.text()).not.toContain(HANSEN_INTERNAL);
    // The host's report lists what Hansen's people saw at its stations, never what Hansen keeps to itself.
    const host = await (await get(`${reports}/${visit}/${lindner}.md?lang=en`, lars.token)).text();
    expect(host).toMatch(/^# Report for Hofmolkerei Lindner/);
    expect(host).toContain(HANSEN_OBSERVATION);
    expect(host).not.toContain(HANSEN_INTERNAL);
  });

  it("zips one Markdown file per organisation for the facilitator, each parsed back", async () => {
    const { katrin, seriesName, visit, orgs, reports } = await example();
    const response = await get(`${reports}/${visit}.zip?lang=en`, katrin.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="einklang-.*-reports\.zip"$/);
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const titles = Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes).split("\n")[0]]);
    expect(titles).toEqual(
      [...orgs]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((org) => [
          expect.stringMatching(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/),
          `# Report for ${org.name}: ${seriesName}`,
        ]),
    );
    // The moderator belongs to no organisation: nobody's internal items are in any file.
    for (const bytes of Object.values(entries)) expect(strFromU8(bytes)).not.toContain(HANSEN_INTERNAL);
  });
});
