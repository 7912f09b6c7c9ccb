import type { ClientCommand, ClientCommandType, CommandType, EventCommand } from "@common/domain/commands.js";
import type { Schedule } from "@common/domain/schedule/schedule.js";
import { AGREEMENT, CARLA, DORIS, GOAL, makeRoom, ORG_A, ORG_B, SESSION, SHARED_CASE } from "./fixtures.js";

/** The agenda item the agenda samples add and then change. */
const AGENDA_ITEM = "kpicheck-0001";

/** The peer visit `session.add` makes (hosted by Firma B), and the station, observation and take-home item of its samples. */
const VISIT = "session-02";
const STATION = "station-0001";
const OBSERVATION = "observation-0001";
const TAKE_HOME = "takehome-0001";

type Samples = { [T in ClientCommandType]: Extract<ClientCommand, { type: T }> };

/**
 * One command of every client type, about the items of `makeRoom()`. New
 * items' ids start with their kind ("case-", "agreement-", "goal-"), and no
 * other id does, so tests can tell which ids name items.
 */
/** A schedule that every check accepts: monthly on the 2nd Thursday, 09:00 for two hours, in Berlin. */
export const SAMPLE_SCHEDULE: Schedule = {
  cadence: { kind: "monthly", week: 2, weekday: 4 },
  startTime: "09:00",
  durationMin: 120,
  timeZone: "Europe/Berlin",
};

export const CLIENT_SAMPLES: Samples = {
  "series.rename": { type: "series.rename", name: "Neue Runde" },
  "series.schedule": { type: "series.schedule", schedule: SAMPLE_SCHEDULE },
  "person.update": { type: "person.update", personId: CARLA, changes: { name: "Carla M." } },
  "org.add": { type: "org.add", orgId: "org-firma-c", name: "Firma C" },
  "org.update": { type: "org.update", orgId: ORG_B, changes: { name: "Firma B KG" } },
  "org.remove": { type: "org.remove", orgId: ORG_B },
  "goal.add": { type: "goal.add", goalId: "goal-0002", values: { title: "Rüstzeit senken" } },
  "goal.update": { type: "goal.update", goalId: GOAL, changes: { why: "Kunden listen aus", changeKind: "optimize" } },
  "goal.remove": { type: "goal.remove", goalId: GOAL },
  "interest.add": { type: "interest.add", interestId: "int-sales1", side: "sales", label: "Kurze Zusagen" },
  "interest.update": { type: "interest.update", interestId: "int-sales1", changes: { label: "x" } },
  "interest.remove": { type: "interest.remove", interestId: "int-sales1" },
  "interests.starter": { type: "interests.starter", decision: "skip", interests: [] },
  "collision.add": { type: "collision.add", collisionId: "coll-0001", interestIds: ["int-sales1", "int-oper1"] },
  "collision.remove": { type: "collision.remove", collisionId: "coll-0001" },
  "session.add": {
    type: "session.add",
    sessionId: VISIT,
    values: { date: "2027-01-15", kind: "peer_visit", hostOrgId: ORG_B, level: "strategic" },
  },
  "session.update": { type: "session.update", sessionId: SESSION, changes: { place: "Werk 2", level: "operational" } },
  "session.phase": { type: "session.phase", sessionId: SESSION, phase: "agreements" },
  "session.close": { type: "session.close", sessionId: SESSION, confirmUndecided: true },
  "session.reopen": { type: "session.reopen", sessionId: SESSION },
  "attendance.set": { type: "attendance.set", sessionId: SESSION, personId: CARLA, status: "present" },
  "checkin.answer": { type: "checkin.answer", sessionId: SESSION, text: "Klarheit bei den Eilaufträgen" },
  "case.add": { type: "case.add", caseId: "case-new01", values: { title: "Sonderformat" } },
  "case.update": { type: "case.update", caseId: SHARED_CASE, changes: { title: "Eilauftrag Nord" } },
  "case.remove": { type: "case.remove", caseId: SHARED_CASE },
  "case.note.add": { type: "case.note.add", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-0001", text: "x" },
  "case.note.update": {
    type: "case.note.update",
    caseId: SHARED_CASE,
    list: "went_wrong",
    noteId: "note-0001",
    text: "y",
  },
  "case.note.remove": { type: "case.note.remove", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-0001" },
  "case.mirror.add": {
    type: "case.mirror.add",
    caseId: SHARED_CASE,
    mirrorId: "mirror-01",
    ofSide: "operations",
    text: "Ihr braucht einen stabilen Plan",
  },
  "case.mirror.remove": { type: "case.mirror.remove", caseId: SHARED_CASE, mirrorId: "mirror-01" },
  "case.mirror.respond": {
    type: "case.mirror.respond",
    caseId: SHARED_CASE,
    mirrorId: "mirror-01",
    verdict: "confirmed",
    correction: "",
  },
  "case.link": { type: "case.link", caseId: SHARED_CASE, kind: "goal", targetId: GOAL, linked: true },
  "agreement.add": {
    type: "agreement.add",
    agreementId: "agreement-2",
    values: { text: "Forecast wöchentlich", caseId: SHARED_CASE, goalIds: [GOAL], changeKind: "redesign" },
  },
  "agreement.update": { type: "agreement.update", agreementId: AGREEMENT, changes: { caseId: SHARED_CASE } },
  "agreement.link": { type: "agreement.link", agreementId: AGREEMENT, kind: "goal", targetId: GOAL, linked: true },
  "agreement.status": {
    type: "agreement.status",
    agreementId: AGREEMENT,
    status: "in_progress",
    comment: "",
    kpiValue: 91.5,
  },
  "agreement.remove": { type: "agreement.remove", agreementId: AGREEMENT },
  "item.restore": { type: "item.restore", kind: "agreement", itemId: AGREEMENT },
  "review.set": { type: "review.set", sessionId: SESSION, agreementId: AGREEMENT, changes: { kept: "kept" } },
  "review.fit": { type: "review.fit", sessionId: SESSION, agreementId: AGREEMENT, goalId: GOAL, fit: "supports" },
  "review.decide": {
    type: "review.decide",
    sessionId: SESSION,
    agreementId: AGREEMENT,
    decision: "revise",
    successor: { agreementId: "agreement-3", text: "Neu" },
  },
  "person.role": { type: "person.role", personId: CARLA, role: "observer" },
  "person.confirm": { type: "person.confirm", personId: CARLA },
  "facilitation.handover": { type: "facilitation.handover", personId: CARLA },
  "item.visibility": { type: "item.visibility", kind: "case", itemId: SHARED_CASE, internalTo: ORG_A },
  "session.anonymity": { type: "session.anonymity", sessionId: SESSION, phase: "cases", mode: "side" },
  "room.spotlight": { type: "room.spotlight", item: { kind: "agreement", id: AGREEMENT } },
  "timer.set": { type: "timer.set", durationMs: 600_000, signal: true },
  "timer.start": { type: "timer.start" },
  "timer.pause": { type: "timer.pause" },
  "timer.add": { type: "timer.add", ms: 60_000 },
  "timer.reset": { type: "timer.reset" },
  "timer.clear": { type: "timer.clear" },
  "room.lock": { type: "room.lock", scope: "board", locked: true },
  "ready.set": { type: "ready.set", ready: true },
  "vote.open": { type: "vote.open", sessionId: SESSION, target: "cases", dotsPerPerson: 3, stacking: false },
  "vote.cast": { type: "vote.cast", itemId: SHARED_CASE, delta: 1 },
  "vote.reveal": { type: "vote.reveal" },
  "vote.close": { type: "vote.close" },
  "breakout.start": {
    type: "breakout.start",
    sessionId: SESSION,
    groups: [{ groupId: "group-001", name: "Gruppe 1", memberIds: [CARLA], caseId: SHARED_CASE }],
  },
  "breakout.end": { type: "breakout.end" },
  "agenda.add": {
    type: "agenda.add",
    sessionId: SESSION,
    itemId: AGENDA_ITEM,
    values: { title: "KPI-Check Liefertreue", ownerId: CARLA, timeBoxMin: 15, notes: "OTIF je Werk", before: "review" },
  },
  "agenda.update": { type: "agenda.update", sessionId: SESSION, itemId: AGENDA_ITEM, changes: { timeBoxMin: 20 } },
  "agenda.move": { type: "agenda.move", sessionId: SESSION, itemId: AGENDA_ITEM, before: "cases", index: 0 },
  "agenda.step": { type: "agenda.step", sessionId: SESSION, itemId: AGENDA_ITEM },
  "agenda.remove": { type: "agenda.remove", sessionId: SESSION, itemId: AGENDA_ITEM },
  "station.add": {
    type: "station.add",
    sessionId: VISIT,
    stationId: STATION,
    values: { name: "Wareneingang", place: "Halle 1", hostPersonId: DORIS, lookAt: "Kanban-Tafel", timeBoxMin: 20 },
  },
  "station.update": { type: "station.update", sessionId: VISIT, stationId: STATION, changes: { timeBoxMin: 25 } },
  "station.move": { type: "station.move", sessionId: VISIT, stationId: STATION, index: 0 },
  "station.step": { type: "station.step", sessionId: VISIT, stationId: STATION },
  "station.remove": { type: "station.remove", sessionId: VISIT, stationId: STATION },
  "observation.add": {
    type: "observation.add",
    sessionId: VISIT,
    stationId: STATION,
    observationId: OBSERVATION,
    kind: "notice",
    text: "Die Kanban-Tafel hängt direkt am Tor",
  },
  "observation.update": {
    type: "observation.update",
    sessionId: VISIT,
    observationId: OBSERVATION,
    changes: { kind: "differently" },
  },
  "observation.case": {
    type: "observation.case",
    sessionId: VISIT,
    observationId: OBSERVATION,
    caseId: "case-visit01",
    title: "Kanban am Wareneingang",
    description: "Aus Beobachtung bei Station Wareneingang",
    internalTo: null,
  },
  "observation.remove": { type: "observation.remove", sessionId: VISIT, observationId: OBSERVATION },
  "takehome.add": {
    type: "takehome.add",
    sessionId: VISIT,
    itemId: TAKE_HOME,
    orgId: ORG_A,
    text: "Kanban-Tafel am Tor ausprobieren",
    internalTo: null,
  },
  "takehome.update": { type: "takehome.update", sessionId: VISIT, itemId: TAKE_HOME, changes: { internalTo: ORG_A } },
  "takehome.remove": { type: "takehome.remove", sessionId: VISIT, itemId: TAKE_HOME },
  "template.choose": { type: "template.choose", template: "sop_monthly" },
  "template.save": { type: "template.save", sessionId: SESSION },
  "template.apply": {
    type: "template.apply",
    sessionId: SESSION,
    items: [
      {
        id: "kpicheck-0002",
        title: "KPI-Check",
        ownerId: CARLA,
        timeBoxMin: 15,
        notes: "Ist gegen Ziel",
        before: "review",
      },
    ],
  },
};

type ServerType = Exclude<CommandType, ClientCommandType>;

/** One command of every type the server issues. */
export const SERVER_SAMPLES: { [T in ServerType]: Extract<EventCommand, { type: T }> } = {
  "series.create": { type: "series.create", name: "x", creatorName: "y" },
  "series.restore": { type: "series.restore", series: makeRoom(), importerName: "Ines" },
  "person.join": {
    type: "person.join",
    name: "Clara",
    orgId: null,
    function: null,
    role: "participant",
    confirmed: true,
  },
  hidden: { type: "hidden" },
  "vote.counted": { type: "vote.counted", voters: 3 },
};

/** Every sample, client and server ones. */
export const ALL_SAMPLES: EventCommand[] = [...Object.values(CLIENT_SAMPLES), ...Object.values(SERVER_SAMPLES)];
