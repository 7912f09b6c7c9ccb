import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "@common/protocol.js";
import { hashToken } from "../../server/access/tokens.js";
import { connectAs, createSeries, joinByInvite, openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { tryConnect, waitForDisconnect } from "../support/handshake.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

describe.each(storageTargets())("access: invite links and device tokens (%s)", (_kind, makeTarget) => {
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

  it("makes the creator a facilitator and admits nobody without a live device token", async () => {
    const admission = await createSeries(server.url);
    const anna = await connectAs(server.url, admission);
    clients.push(anna);
    expect(anna.state.people[admission.personId]?.role).toBe("facilitator");
    expect(await tryConnect(server.url, {})).toBe("unauthorized");
    expect(await tryConnect(server.url, { token: "ekd_AAAAAAAAAAAAAAAAAAAAAA" })).toBe("unauthorized");
    expect(await tryConnect(server.url, { token: 42 })).toBe("unauthorized");
    const invite = await anna.invite("participant");
    // An invite link is not a device token: it only admits through the join page.
    expect(await tryConnect(server.url, { token: invite })).toBe("unauthorized");
    expect(await tryConnect(server.url, { token: admission.token })).toBe("connected");
  });

  it("joins through an invite with the invite's role, an existing or a new organisation", async () => {
    const { facilitator, join } = await openSeries(server.url);
    clients.push(facilitator);
    const bernd = await join("participant", {
      name: "Bernd",
      newOrgName: "Hofmolkerei Lindner",
      function: "operations",
    });
    const orgId = bernd.state.people[bernd.personId]?.orgId ?? null;
    expect(orgId).not.toBeNull();
    expect(orgId === null ? undefined : bernd.state.orgs[orgId]?.name).toBe("Hofmolkerei Lindner");
    const carla = await join("observer", { name: "Carla", orgId });
    clients.push(bernd, carla);
    expect(carla.state.people[carla.personId]).toMatchObject({ role: "observer", orgId, name: "Carla" });
    const preview = await fetch(`${server.url}/api/invites/preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: await facilitator.invite("observer") }),
    });
    expect(await preview.json()).toMatchObject({
      role: "observer",
      orgs: [{ id: orgId, name: "Hofmolkerei Lindner" }],
    });
  });

  it("revoking a link cuts its people off at once and refuses the link and their reconnects", async () => {
    const { facilitator } = await openSeries(server.url);
    clients.push(facilitator);
    const link = await facilitator.invite("participant");
    const bernd = await connectAs(server.url, await joinByInvite(server.url, link, { name: "Bernd" }));
    clients.push(bernd);
    const listed = await facilitator.access({ action: "invites" });
    const invite = listed.ok ? listed.invites.find((i) => i.joined === 1) : undefined;
    expect(invite).toMatchObject({ role: "participant", revokedAt: null, joined: 1 });
    const cut = waitForDisconnect(bernd);
    const revoked = await facilitator.access({ action: "revokeInvite", inviteId: invite?.id ?? "" });
    expect(revoked.ok && revoked.invites.find((i) => i.id === invite?.id)?.revokedAt).toBeTruthy();
    await cut;
    expect(await tryConnect(server.url, { token: bernd.token })).toBe("unauthorized");
    await expect(joinByInvite(server.url, link, { name: "Bernd again" })).rejects.toThrow(/403/);
    expect(facilitator.socket.connected).toBe(true);
  });

  it("revoking a person cuts all their connections; only facilitators manage access", async () => {
    const { facilitator, join } = await openSeries(server.url);
    const bernd = await join("participant", { name: "Bernd" });
    clients.push(facilitator, bernd);
    expect(await bernd.access({ action: "createInvite", role: "facilitator" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await bernd.access({ action: "invites" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const cut = waitForDisconnect(bernd);
    expect(await facilitator.access({ action: "revokePerson", personId: bernd.personId })).toMatchObject({ ok: true });
    await cut;
    expect(await tryConnect(server.url, { token: bernd.token })).toBe("unauthorized");
  });

  it("refuses to revoke someone who is not in the series, and changes nothing", async () => {
    const { facilitator, join } = await openSeries(server.url);
    const bernd = await join("participant", { name: "Bernd" });
    clients.push(facilitator, bernd);
    const before = await facilitator.access({ action: "invites" });
    for (const [personId, code] of [
      ["person-nobody-01", "not_found"],
      ["__proto__", "invalid_message"],
    ]) {
      expect(await facilitator.access({ action: "revokePerson", personId: personId ?? "" })).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    expect(await facilitator.access({ action: "invites" })).toEqual(before);
    expect(await tryConnect(server.url, { token: bernd.token })).toBe("connected");
    expect(bernd.socket.connected).toBe(true);
  });

  it("stores tokens only as hashes", async () => {
    const admission = await createSeries(server.url);
    const anna = await connectAs(server.url, admission);
    clients.push(anna);
    const invite = await anna.invite("participant");
    expect(invite).toMatch(/^ekp_[A-Za-z0-9_-]{22}$/);
    expect(admission.token).toMatch(/^ekd_[A-Za-z0-9_-]{22}$/);
    expect(await server.storage.access.inviteByHash(invite)).toBeNull();
    expect(await server.storage.access.inviteByHash(hashToken(invite))).toMatchObject({ role: "participant" });
    expect(await server.storage.access.deviceByHash(hashToken(admission.token))).toMatchObject({
      personId: admission.personId,
    });
  });

  it("refuses a hello for another series than the token's", async () => {
    const first = await createSeries(server.url);
    const second = await createSeries(server.url);
    const anna = await connectAs(server.url, first);
    clients.push(anna);
    const reply = await anna.sendRaw("hello", { v: PROTOCOL_VERSION, seriesId: second.seriesId, lastSeq: 0 });
    expect(reply).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("revoking a facilitator also revokes the links they made", async () => {
    const { facilitator, join } = await openSeries(server.url);
    const cofacilitator = await join("facilitator", { name: "Co" });
    clients.push(facilitator, cofacilitator);
    const link = await cofacilitator.invite("participant");
    expect(await facilitator.access({ action: "revokePerson", personId: cofacilitator.personId })).toMatchObject({
      ok: true,
    });
    await expect(joinByInvite(server.url, link, { name: "Rogue" })).rejects.toThrow(/403/);
  });

  it("binds a link to an organisation: who joins through it belongs there", async () => {
    const { facilitator, join } = await openSeries(server.url);
    const anna = await join("participant", { name: "Anna", newOrgName: "Feinkost Hansen" });
    clients.push(facilitator, anna);
    const hansen = anna.state.people[anna.personId]?.orgId ?? "";
    const reply = await facilitator.access({ action: "createInvite", role: "observer", orgId: hansen });
    expect(reply.ok && reply.invites.find((i) => i.id === reply.created?.inviteId)?.orgId).toBe(hansen);
    const token = reply.ok ? (reply.created?.token ?? "") : "";
    const preview = await fetch(`${server.url}/api/invites/preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    expect(await preview.json()).toMatchObject({ role: "observer", orgId: hansen });
    const guest = await connectAs(server.url, await joinByInvite(server.url, token, { name: "Gast", orgId: null }));
    clients.push(guest);
    expect(guest.state.people[guest.personId]).toMatchObject({ orgId: hansen, orgConfirmed: true, role: "observer" });
    expect(
      await facilitator.access({ action: "createInvite", role: "participant", orgId: "org-missing-1" }),
    ).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });
});
