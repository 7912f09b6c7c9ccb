import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import type { SeriesEvent } from "@common/domain/apply.js";
import { timerRemainingMs } from "@common/domain/rules/timer.js";
import { connectAs, openSeries, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

/** Everything a client received over its socket, as one string (what a curious participant could read). */
function traffic(client: ProtocolClient): string {
  return JSON.stringify(client.frames);
}

function eventsOf(client: ProtocolClient): SeriesEvent[] {
  return client.frames.flatMap((f) => f.events);
}

async function ok(client: ProtocolClient, command: Parameters<ProtocolClient["send"]>[0]): Promise<number> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`${command.type} refused: ${reply.error.message}`);
  return reply.seq;
}

async function settle(clients: ProtocolClient[], seq: number): Promise<void> {
  await Promise.all(clients.map((c) => c.waitForSeq(seq)));
}

describe.each(storageTargets())("secrecy on the raw socket traffic (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let everyone: ProtocolClient[];
  let moderator: ProtocolClient;
  let anna: ProtocolClient; // Feinkost Hansen, Sales
  let alex: ProtocolClient; // Feinkost Hansen, Operations
  let bernd: ProtocolClient; // Hofmolkerei Lindner, Operations
  let olga: ProtocolClient; // observer of Feinkost Hansen
  let projector: ProtocolClient;
  let sessionId: string;
  let hansen: string;
  let url: string;

  beforeEach(async () => {
    target = await makeTarget();
    server = await startTestServer(target);
    url = server.url;
    const series = await openSeries(url);
    moderator = series.facilitator;
    anna = await series.join("participant", { name: "Anna", newOrgName: "Feinkost Hansen", function: "sales" });
    hansen = anna.state.people[anna.personId]?.orgId ?? "";
    alex = await series.join("participant", { name: "Alex", orgId: hansen, function: "operations" });
    bernd = await series.join("participant", {
      name: "Bernd",
      newOrgName: "Hofmolkerei Lindner",
      function: "operations",
    });
    olga = await series.join("observer", { name: "Olga", orgId: hansen, function: "management" });
    projector = await connectAs(url, series.admission, "public");
    // They picked Hansen on the open link: a member vouches for them.
    await ok(anna, { type: "person.confirm", personId: alex.personId });
    await ok(anna, { type: "person.confirm", personId: olga.personId });
    everyone = [moderator, anna, alex, bernd, olga, projector];
    sessionId = nanoid();
    await ok(moderator, { type: "session.add", sessionId, values: { date: "2026-11-23", kind: "workshop" } });
    const seq = await ok(moderator, { type: "session.phase", sessionId, phase: "cases" });
    await settle(everyone, seq);
    for (const c of everyone) c.frames.length = 0;
  });

  afterEach(async () => {
    for (const c of everyone) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  it("keeps every ballot secret until the reveal, then shows totals only", async () => {
    const [first, second] = [nanoid(), nanoid()];
    await ok(moderator, { type: "case.add", caseId: first, values: { title: "Eilauftrag", sessionId } });
    await ok(moderator, { type: "case.add", caseId: second, values: { title: "Reklamation", sessionId } });
    await ok(moderator, { type: "vote.open", sessionId, target: "cases", dotsPerPerson: 3, stacking: true });
    await ok(anna, { type: "vote.cast", itemId: first, delta: 1 });
    await ok(anna, { type: "vote.cast", itemId: first, delta: 1 });
    const last = await ok(bernd, { type: "vote.cast", itemId: second, delta: 1 });
    await settle(everyone, last);

    for (const client of everyone) {
      const casts = eventsOf(client).filter((e) => e.command.type === "vote.cast");
      expect(casts.every((e) => e.actorId === client.personId)).toBe(true);
      expect(Object.keys(client.state.votes)).toEqual(client === anna || client === bernd ? [client.personId] : []);
      expect(client.state.room.voting?.totals ?? null).toBeNull();
      // How many have voted is no secret; who put a dot where is.
      expect(client.state.room.voting?.voters).toBe(2);
    }
    expect(anna.state.votes[anna.personId]).toEqual({ [first]: 2 });
    expect(traffic(bernd)).not.toContain(anna.personId);
    const late = await connectAs(url, { seriesId: bernd.seriesId, personId: bernd.personId, token: bernd.token });
    everyone.push(late);
    expect(late.state.votes).toEqual({ [bernd.personId]: { [second]: 1 } });

    const revealed = await ok(moderator, { type: "vote.reveal" });
    await settle(everyone, revealed);
    for (const client of everyone) {
      expect(client.state.room.voting).toMatchObject({ state: "revealed", totals: { [first]: 2, [second]: 1 } });
      expect(Object.keys(client.state.votes).every((id) => id === client.personId)).toBe(true);
    }
  });

  it("refuses a reveal that brings its own totals", async () => {
    await ok(moderator, { type: "vote.open", sessionId, target: "cases", dotsPerPerson: 3, stacking: false });
    const forged = await moderator.send({ type: "vote.reveal", totals: { "case-forged-1": 99 } });
    expect(forged).toMatchObject({ ok: false });
  });

  it("sends nobody the author of an anonymous note, and side and organisation only where so set", async () => {
    const caseId = nanoid();
    await ok(moderator, { type: "case.add", caseId, values: { title: "Liefertermin", sessionId } });
    await ok(moderator, { type: "session.anonymity", sessionId, phase: "cases", mode: "anonymous" });
    const noteId = nanoid();
    await ok(anna, { type: "case.note.add", caseId, list: "went_wrong", noteId, text: "Zusage ohne Rückfrage" });
    await ok(moderator, { type: "session.anonymity", sessionId, phase: "cases", mode: "side" });
    const mirrorId = nanoid();
    const last = await ok(alex, {
      type: "case.mirror.add",
      caseId,
      mirrorId,
      ofSide: "sales",
      text: "Ihr braucht Zusagen",
    });
    await settle(everyone, last);

    for (const client of [moderator, bernd, olga, projector]) {
      expect(traffic(client)).not.toContain(anna.personId);
      expect(traffic(client)).not.toContain(alex.personId);
      const note = client.state.cases[caseId]?.wentWrong.find((n) => n.id === noteId);
      expect(note).toMatchObject({ text: "Zusage ohne Rückfrage", by: "", authorSide: null, authorOrgId: null });
      const mirror = client.state.cases[caseId]?.mirrors.find((m) => m.id === mirrorId);
      expect(mirror).toMatchObject({ by: "", authorSide: "operations", authorOrgId: hansen });
    }
    // Taking the statement back names its author no more than writing it did.
    await settle(everyone, await ok(alex, { type: "case.mirror.remove", caseId, mirrorId }));
    for (const client of [moderator, bernd, olga, projector]) {
      expect(traffic(client)).not.toContain(alex.personId);
      expect(client.state.cases[caseId]?.mirrors).toEqual([]);
    }
    expect(anna.state.cases[caseId]?.wentWrong[0]?.by).toBe(anna.personId);
    const late = await connectAs(url, { seriesId: bernd.seriesId, personId: bernd.personId, token: bernd.token });
    everyone.push(late);
    expect(JSON.stringify(late.state.cases[caseId])).not.toContain(anna.personId);
    expect(late.state.cases[caseId]?.wentWrong[0]?.by).toBe("");
  });

  it("never sends an internal case to other organisations, observers or the projector", async () => {
    const caseId = nanoid();
    const secret = "Marge Edeka Nord minus 4 %";
    const added = await ok(anna, {
      type: "case.add",
      caseId,
      values: { title: secret, customer: "Edeka Nord", orgId: hansen, internalTo: hansen },
    });
    await settle(everyone, added);
    expect(alex.state.cases[caseId]?.title).toBe(secret);
    const outsiders = [moderator, bernd, olga, projector];
    for (const client of outsiders) {
      expect(client.state.cases[caseId]).toBeUndefined();
      expect(traffic(client)).not.toContain(caseId);
      expect(traffic(client)).not.toContain("Edeka");
    }
    expect(await bernd.send({ type: "case.update", caseId, changes: { title: "x" } })).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    const fresh = await connectAs(url, { seriesId: bernd.seriesId, personId: bernd.personId, token: bernd.token });
    everyone.push(fresh);
    expect(JSON.stringify(fresh.state)).not.toContain(caseId);

    const shared = await ok(anna, { type: "item.visibility", kind: "case", itemId: caseId, internalTo: null });
    await settle(everyone, shared);
    await expect.poll(() => bernd.state.cases[caseId]?.title).toBe(secret);
    await expect.poll(() => projector.state.cases[caseId]?.title).toBe(secret);

    const internal = await ok(anna, { type: "item.visibility", kind: "case", itemId: caseId, internalTo: hansen });
    await settle(everyone, internal);
    await expect.poll(() => bernd.state.cases[caseId]).toBeUndefined();
    await expect.poll(() => olga.state.cases[caseId]).toBeUndefined();
    expect(alex.state.cases[caseId]?.title).toBe(secret);
  });

  it("shows the same timer to everyone, also after a late join or a reconnect", async () => {
    await ok(moderator, { type: "timer.set", durationMs: 300_000, signal: true });
    const started = await ok(moderator, { type: "timer.start" });
    await settle(everyone, started);
    const timer = moderator.state.room.timer;
    expect(timer?.endsAt).not.toBeNull();
    bernd.disconnect();
    const back = await bernd.connect();
    const late = await connectAs(url, { seriesId: alex.seriesId, personId: alex.personId, token: alex.token });
    everyone.push(late);
    for (const client of [...everyone, bernd]) expect(client.state.room.timer).toEqual(timer);
    expect(back.ok).toBe(true);
    if (!back.ok || !timer) return;
    const left = timerRemainingMs(timer, back.serverNow);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(300_000);
    const paused = await ok(moderator, { type: "timer.pause" });
    await settle(everyone, paused);
    const stopped = moderator.state.room.timer;
    expect(stopped?.endsAt).toBeNull();
    for (const client of everyone) expect(client.state.room.timer).toEqual(stopped);
  });

  it("keeps ids of internal items out of everyone else's presence, and hides focus and typing where notes are anonymous", async () => {
    const caseId = nanoid();
    const added = await ok(anna, {
      type: "case.add",
      caseId,
      values: { title: "Kalkulation", orgId: hansen, internalTo: hansen },
    });
    await settle(everyone, added);
    anna.socket.emit("presence", { focus: caseId, typing: caseId });
    await expect.poll(() => alex.online.find((o) => o.personId === anna.personId)?.typing).toBe(caseId);
    for (const client of [moderator, bernd, olga, projector]) {
      await expect.poll(() => client.online.some((o) => o.personId === anna.personId)).toBe(true);
      expect(JSON.stringify(client.online)).not.toContain(caseId);
    }
    const shared = nanoid();
    await ok(moderator, { type: "case.add", caseId: shared, values: { title: "Liefertermin", sessionId } });
    const anonymous = await ok(moderator, { type: "session.anonymity", sessionId, phase: "cases", mode: "anonymous" });
    await settle(everyone, anonymous);
    // Who has a case open while its notes are anonymous is not shown either: a note appearing would name them.
    const elsewhere = nanoid();
    const others = [moderator, bernd, olga, projector];
    const focusOf = (client: ProtocolClient): string | null | undefined =>
      client.online.find((o) => o.personId === alex.personId)?.focus;
    alex.socket.emit("presence", { focus: elsewhere, typing: null });
    for (const client of others) await expect.poll(() => focusOf(client)).toBe(elsewhere);
    alex.socket.emit("presence", { focus: shared, typing: shared });
    await expect.poll(() => focusOf(alex)).toBe(shared);
    for (const client of others) await expect.poll(() => focusOf(client)).toBeNull();
    for (const client of others) expect(JSON.stringify(client.online)).not.toContain(shared);
    const named = await ok(moderator, { type: "session.anonymity", sessionId, phase: "cases", mode: "named" });
    await settle(everyone, named);
    alex.socket.emit("presence", { focus: shared, typing: null });
    await expect.poll(() => bernd.online.find((o) => o.personId === alex.personId)?.focus).toBe(shared);
  });

  it("gives outsiders the rest of a spotlight or breakout that names an internal case, and right vote counts", async () => {
    const internal = nanoid();
    const shared = nanoid();
    await ok(anna, {
      type: "case.add",
      caseId: internal,
      values: { title: "Intern", sessionId, orgId: hansen, internalTo: hansen },
    });
    await ok(moderator, { type: "case.add", caseId: shared, values: { title: "Geteilt", sessionId } });
    await ok(moderator, { type: "room.spotlight", item: { kind: "case", id: shared } });
    const spot = await ok(anna, { type: "room.spotlight", item: { kind: "case", id: internal } }).catch(() => -1);
    // Only facilitators steer the spotlight; the facilitator of no organisation cannot see it either.
    expect(spot).toBe(-1);
    const groups = [
      { groupId: nanoid(), name: "Gruppe 1", memberIds: [anna.personId, bernd.personId], caseId: shared },
      { groupId: nanoid(), name: "Gruppe 2", memberIds: [alex.personId], caseId: null },
    ];
    const started = await ok(moderator, { type: "breakout.start", sessionId, groups });
    await settle(everyone, started);
    for (const client of everyone)
      expect(client.state.room.breakout?.groups.map((g) => g.caseId)).toEqual([shared, null]);

    await ok(moderator, { type: "vote.open", sessionId, target: "cases", dotsPerPerson: 2, stacking: false });
    await ok(anna, { type: "vote.cast", itemId: internal, delta: 1 });
    const cast = await ok(bernd, { type: "vote.cast", itemId: shared, delta: 1 });
    await settle(everyone, cast);
    for (const client of everyone) expect(client.state.room.voting?.voters).toBe(2);
    const removed = await ok(anna, { type: "case.remove", caseId: internal });
    await settle(everyone, removed);
    for (const client of everyone) expect(client.state.room.voting?.voters).toBe(1);
  });

  it("lets nobody take another organisation's case over to hide it", async () => {
    const caseId = nanoid();
    const added = await ok(bernd, { type: "case.add", caseId, values: { title: "Molkerei-Fall" } });
    await settle(everyone, added);
    expect(await alex.send({ type: "case.update", caseId, changes: { orgId: hansen } })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(
      await alex.send({ type: "item.visibility", kind: "case", itemId: caseId, internalTo: hansen }),
    ).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("shows an organisation's internal items to someone who picked it on an open link only once a member confirms", async () => {
    const caseId = nanoid();
    const added = await ok(anna, {
      type: "case.add",
      caseId,
      values: { title: "Marge", orgId: hansen, internalTo: hansen },
    });
    await settle(everyone, added);
    const { joinByInvite } = await import("../support/protocolClient.js");
    const claimer = await connectAs(
      url,
      await joinByInvite(url, await moderator.invite("participant"), { name: "Mallory", orgId: hansen }),
    );
    everyone.push(claimer);
    expect(claimer.state.people[claimer.personId]).toMatchObject({ orgId: hansen, orgConfirmed: false });
    expect(JSON.stringify(claimer.state)).not.toContain(caseId);
    expect(await bernd.send({ type: "person.confirm", personId: claimer.personId })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    await ok(anna, { type: "person.confirm", personId: claimer.personId });
    await expect.poll(() => claimer.state.cases[caseId]?.title).toBe("Marge");

    const bound = await moderator.access({ action: "createInvite", role: "participant", orgId: hansen });
    const token = bound.ok ? bound.created?.token : undefined;
    const member = await connectAs(
      url,
      await joinByInvite(url, token ?? "", { name: "Hanna", newOrgName: "Andere GmbH" }),
    );
    everyone.push(member);
    expect(member.state.people[member.personId]).toMatchObject({ orgId: hansen, orgConfirmed: true });
    expect(member.state.cases[caseId]?.title).toBe("Marge");
  });

  it("answers a command about another organisation's internal item exactly like one about a missing item", async () => {
    const internal = nanoid();
    const added = await ok(anna, {
      type: "case.add",
      caseId: internal,
      values: { title: "Intern", sessionId, orgId: hansen, internalTo: hansen },
    });
    await ok(moderator, { type: "vote.open", sessionId, target: "cases", dotsPerPerson: 2, stacking: false });
    await settle(everyone, added);
    const missing = nanoid();
    const pairs: [Parameters<ProtocolClient["send"]>[0], Parameters<ProtocolClient["send"]>[0]][] = [
      [
        { type: "vote.cast", itemId: internal, delta: 1 },
        { type: "vote.cast", itemId: missing, delta: 1 },
      ],
      [
        { type: "case.update", caseId: internal, changes: { title: "x" } },
        { type: "case.update", caseId: missing, changes: { title: "x" } },
      ],
      [
        { type: "case.note.add", caseId: internal, list: "went_well", noteId: nanoid(), text: "x" },
        { type: "case.note.add", caseId: missing, list: "went_well", noteId: nanoid(), text: "x" },
      ],
    ];
    for (const [aboutHidden, aboutMissing] of pairs) {
      expect(await bernd.send(aboutHidden)).toEqual(await bernd.send(aboutMissing));
    }
  });
});
