import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nanoid } from "nanoid";
import { CLIENT_COMMAND_TYPES, type ClientCommand, type ClientCommandType } from "@common/domain/commands.js";
import { ProtocolClient, openSeries } from "../support/protocolClient.js";
import { SAMPLE_SCHEDULE } from "../common/samples.js";
import { startTestServer } from "../support/server.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

/** What only a facilitator may do: the spec this matrix holds the server to. */
const FACILITATOR_ONLY = new Set<string>([
  "series.rename",
  "series.schedule",
  "org.add",
  "org.update",
  "org.remove",
  "interests.starter",
  "session.add",
  "session.update",
  "session.phase",
  "session.close",
  "session.reopen",
  "session.anonymity",
  "person.role",
  "facilitation.handover",
  "room.spotlight",
  "room.lock",
  "timer.set",
  "timer.start",
  "timer.pause",
  "timer.add",
  "timer.reset",
  "timer.clear",
  "vote.open",
  "vote.reveal",
  "vote.close",
  "breakout.start",
  "breakout.end",
  "agenda.add",
  "agenda.update",
  "agenda.move",
  "agenda.remove",
  "agenda.step",
  "station.step",
  "template.choose",
  "template.save",
  "template.apply",
]);

/** What a guest (an observer) may send: an observation card of their own, nothing else (their attendance aside). */
const GUEST_WRITES = new Set<string>(["observation.add"]);

type Role = "facilitator" | "participant" | "observer" | "unjoined";
const ROLES: Role[] = ["observer", "unjoined", "participant", "facilitator"];

interface Room {
  f: ProtocolClient;
  p: ProtocolClient;
  q: ProtocolClient;
  session: string;
  org: string;
  /** A peer visit hosted by the participants' organisation, and one where it visits another. */
  visit: string;
  away: string;
}

/** Makes what a command needs (as the facilitator) and returns the command `actor` will send. */
type Build = (room: Room, actor: ProtocolClient) => Promise<ClientCommand>;

const id = (): string => nanoid(12);

async function must(client: ProtocolClient, command: ClientCommand): Promise<void> {
  const reply = await client.send(command);
  if (!reply.ok) throw new Error(`prep ${command.type}: ${reply.error.message}`);
}

async function aCase(r: Room): Promise<string> {
  const caseId = id();
  await must(r.f, { type: "case.add", caseId, values: { title: "Fall", sessionId: r.session } });
  return caseId;
}

async function aGoal(r: Room): Promise<string> {
  const goalId = id();
  await must(r.f, { type: "goal.add", goalId, values: { title: "OTIF 95 %" } });
  return goalId;
}

async function anAgreement(r: Room, ownerIds: string[] = []): Promise<string> {
  const agreementId = id();
  await must(r.f, { type: "agreement.add", agreementId, values: { text: "Rücksprache", ownerIds } });
  return agreementId;
}

async function anInterest(r: Room, side: "sales" | "operations"): Promise<string> {
  const interestId = id();
  await must(r.f, { type: "interest.add", interestId, side, label: `Interesse ${interestId}` });
  return interestId;
}

/** An agreement made in a closed earlier session, due for review in a new open one. */
async function dueForReview(r: Room): Promise<{ sessionId: string; agreementId: string; goalId: string }> {
  const [earlier, later, agreementId] = [id(), id(), id()];
  const goalId = await aGoal(r);
  await must(r.f, { type: "session.add", sessionId: earlier, values: { date: "2026-01-05" } });
  await must(r.f, { type: "agreement.add", agreementId, values: { text: "A", sessionId: earlier, goalIds: [goalId] } });
  await must(r.f, { type: "session.close", sessionId: earlier, confirmUndecided: true });
  await must(r.f, { type: "session.add", sessionId: later, values: { date: "2026-02-05" } });
  return { sessionId: later, agreementId, goalId };
}

async function withTimer(r: Room, running: boolean): Promise<void> {
  await must(r.f, { type: "timer.set", durationMs: 60_000, signal: false });
  if (running) await must(r.f, { type: "timer.start" });
}

async function openVote(r: Room): Promise<void> {
  await must(r.f, { type: "vote.open", sessionId: r.session, target: "cases", dotsPerPerson: 3, stacking: true });
}

const other = (r: Room, actor: ProtocolClient): ProtocolClient => (actor === r.f ? r.p : r.f);

const builders: Record<ClientCommandType, Build> = {
  "series.rename": async () => ({ type: "series.rename", name: "Neuer Name" }),
  "series.schedule": async () => ({ type: "series.schedule", schedule: SAMPLE_SCHEDULE }),
  "person.update": async (_r, a) => ({ type: "person.update", personId: a.personId, changes: { name: "Neu" } }),
  "org.add": async () => ({ type: "org.add", orgId: id(), name: "Firma" }),
  "org.update": async (r) => {
    const orgId = id();
    await must(r.f, { type: "org.add", orgId, name: "Firma" });
    return { type: "org.update", orgId, changes: { name: "Firma 2" } };
  },
  "org.remove": async (r) => {
    const orgId = id();
    await must(r.f, { type: "org.add", orgId, name: "Firma" });
    return { type: "org.remove", orgId };
  },
  "goal.add": async () => ({ type: "goal.add", goalId: id(), values: { title: "Ziel" } }),
  "goal.update": async (r) => ({ type: "goal.update", goalId: await aGoal(r), changes: { title: "Ziel 2" } }),
  "goal.remove": async (r) => {
    // A goal of the participant's own organisation: theirs to remove too.
    const goalId = id();
    await must(r.f, { type: "goal.add", goalId, values: { title: "Ziel", orgId: r.org } });
    return { type: "goal.remove", goalId };
  },
  "interest.add": async () => ({ type: "interest.add", interestId: id(), side: "sales", label: `I ${id()}` }),
  "interest.update": async (r) => ({
    type: "interest.update",
    interestId: await anInterest(r, "sales"),
    changes: { label: `J ${id()}` },
  }),
  "interest.remove": async (r) => ({ type: "interest.remove", interestId: await anInterest(r, "sales") }),
  "interests.starter": async () => ({ type: "interests.starter", decision: "skip", interests: [] }),
  "collision.add": async (r) => ({
    type: "collision.add",
    collisionId: id(),
    interestIds: [await anInterest(r, "sales"), await anInterest(r, "operations")],
  }),
  "collision.remove": async (r) => {
    const collisionId = id();
    const interestIds = [await anInterest(r, "sales"), await anInterest(r, "operations")];
    await must(r.f, { type: "collision.add", collisionId, interestIds });
    return { type: "collision.remove", collisionId };
  },
  "session.add": async () => ({ type: "session.add", sessionId: id(), values: { date: "2026-12-01" } }),
  "session.update": async (r) => ({ type: "session.update", sessionId: r.session, changes: { place: "Halle 2" } }),
  "session.phase": async (r) => ({ type: "session.phase", sessionId: r.session, phase: "cases" }),
  "session.close": async (r) => {
    const sessionId = id();
    await must(r.f, { type: "session.add", sessionId, values: { date: "2025-12-01" } });
    return { type: "session.close", sessionId, confirmUndecided: true };
  },
  "session.reopen": async (r) => {
    const sessionId = id();
    await must(r.f, { type: "session.add", sessionId, values: { date: "2025-12-01" } });
    await must(r.f, { type: "session.close", sessionId, confirmUndecided: true });
    return { type: "session.reopen", sessionId };
  },
  "session.anonymity": async (r) => ({
    type: "session.anonymity",
    sessionId: r.session,
    phase: "cases",
    mode: "named",
  }),
  "case.add": async (r) => ({ type: "case.add", caseId: id(), values: { title: "Fall", sessionId: r.session } }),
  "case.update": async (r) => ({ type: "case.update", caseId: await aCase(r), changes: { title: "Fall 2" } }),
  "case.remove": async (r) => {
    const caseId = id();
    await must(r.f, { type: "case.add", caseId, values: { title: "Fall", sessionId: r.session, orgId: r.org } });
    return { type: "case.remove", caseId };
  },
  "case.note.add": async (r) => ({
    type: "case.note.add",
    caseId: await aCase(r),
    list: "went_well",
    noteId: id(),
    text: "gut",
  }),
  "case.note.update": async (r) => {
    const [caseId, noteId] = [await aCase(r), id()];
    await must(r.f, { type: "case.note.add", caseId, list: "went_well", noteId, text: "gut" });
    return { type: "case.note.update", caseId, list: "went_well", noteId, text: "sehr gut" };
  },
  "case.note.remove": async (r) => {
    const [caseId, noteId] = [await aCase(r), id()];
    await must(r.f, { type: "case.note.add", caseId, list: "went_well", noteId, text: "gut" });
    return { type: "case.note.remove", caseId, list: "went_well", noteId };
  },
  "case.mirror.add": async (r) => ({
    type: "case.mirror.add",
    caseId: await aCase(r),
    mirrorId: id(),
    ofSide: "sales",
    text: "Ihr wollt Zusagen",
  }),
  "case.mirror.remove": async (r) => {
    const [caseId, mirrorId] = [await aCase(r), id()];
    await must(r.f, { type: "case.mirror.add", caseId, mirrorId, ofSide: "sales", text: "Ihr wollt Zusagen" });
    return { type: "case.mirror.remove", caseId, mirrorId };
  },
  "case.mirror.respond": async (r, a) => {
    const [caseId, mirrorId] = [await aCase(r), id()];
    await must(other(r, a), { type: "case.mirror.add", caseId, mirrorId, ofSide: "sales", text: "Ihr wollt Zusagen" });
    return { type: "case.mirror.respond", caseId, mirrorId, verdict: "confirmed", correction: "" };
  },
  "case.link": async (r) => ({
    type: "case.link",
    caseId: await aCase(r),
    kind: "goal",
    targetId: await aGoal(r),
    linked: true,
  }),
  "agreement.add": async () => ({ type: "agreement.add", agreementId: id(), values: { text: "Vereinbarung" } }),
  "agreement.update": async (r) => ({
    type: "agreement.update",
    agreementId: await anAgreement(r),
    changes: { text: "Neu" },
  }),
  "agreement.link": async (r) => ({
    type: "agreement.link",
    agreementId: await anAgreement(r),
    kind: "goal",
    targetId: await aGoal(r),
    linked: true,
  }),
  "agreement.status": async (r, a) => ({
    type: "agreement.status",
    agreementId: await anAgreement(r, [a.personId]),
    status: "in_progress",
    comment: "läuft",
  }),
  "agreement.remove": async (r) => ({ type: "agreement.remove", agreementId: await anAgreement(r) }),
  "item.restore": async (r) => {
    const agreementId = await anAgreement(r);
    await must(r.f, { type: "agreement.remove", agreementId });
    return { type: "item.restore", kind: "agreement", itemId: agreementId };
  },
  "review.set": async (r) => {
    const due = await dueForReview(r);
    return { type: "review.set", sessionId: due.sessionId, agreementId: due.agreementId, changes: { kept: "kept" } };
  },
  "review.fit": async (r) => {
    const due = await dueForReview(r);
    return { type: "review.fit", ...due, fit: "supports" };
  },
  "review.decide": async (r) => {
    const due = await dueForReview(r);
    return {
      type: "review.decide",
      sessionId: due.sessionId,
      agreementId: due.agreementId,
      decision: "close",
      successor: null,
    };
  },
  "item.visibility": async (r) => {
    const caseId = id();
    await must(r.f, { type: "case.add", caseId, values: { title: "Kalkulation", orgId: r.org } });
    return { type: "item.visibility", kind: "case", itemId: caseId, internalTo: r.org };
  },
  "person.confirm": async (r) => ({ type: "person.confirm", personId: r.q.personId }),
  "person.role": async (r) => ({ type: "person.role", personId: r.q.personId, role: "participant" }),
  "facilitation.handover": async (r) => ({ type: "facilitation.handover", personId: r.q.personId }),
  "room.spotlight": async (r) => ({ type: "room.spotlight", item: { kind: "case", id: await aCase(r) } }),
  "room.lock": async () => ({ type: "room.lock", scope: "board", locked: false }),
  "timer.set": async () => ({ type: "timer.set", durationMs: 120_000, signal: true }),
  "timer.start": async (r) => {
    await withTimer(r, false);
    return { type: "timer.start" };
  },
  "timer.pause": async (r) => {
    await withTimer(r, true);
    return { type: "timer.pause" };
  },
  "timer.add": async (r) => {
    await withTimer(r, true);
    return { type: "timer.add", ms: 60_000 };
  },
  "timer.reset": async (r) => {
    await withTimer(r, true);
    return { type: "timer.reset" };
  },
  "timer.clear": async (r) => {
    await withTimer(r, false);
    return { type: "timer.clear" };
  },
  "ready.set": async () => ({ type: "ready.set", ready: true }),
  "checkin.answer": async (r) => {
    const changes = { checkInQuestion: "Was erwarten Sie von heute?" };
    await must(r.f, { type: "session.update", sessionId: r.session, changes });
    return { type: "checkin.answer", sessionId: r.session, text: "Klarheit bei den Eilaufträgen" };
  },
  "attendance.set": async (r, a) => ({
    type: "attendance.set",
    sessionId: r.session,
    personId: a.personId,
    status: null,
  }),
  "vote.open": async (r) => ({
    type: "vote.open",
    sessionId: r.session,
    target: "cases",
    dotsPerPerson: 2,
    stacking: false,
  }),
  "vote.cast": async (r) => {
    const caseId = await aCase(r);
    await openVote(r);
    return { type: "vote.cast", itemId: caseId, delta: 1 };
  },
  "vote.reveal": async (r) => {
    await openVote(r);
    return { type: "vote.reveal" };
  },
  "vote.close": async (r) => {
    await openVote(r);
    await must(r.f, { type: "vote.reveal" });
    return { type: "vote.close" };
  },
  "breakout.start": async (r) => ({
    type: "breakout.start",
    sessionId: r.session,
    groups: [{ groupId: id(), name: "Gruppe 1", memberIds: [r.p.personId], caseId: null }],
  }),
  "breakout.end": async (r) => {
    await must(r.f, {
      type: "breakout.start",
      sessionId: r.session,
      groups: [{ groupId: id(), name: "Gruppe 1", memberIds: [r.q.personId], caseId: null }],
    });
    return { type: "breakout.end" };
  },
  "agenda.add": async (r) => ({
    type: "agenda.add",
    sessionId: r.session,
    itemId: id(),
    values: { title: "KPI-Check Liefertreue", timeBoxMin: 15, before: "review" },
  }),
  "agenda.update": async (r) => ({
    type: "agenda.update",
    sessionId: r.session,
    itemId: await agendaItem(r),
    changes: { timeBoxMin: 20 },
  }),
  "agenda.move": async (r) => ({
    type: "agenda.move",
    sessionId: r.session,
    itemId: await agendaItem(r),
    before: null,
    index: 0,
  }),
  "agenda.remove": async (r) => ({ type: "agenda.remove", sessionId: r.session, itemId: await agendaItem(r) }),
  "agenda.step": async (r) => ({ type: "agenda.step", sessionId: r.session, itemId: await agendaItem(r) }),
  "station.add": async (r) => ({
    type: "station.add",
    sessionId: r.visit,
    stationId: id(),
    values: { name: "Wareneingang", timeBoxMin: 20 },
  }),
  "station.update": async (r) => ({
    type: "station.update",
    sessionId: r.visit,
    stationId: await aStation(r),
    changes: { timeBoxMin: 25 },
  }),
  "station.move": async (r) => ({ type: "station.move", sessionId: r.visit, stationId: await aStation(r), index: 0 }),
  "station.remove": async (r) => ({ type: "station.remove", sessionId: r.visit, stationId: await aStation(r) }),
  "station.step": async (r) => ({ type: "station.step", sessionId: r.visit, stationId: await aStation(r) }),
  "observation.add": async (r) => ({
    type: "observation.add",
    sessionId: r.visit,
    stationId: await aStation(r),
    observationId: id(),
    kind: "notice",
    text: "Kanban-Tafel am Tor",
  }),
  // The actor's own observation (a guest is handed someone else's: only its author changes it).
  "observation.update": async (r, a) => ({
    type: "observation.update",
    sessionId: r.visit,
    observationId: await anObservation(r, a),
    changes: { text: "Kanban-Tafel direkt am Tor" },
  }),
  "observation.remove": async (r, a) => ({
    type: "observation.remove",
    sessionId: r.visit,
    observationId: await anObservation(r, a),
  }),
  "observation.case": async (r) => ({
    type: "observation.case",
    sessionId: r.visit,
    observationId: await anObservation(r, r.f),
    caseId: id(),
    title: "Kanban am Wareneingang",
    description: "",
    internalTo: null,
  }),
  "takehome.add": async (r) => ({
    type: "takehome.add",
    sessionId: r.away,
    itemId: id(),
    orgId: r.org,
    text: "Kanban-Tafel ausprobieren",
    internalTo: null,
  }),
  "takehome.update": async (r) => ({
    type: "takehome.update",
    sessionId: r.away,
    itemId: await aTakeHome(r),
    changes: { text: "Kanban-Tafel im Versand ausprobieren" },
  }),
  "takehome.remove": async (r) => ({ type: "takehome.remove", sessionId: r.away, itemId: await aTakeHome(r) }),
  "template.choose": async () => ({ type: "template.choose", template: "strategy_retreat" }),
  "template.save": async (r) => {
    await agendaItem(r);
    return { type: "template.save", sessionId: r.session };
  },
  "template.apply": async (r) => {
    const sessionId = id();
    await must(r.f, { type: "session.add", sessionId, values: { date: "2026-12-10" } });
    return {
      type: "template.apply",
      sessionId,
      items: [{ id: id(), title: "Rundgang", ownerId: null, timeBoxMin: 60, notes: "", before: "review" }],
    };
  },
};

/** A station the facilitator just added to the visit's tour. */
async function aStation(r: Room): Promise<string> {
  const stationId = id();
  await must(r.f, { type: "station.add", sessionId: r.visit, stationId, values: { name: "Versand", timeBoxMin: 15 } });
  return stationId;
}

/** An observation `author` just wrote at a new station. */
async function anObservation(r: Room, author: ProtocolClient): Promise<string> {
  const observationId = id();
  const stationId = await aStation(r);
  await must(author, {
    type: "observation.add",
    sessionId: r.visit,
    stationId,
    observationId,
    kind: "differently",
    text: "Rüstzeiten sichtbar machen",
  });
  return observationId;
}

/** An item the facilitator just put on the participants' organisation's take-home list. */
async function aTakeHome(r: Room): Promise<string> {
  const itemId = id();
  await must(r.f, { type: "takehome.add", sessionId: r.away, itemId, orgId: r.org, text: "Tafel", internalTo: null });
  return itemId;
}

/** An agenda item the facilitator just added to the room's session. */
async function agendaItem(r: Room): Promise<string> {
  const itemId = id();
  await must(r.f, {
    type: "agenda.add",
    sessionId: r.session,
    itemId,
    values: { title: "S&OP-Zahlen des Monats", timeBoxMin: 10, before: null },
  });
  return itemId;
}

function expected(role: Role, type: ClientCommandType): string {
  if (role === "unjoined") return "not_joined";
  if (role === "observer") return GUEST_WRITES.has(type) ? "ok" : "forbidden";
  if (role === "participant" && FACILITATOR_ONLY.has(type)) return "forbidden";
  return "ok";
}

describe.each(storageTargets())("authorization matrix over real sockets (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let room: Room;
  let actors: Record<Role, ProtocolClient>;
  const all: ProtocolClient[] = [];

  beforeAll(async () => {
    target = await makeTarget();
    // One facilitator socket prepares every case of the matrix at machine speed; the rate limit has its own suite.
    server = await startTestServer(target, undefined, { messagesPerSecond: 10_000 });
    const series = await openSeries(server.url);
    const f = series.facilitator;
    const p = await series.join("participant", { name: "Paula", newOrgName: "Feinkost Hansen", function: "sales" });
    const org = p.state.people[p.personId]?.orgId ?? "";
    await must(f, { type: "person.update", personId: f.personId, changes: { orgId: org, function: "operations" } });
    const q = await series.join("participant", { name: "Quirin", orgId: org, function: "operations" });
    const o = await series.join("observer", { name: "Olga", orgId: org });
    // A device that holds a valid token but never said hello.
    const unjoined = new ProtocolClient(server.url, p.seriesId, q.personId, q.token);
    unjoined.socket.connect();
    const session = id();
    await must(f, { type: "session.add", sessionId: session, values: { date: "2026-11-23" } });
    await must(f, { type: "session.phase", sessionId: session, phase: "cases" });
    const [visit, away, hostOfAway] = [id(), id(), id()];
    await must(f, { type: "org.add", orgId: hostOfAway, name: "Molkerei Berg" });
    await must(f, {
      type: "session.add",
      sessionId: visit,
      values: { date: "2026-11-24", kind: "peer_visit", hostOrgId: org },
    });
    await must(f, {
      type: "session.add",
      sessionId: away,
      values: { date: "2026-11-25", kind: "peer_visit", hostOrgId: hostOfAway },
    });
    room = { f, p, q, session, org, visit, away };
    actors = { facilitator: f, participant: p, observer: o, unjoined };
    all.push(f, p, q, o, unjoined);
  });

  afterAll(async () => {
    for (const c of all) c.disconnect();
    await server.close();
    await target.cleanup();
  });

  it("covers every client command", () => {
    expect(new Set(Object.keys(builders))).toEqual(new Set(CLIENT_COMMAND_TYPES));
  });

  it.each(CLIENT_COMMAND_TYPES.map((type) => [type]))(
    "%s: allowed roles apply it, the others change nothing",
    async (type) => {
      for (const role of ROLES) {
        const actor = actors[role];
        const command = await builders[type](room, role === "facilitator" || role === "participant" ? actor : room.p);
        const head = await server.storage.headSeq(room.f.seriesId);
        const reply = await actor.send(command);
        const outcome = reply.ok ? "ok" : reply.error.code;
        expect({ role, outcome }).toEqual({ role, outcome: expected(role, type) });
        if (!reply.ok) expect(await server.storage.headSeq(room.f.seriesId)).toBe(head);
        if (type === "facilitation.handover" && reply.ok) {
          // Hand the role back so the rest of the matrix runs with the same facilitator.
          await room.q.waitForSeq(reply.seq);
          await must(room.q, { type: "facilitation.handover", personId: room.f.personId });
        }
      }
    },
  );

  it("a locked board refuses participants' edits but not their votes; the facilitator still edits", async () => {
    const caseId = await aCase(room);
    await openVote(room);
    await must(room.f, { type: "room.lock", scope: "board", locked: true });
    const head = await server.storage.headSeq(room.f.seriesId);
    expect(await room.p.send({ type: "case.update", caseId, changes: { title: "x" } })).toMatchObject({
      ok: false,
      error: { code: "locked" },
    });
    expect(await server.storage.headSeq(room.f.seriesId)).toBe(head);
    expect(await room.p.send({ type: "vote.cast", itemId: caseId, delta: 1 })).toMatchObject({ ok: true });
    expect(await room.f.send({ type: "case.update", caseId, changes: { title: "y" } })).toMatchObject({ ok: true });
    await must(room.f, { type: "room.lock", scope: "board", locked: false });
  });

  it("only owners and facilitators report an agreement's status", async () => {
    const agreementId = await anAgreement(room, [room.q.personId]);
    const status = { type: "agreement.status", agreementId, status: "done", comment: "" } as const;
    expect(await room.p.send(status)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await room.q.send(status)).toMatchObject({ ok: true });
  });

  it("only the agreement's organisation and facilitators change its owners; an owner may step down", async () => {
    // Xaver is of another organisation; the agreement belongs to Paula's (the facilitator made it there).
    const token = await room.f.invite("participant");
    const { joinByInvite, connectAs } = await import("../support/protocolClient.js");
    const x = await connectAs(
      server.url,
      await joinByInvite(server.url, token, { name: "Xaver", newOrgName: "Andere" }),
    );
    all.push(x);
    const caseId = id();
    await must(room.f, { type: "case.add", caseId, values: { title: "Fall", orgId: room.org } });
    const agreementId = id();
    await must(room.f, {
      type: "agreement.add",
      agreementId,
      values: { text: "A", caseId, ownerIds: [room.q.personId] },
    });
    const owner = (targetId: string, linked: boolean): ClientCommand => ({
      type: "agreement.link",
      agreementId,
      kind: "owner",
      targetId,
      linked,
    });
    const head = await server.storage.headSeq(room.f.seriesId);
    const refused: ClientCommand[] = [
      owner(x.personId, true),
      owner(room.q.personId, false),
      { type: "agreement.add", agreementId: id(), values: { text: "B", caseId, ownerIds: [x.personId] } },
    ];
    for (const command of refused) {
      expect(await x.send(command)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await x.send({ type: "agreement.status", agreementId, status: "done", comment: "" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await server.storage.headSeq(room.f.seriesId)).toBe(head);
    expect(await room.p.send(owner(room.p.personId, true))).toMatchObject({ ok: true });
    expect(await room.q.send(owner(room.q.personId, false))).toMatchObject({ ok: true });
    expect(await room.f.send(owner(x.personId, true))).toMatchObject({ ok: true });
    expect(await x.send(owner(x.personId, false))).toMatchObject({ ok: true });
  });

  it("a participant without a confirmed organisation owns what they add, and volunteers for agreements of no organisation", async () => {
    const { joinByInvite, connectAs } = await import("../support/protocolClient.js");
    const token = await room.f.invite("participant");
    // Nora joined without an organisation; Ulf claimed Paula's and awaits a member's confirmation.
    const nora = await connectAs(server.url, await joinByInvite(server.url, token, { name: "Nora" }));
    const ulf = await connectAs(server.url, await joinByInvite(server.url, token, { name: "Ulf", orgId: room.org }));
    all.push(nora, ulf);
    const mine = id();
    expect(
      await nora.send({
        type: "agreement.add",
        agreementId: mine,
        values: { text: "Meins", ownerIds: [nora.personId] },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await ulf.send({ type: "agreement.add", agreementId: id(), values: { text: "Auch", ownerIds: [ulf.personId] } }),
    ).toMatchObject({ ok: true });
    const owner = (targetId: string, linked: boolean): ClientCommand => ({
      type: "agreement.link",
      agreementId: mine,
      kind: "owner",
      targetId,
      linked,
    });
    // Anyone may step in on an agreement of no organisation; removing someone else stays refused.
    expect(await room.p.send(owner(room.p.personId, true))).toMatchObject({ ok: true });
    expect(await room.p.send(owner(nora.personId, false))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(
      await nora.send({
        type: "agreement.add",
        agreementId: id(),
        values: { text: "Du", ownerIds: [room.p.personId] },
      }),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("a guest link creates no organisation", async () => {
    const token = await room.f.invite("observer");
    const orgs = Object.keys(room.f.state.orgs).length;
    const head = await server.storage.headSeq(room.f.seriesId);
    const response = await fetch(`${server.url}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, name: "Gast", orgId: null, newOrgName: "Gastfirma", function: null }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "forbidden", message: /guest link/ } });
    expect(await server.storage.headSeq(room.f.seriesId)).toBe(head);
    const { joinByInvite } = await import("../support/protocolClient.js");
    await joinByInvite(server.url, token, { name: "Gast", orgId: room.org });
    await room.f.sync();
    expect(Object.keys(room.f.state.orgs)).toHaveLength(orgs);
  });

  it("a participant of another organisation removes nobody else's case", async () => {
    const caseId = id();
    await must(room.f, { type: "case.add", caseId, values: { title: "Fall der Moderation" } });
    expect(await room.p.send({ type: "case.remove", caseId })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    const own = id();
    await must(room.p, { type: "case.add", caseId: own, values: { title: "Eigener Fall" } });
    expect(await room.p.send({ type: "case.remove", caseId: own })).toMatchObject({ ok: true });
  });

  it("a participant of another organisation removes no note or mirror statement of this one; its own members and the facilitator do", async () => {
    const token = await room.f.invite("participant");
    const { joinByInvite, connectAs } = await import("../support/protocolClient.js");
    const y = await connectAs(
      server.url,
      await joinByInvite(server.url, token, { name: "Yvonne", newOrgName: "Nachbarfirma" }),
    );
    all.push(y);
    const caseId = await aCase(room);
    const note = async (by: ProtocolClient): Promise<ClientCommand> => {
      const noteId = id();
      await must(by, { type: "case.note.add", caseId, list: "went_wrong", noteId, text: "Zu spät gemeldet" });
      await y.sync();
      return { type: "case.note.remove", caseId, list: "went_wrong", noteId };
    };
    // The facilitator's note belongs to Paula's organisation: Yvonne of another one may not remove it.
    const ofThisOrg = await note(room.f);
    const head = await server.storage.headSeq(room.f.seriesId);
    expect(await y.send(ofThisOrg)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await server.storage.headSeq(room.f.seriesId)).toBe(head);
    expect(await room.p.send(ofThisOrg)).toMatchObject({ ok: true });
    // Her own note she removes; Paula may not remove it, the facilitator may.
    expect(await y.send(await note(y))).toMatchObject({ ok: true });
    const ofHers = await note(y);
    expect(await room.p.send(ofHers)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await room.f.send(ofHers)).toMatchObject({ ok: true });
    // The same for a mirror statement.
    const mirrorId = id();
    await must(room.f, { type: "case.mirror.add", caseId, mirrorId, ofSide: "sales", text: "Ihr wollt Zusagen" });
    await y.sync();
    const removeMirror: ClientCommand = { type: "case.mirror.remove", caseId, mirrorId };
    const before = await server.storage.headSeq(room.f.seriesId);
    expect(await y.send(removeMirror)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await server.storage.headSeq(room.f.seriesId)).toBe(before);
    expect(await room.p.send(removeMirror)).toMatchObject({ ok: true });
  });

  it("a participant changes only their own profile", async () => {
    const command = { type: "person.update", personId: room.q.personId, changes: { name: "Fremd" } } as const;
    expect(await room.p.send(command)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("a revoked person's token no longer connects, and nothing of theirs arrives", async () => {
    const series = room.f;
    const token = await series.invite("participant");
    const { joinByInvite } = await import("../support/protocolClient.js");
    const admission = await joinByInvite(server.url, token, { name: "Rolf" });
    await must(series, { type: "series.rename", name: "vorher" });
    expect(await series.access({ action: "revokePerson", personId: admission.personId })).toMatchObject({ ok: true });
    const head = await server.storage.headSeq(series.seriesId);
    const rolf = new ProtocolClient(server.url, admission.seriesId, admission.personId, admission.token);
    all.push(rolf);
    const refused = new Promise<string>((resolve) => rolf.socket.once("connect_error", (e) => resolve(e.message)));
    rolf.socket.connect();
    expect(await refused).toBe("unauthorized");
    expect(await server.storage.headSeq(series.seriesId)).toBe(head);
  });
});
