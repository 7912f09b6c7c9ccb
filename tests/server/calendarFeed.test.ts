import ical, { type VEvent } from "node-ical";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays } from "@common/demo/dates.js";
import { personNamed } from "../support/mailWorld.js";
import { connectAs, type Admission, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

const SECRET = "GEHEIM: Hansen-Marge auf Biomarkt-Muster";
const CLAUDIAS = "Lieferfenster für Lindner abstimmen";

interface FeedCreated {
  feed: { createdAt: string; path: string };
}

function eventsOf(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
}

describe.each(storageTargets())("calendar feed (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
    // Mail is not set up on this server: the calendar feed works without it.
    server = await startTestServer(target);
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  function api(path: string, token: string, method = "GET"): Promise<Response> {
    return fetch(`${server.url}/api/series${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  }

  async function connected(admission: Admission): Promise<ProtocolClient> {
    const client = await connectAs(server.url, admission);
    clients.push(client);
    return client;
  }

  async function example(): Promise<{ katrin: ProtocolClient; admission: Admission }> {
    const response = await fetch(`${server.url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const admission = (await response.json()) as Admission;
    return { katrin: await connected(admission), admission };
  }

  async function ownDevice(facilitator: ProtocolClient, personId: string): Promise<Admission> {
    const reply = await facilitator.access({ action: "personalLink", personId });
    const token = reply.ok ? reply.personalLink?.token : undefined;
    const response = await fetch(`${server.url}/api/devices/claim`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    return (await response.json()) as Admission;
  }

  async function createFeed(admission: Admission): Promise<string> {
    const response = await api(`/${admission.seriesId}/calendar/feed`, admission.token, "POST");
    expect(response.status).toBe(201);
    const { feed } = (await response.json()) as FeedCreated;
    expect(feed.path).toMatch(/^\/calendar\/ekc_[A-Za-z0-9_-]{22}\.ics$/);
    return `${server.url}${feed.path}`;
  }

  it("serves a person's due dates and the series' sessions, only what they may see, with caching headers", async () => {
    const { katrin } = await example();
    const today = new Date().toISOString().slice(0, 10);
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const claudia = personNamed(katrin.state, "Claudia Lindner");
    const hansen = Object.values(katrin.state.orgs).find((o) => o.name.includes("Hansen"))?.id ?? "";
    const jensAdmission = await ownDevice(katrin, jens);
    const claudiaAdmission = await ownDevice(katrin, claudia);
    const jensClient = await connected(jensAdmission);
    const claudiaClient = await connected(claudiaAdmission);
    // An agreement internal to Feinkost Hansen, Claudia among its owners, and one of Claudia's own.
    const internal = await jensClient.send({
      type: "agreement.add",
      agreementId: "agreement-secret",
      values: { text: SECRET, due: addDays(today, 10), ownerIds: [jens, claudia], internalTo: hansen },
    });
    expect(internal).toMatchObject({ ok: true });
    const own = await claudiaClient.send({
      type: "agreement.add",
      agreementId: "agreement-claudia",
      values: { text: CLAUDIAS, due: addDays(today, 12), ownerIds: [claudia] },
    });
    expect(own).toMatchObject({ ok: true });
    const cancelled = await katrin.send({
      type: "session.add",
      sessionId: "session-called-off",
      values: { date: addDays(today, 30), startTime: "09:00", cancelled: true },
    });
    expect(cancelled).toMatchObject({ ok: true });

    const claudiaFeed = await createFeed(claudiaAdmission);
    const status = await api(`/${claudiaAdmission.seriesId}/calendar/feed`, claudiaAdmission.token);
    expect(((await status.json()) as { feed: { createdAt: string } | null }).feed).toEqual({
      createdAt: expect.any(String),
    });
    const response = await fetch(`${claudiaFeed}?lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=900");
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const ics = await response.text();
    expect(ics).not.toContain("GEHEIM");
    const events = eventsOf(ics);
    const agreementIds = events
      .map((e) => /^agreement-(.+)\.[^.]+@einklang$/.exec(e.uid)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(agreementIds).toContain("agreement-claudia");
    // Only agreements Claudia owns, and all of them visible to her.
    for (const id of agreementIds) expect(claudiaClient.state.agreements[id]?.ownerIds).toContain(claudia);
    expect(events.find((e) => e.uid.startsWith("agreement-agreement-claudia."))?.datetype).toBe("date");
    const calledOff = events.find((e) => e.uid.startsWith("session-session-called-off."));
    expect(calledOff?.status).toBe("CANCELLED");
    expect(calledOff?.datetype).toBe("date-time");
    expect(events.some((e) => e.uid.startsWith("session-") && e.status !== "CANCELLED")).toBe(true);

    // Unchanged dates: a calendar that asks again with the tag gets "not modified".
    const again = await fetch(`${claudiaFeed}?lang=en`, { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);

    // Jens, of Feinkost Hansen, sees the internal agreement in his feed.
    const jensIcs = await (await fetch(await createFeed(jensAdmission))).text();
    expect(eventsOf(jensIcs).some((e) => String(e.summary).includes(SECRET))).toBe(true);
  });

  it("opens with its own token only: a device token is no feed, a feed token no device; renewed, revoked or its person revoked, it is gone", async () => {
    const { katrin, admission } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const jensAdmission = await ownDevice(katrin, jens);
    const feed = await createFeed(jensAdmission);
    const feedToken = /\/calendar\/(ekc_[^.]+)\.ics$/.exec(feed)?.[1] ?? "";

    const answers = async (urls: Record<string, string>) =>
      Object.fromEntries(await Promise.all(Object.entries(urls).map(async ([k, u]) => [k, (await fetch(u)).status])));
    expect(
      await answers({
        feed,
        deviceAsFeed: `${server.url}/calendar/${jensAdmission.token}.ics`,
        malformed: `${server.url}/calendar/ekc_short.ics`,
        unknown: `${server.url}/calendar/ekc_AAAAAAAAAAAAAAAAAAAAAA.ics`,
        badLanguage: `${feed}?lang=fr`,
      }),
    ).toEqual({ feed: 200, deviceAsFeed: 404, malformed: 404, unknown: 404, badLanguage: 400 });
    expect((await api(`/${admission.seriesId}/mail/contact`, feedToken)).status).toBe(401);
    await expect(connectAs(server.url, { ...jensAdmission, token: feedToken })).rejects.toThrow();

    // Renewing makes a new address and ends the old one.
    const renewed = await createFeed(jensAdmission);
    expect(await answers({ feed, renewed })).toEqual({ feed: 410, renewed: 200 });
    expect((await api(`/${admission.seriesId}/calendar/feed`, jensAdmission.token, "DELETE")).status).toBe(204);
    expect((await api(`/${admission.seriesId}/calendar/feed`, jensAdmission.token, "DELETE")).status).toBe(404);
    expect(await answers({ renewed })).toEqual({ renewed: 410 });

    // A revoked person's feed ends with their devices.
    const latest = await createFeed(jensAdmission);
    expect((await fetch(latest)).status).toBe(200);
    expect(await katrin.access({ action: "revokePerson", personId: jens })).toMatchObject({ ok: true });
    expect((await fetch(latest)).status).toBe(410);
  });
});
