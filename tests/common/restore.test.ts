import { describe, expect, it } from "vitest";
import { apply, checkCommand, type SeriesEvent } from "@common/domain/apply.js";
import { clientCommandSchema, eventCommandSchema, seriesStateSchema } from "@common/domain/commands.js";
import { LIMITS } from "@common/limits.js";
import { emptySeries, fieldKey, type Agreement, type SeriesState, type Session } from "@common/domain/types.js";
import type { Observation, Station, Visit } from "@common/domain/stations/types.js";
import type { Level } from "@common/domain/vocabulary.js";
import { eventIsPublic, projectEvent, projectState } from "@common/domain/visibility/project.js";
import { PUBLIC_VIEWER, viewerOf } from "@common/domain/visibility/viewer.js";
import {
  ANNA,
  BERND,
  CARLA,
  DORIS,
  GOAL,
  INTERNAL_CASE,
  makeRoom,
  ORG_A,
  ORG_B,
  SESSION,
  SHARED_CASE,
} from "./fixtures.js";
import { demoState } from "./results/demo.js";
import { withRevisionChain } from "../support/factories.js";

const NEW_SERIES = "series-copy";
const INES = "person-ines";

/** A backup of the two-company room, with a renamed series and a closed session among its items. */
function backup(): SeriesState {
  return makeRoom([
    { type: "series.rename", name: "S&OP Nord" },
    { type: "session.close", sessionId: SESSION, confirmUndecided: true },
  ]);
}

function restoreEvent(series: SeriesState, importer: string, seq = 1): SeriesEvent {
  return {
    seq,
    commandId: "cmd-restore",
    actorId: importer,
    at: "2026-12-01T10:00:00.000Z",
    command: { type: "series.restore", series, importerName: "Ines" },
  };
}

function restored(series: SeriesState, importer: string): SeriesState {
  return apply(emptySeries(NEW_SERIES), restoreEvent(series, importer));
}

describe("series.restore", () => {
  it("brings the whole series under the new id, its items numbered before the first event, in order", () => {
    const old = backup();
    const state = restored(old, ANNA);
    expect(state.id).toBe(NEW_SERIES);
    expect(state.seq).toBe(1);
    expect(state.name).toBe("S&OP Nord");
    expect(state.createdAt).toBe(old.createdAt);
    const shift = (seq: number): number => seq - old.seq;
    const renamed = old.edits[fieldKey("series", old.id, "name")]?.seq ?? NaN;
    expect(state.edits[fieldKey("series", NEW_SERIES, "name")]).toEqual({ by: ANNA, seq: shift(renamed) });
    expect(state.edits[fieldKey("series", old.id, "name")]).toBeUndefined();
    expect(state.cases[SHARED_CASE]).toEqual({
      ...old.cases[SHARED_CASE],
      createdSeq: shift(old.cases[SHARED_CASE]?.createdSeq ?? NaN),
    });
    expect(state.sessions[SESSION]?.closedSeq).toBe(0);
    expect(Object.keys(state.people).sort()).toEqual(Object.keys(old.people).sort());
    expect(Object.keys(state.cases).sort()).toEqual([INTERNAL_CASE, SHARED_CASE].sort());
    expect(Object.values(state.cases).every((c) => c.createdSeq <= 0)).toBe(true);
  });

  it("keeps review rules working across the restore: a later agreement is made after the closed session", () => {
    const state = restored(backup(), ANNA);
    const next = apply(state, {
      seq: 2,
      commandId: "cmd-2",
      actorId: ANNA,
      at: "2026-12-01T10:01:00.000Z",
      command: { type: "agreement.add", agreementId: "agreement-9", values: { text: "Neu" } },
    });
    const added = next.agreements["agreement-9"]?.createdSeq ?? -Infinity;
    expect(added).toBe(2);
    expect(Object.values(next.agreements).every((a) => a.id === "agreement-9" || a.createdSeq < added)).toBe(true);
    expect((next.sessions[SESSION]?.closedSeq ?? Infinity) < added).toBe(true);
  });

  it.each<[string, string, object]>([
    ["the backup's facilitator stays one", ANNA, { name: "Anna", role: "facilitator", orgId: ORG_A }],
    ["a participant of the backup facilitates the copy", CARLA, { name: "Carla", role: "facilitator", orgId: ORG_A }],
    ["someone new joins as facilitator", INES, { name: "Ines", role: "facilitator", orgId: null, joinedSeq: 1 }],
  ])("%s", (_label, importer, person) => {
    expect(restored(backup(), importer).people[importer]).toMatchObject(person);
  });

  it("restores the example series whole, which the schema accepts", () => {
    const { state } = demoState();
    expect(seriesStateSchema.safeParse(state).success).toBe(true);
    const copy = restored(state, "facilitator1");
    expect(Object.keys(copy.cases).sort()).toEqual(Object.keys(state.cases).sort());
    expect(Object.keys(copy.reviews).sort()).toEqual(Object.keys(state.reviews).sort());
  });

  it("is the server's alone to send, and events carry it", () => {
    const command = restoreEvent(backup(), ANNA).command;
    expect(eventCommandSchema.safeParse(command).success).toBe(true);
    expect(clientCommandSchema.safeParse(command).success).toBe(false);
  });

  it("reaches every viewer as a snapshot, never as the event with the whole series in it", () => {
    const event = restoreEvent(backup(), ANNA);
    const after = apply(emptySeries(NEW_SERIES), event);
    expect(eventIsPublic(event, emptySeries(NEW_SERIES), after)).toBe(false);
    for (const viewer of [viewerOf(after, DORIS), viewerOf(after, ANNA), PUBLIC_VIEWER]) {
      if (!viewer) throw new Error("a person of the copy");
      const projected = projectEvent(event, emptySeries(NEW_SERIES), after, viewer);
      expect(projected.resync).toBe(true);
      expect(projected.event.command).toEqual({ type: "hidden" });
      expect(JSON.stringify(projected)).not.toContain(INTERNAL_CASE);
    }
    const doris = viewerOf(after, DORIS);
    if (!doris) throw new Error("Doris is in the copy");
    expect(Object.keys(projectState(after, doris).cases)).toEqual([SHARED_CASE]);
  });
});

const VISIT = "session-visit";
const LAGER = "station-lager";
const MEMO = "observation-1";
const MEMO_CASE = "case-aus-memo";

/** A backup with a peer visit at Firma B: a station, an observation turned into a case after it, a take-home item, and a case made last. */
function visitBackup(): SeriesState {
  return makeRoom([
    { type: "session.add", sessionId: VISIT, values: { date: "2026-12-10", kind: "peer_visit", hostOrgId: ORG_B } },
    { type: "station.add", sessionId: VISIT, stationId: LAGER, values: { name: "Lager", timeBoxMin: 20 } },
    {
      by: CARLA,
      command: {
        type: "observation.add",
        sessionId: VISIT,
        stationId: LAGER,
        observationId: MEMO,
        kind: "notice",
        text: "Kanban-Tafel",
      },
    },
    {
      by: BERND,
      command: {
        type: "takehome.add",
        sessionId: VISIT,
        itemId: "takehome-1",
        orgId: ORG_A,
        text: "Tafel",
        internalTo: null,
      },
    },
    {
      by: DORIS,
      command: {
        type: "observation.case",
        sessionId: VISIT,
        observationId: MEMO,
        caseId: MEMO_CASE,
        title: "Kanban-Tafel",
        description: "",
        internalTo: null,
      },
    },
    { type: "case.add", caseId: "case-later", values: { title: "Danach", sessionId: SESSION, orgId: ORG_A } },
  ]);
}

function visitIn(state: SeriesState): Visit {
  return state.visits?.[VISIT] ?? { stations: [], currentStationId: null, observations: [], takeHome: [] };
}

describe("series.restore of a peer visit", () => {
  const old = visitBackup();
  const visit = visitIn(old);

  it("numbers the visit's observations and take-home items before the first event, in order with everything else", () => {
    expect(visit.observations).toMatchObject([{ id: MEMO, caseId: MEMO_CASE }]);
    expect(visit.takeHome).toHaveLength(1);
    const shift = (seq: number): number => seq - old.seq;
    const state = restored(old, ANNA);
    expect(visitIn(state)).toEqual({
      ...visit,
      observations: visit.observations.map((o) => ({ ...o, createdSeq: shift(o.createdSeq) })),
      takeHome: visit.takeHome.map((t) => ({ ...t, createdSeq: shift(t.createdSeq) })),
    });
    const [observation] = visitIn(state).observations;
    const [item] = visitIn(state).takeHome;
    const seqs = [observation?.createdSeq, item?.createdSeq, state.cases[MEMO_CASE]?.createdSeq];
    expect(seqs).toEqual([...seqs].sort((a = NaN, b = NaN) => a - b));
    expect(seqs.every((seq = Infinity) => seq < (state.cases["case-later"]?.createdSeq ?? -Infinity))).toBe(true);
    expect(seriesStateSchema.safeParse(state).success).toBe(true);
  });

  const withVisit = (changes: Partial<Visit>): SeriesState => ({
    ...old,
    visits: { ...old.visits, [VISIT]: { ...visit, ...changes } },
  });
  const observation = visit.observations[0] ?? never();
  const item = visit.takeHome[0] ?? never();
  it.each<[string, SeriesState, RegExp | null]>([
    ["a whole visit", old, null],
    [
      "an observation from after the backup",
      withVisit({ observations: [{ ...observation, createdSeq: old.seq + 1 }] }),
      /sequence/,
    ],
    [
      "a take-home item from after the backup",
      withVisit({ takeHome: [{ ...item, createdSeq: old.seq + 1 }] }),
      /sequence/,
    ],
    [
      "an observation turned into a case not in it",
      withVisit({ observations: [{ ...observation, caseId: "case-gone1" }] }),
      /case/,
    ],
    ["a visit of a session not in it", { ...old, visits: { "session-gone": visit } }, /session/],
  ])("checks %s", (_label, series, message) => {
    const refusal = checkCommand(
      emptySeries(NEW_SERIES),
      { type: "series.restore", series, importerName: "Ines" },
      ANNA,
    );
    expect(refusal?.code ?? null).toBe(message === null ? null : "invalid_message");
    if (message) expect(refusal?.message).toMatch(message);
  });
});

/** The backup with a second agreement of `parentLevel` that `agreement`, made `childLevel`, breaks down. */
function withBreakdown(old: SeriesState, agreement: Agreement, parentLevel: Level, childLevel: Level): SeriesState {
  const parent = { ...agreement, id: "agreement-parent", level: parentLevel };
  const child = { ...agreement, level: childLevel, parentId: parent.id };
  return { ...old, agreements: { ...old.agreements, [parent.id]: parent, [child.id]: child } };
}

describe("checkCommand on series.restore", () => {
  const old = backup();
  const theCase = old.cases[SHARED_CASE];
  if (!theCase) throw new Error("the room has a shared case");
  const withCase = (changes: object): SeriesState => ({
    ...old,
    cases: { ...old.cases, [SHARED_CASE]: { ...theCase, ...changes } },
  });
  const fullOfPeople = (): SeriesState => {
    const people = { ...old.people };
    for (let i = Object.keys(people).length; i < LIMITS.peoplePerSeries; i += 1) {
      const id = `person-${String(i).padStart(4, "0")}`;
      people[id] = { id, name: id, orgId: null, function: null, role: "participant", orgConfirmed: true, joinedSeq: 1 };
    }
    return { ...old, people };
  };
  const agreement = old.agreements["agreement-1"] ?? never();
  const TEMPLATE_ITEM = { title: "KPI-Check", ownerId: null, timeBoxMin: 15, notes: "", before: "review" } as const;
  const mapSession = (state: SeriesState, changes: Partial<Session>): SeriesState["sessions"] =>
    Object.fromEntries(Object.entries(state.sessions).map(([id, s]) => [id, { ...s, ...changes }]));
  /** The backup's session as a peer visit at Firma B: one station, one observation on it, as changed. */
  const withVisit = (
    station: Partial<Station>,
    observation: Partial<Observation>,
    hostOrgId: string | null = ORG_B,
  ): SeriesState => ({
    ...old,
    sessions: mapSession(old, { kind: "peer_visit", hostOrgId }),
    visits: {
      [SESSION]: {
        stations: [
          {
            id: "station-lager",
            name: "Lager",
            place: "",
            hostPersonId: DORIS,
            lookAt: "",
            timeBoxMin: 20,
            internalTo: null,
            ...station,
          },
        ],
        currentStationId: null,
        observations: [
          {
            id: "observation-1",
            stationId: "station-lager",
            kind: "notice",
            text: "Kanban-Tafel am Tor",
            by: CARLA,
            caseId: null,
            createdSeq: 1,
            ...observation,
          },
        ],
        takeHome: [],
      },
    },
  });
  const note = { id: "note-00001", text: "gut", by: CARLA, anonymity: "named", authorSide: null } as const;
  const mirror = { ...note, id: "mirror-0001", ofSide: "sales", verdict: "open", verdictBy: null } as const;
  it.each<[string, SeriesState, string, string | null, RegExp?]>([
    ["a whole backup", old, ANNA, null],
    ["a note by an organisation in it", withCase({ wentWell: [{ ...note, authorOrgId: ORG_A }] }), ANNA, null],
    [
      "a note by an organisation not in it",
      withCase({ wentWell: [{ ...note, authorOrgId: "org-gone01" }] }),
      ANNA,
      "invalid_message",
      /a note of case .* names a organisation that is not in it/,
    ],
    [
      "a mirror by an organisation not in it",
      withCase({ mirrors: [{ ...mirror, authorOrgId: "org-gone01" }] }),
      ANNA,
      "invalid_message",
      /a mirror of case/,
    ],
    [
      "the longest chain of revisions a series makes",
      withRevisionChain(old, agreement, LIMITS.revisionChain + 1),
      ANNA,
      null,
    ],
    [
      "a longer chain of revisions",
      withRevisionChain(old, agreement, LIMITS.revisionChain + 2),
      ANNA,
      "invalid_message",
      /chain of 501 revisions is longer than the 500/,
    ],
    [
      "agreements revising each other in a circle",
      { ...old, agreements: { "agreement-1": { ...agreement, predecessorId: "agreement-1" } } },
      ANNA,
      "invalid_message",
      /circle/,
    ],
    [
      "an executive agreement under a strategic one",
      withBreakdown(old, agreement, "strategic", "operational"),
      ANNA,
      null,
    ],
    [
      "an agreement under an executive one",
      withBreakdown(old, agreement, "operational", "operational"),
      ANNA,
      "invalid_message",
      /breaks down an agreement that is not strategic/,
    ],
    [
      "a strategic agreement under a strategic one",
      withBreakdown(old, agreement, "strategic", "strategic"),
      ANNA,
      "invalid_message",
      /is strategic and cannot break another one down/,
    ],
    [
      "an agreement under a parent not in it",
      { ...old, agreements: { ...old.agreements, "agreement-1": { ...agreement, parentId: "agreement-gone" } } },
      ANNA,
      "invalid_message",
      /agreement/,
    ],
    [
      "agreements breaking each other down in a circle",
      {
        ...old,
        agreements: {
          "agreement-1": { ...agreement, parentId: "agreement-2" },
          "agreement-2": { ...agreement, id: "agreement-2", parentId: "agreement-1" },
        },
      },
      ANNA,
      "invalid_message",
      /not strategic/,
    ],
    ["a whole backup by someone new", old, INES, null],
    ["an importer nobody names", old, "", "conflict"],
    ["a case under another id", withCase({ id: "case-other" }), ANNA, "invalid_message", /another id/],
    ["a case in a session not in it", withCase({ sessionId: "session-gone" }), ANNA, "invalid_message", /session/],
    ["a case linking a goal not in it", withCase({ goalIds: [GOAL, "goal-gone1"] }), ANNA, "invalid_message", /goal/],
    ["a case by a person not in it", withCase({ createdBy: "person-gone" }), ANNA, "invalid_message", /person/],
    ["a case internal to an org not in it", withCase({ internalTo: "org-gone01" }), ANNA, "invalid_message", /org/],
    ["a case from after the backup", withCase({ createdSeq: old.seq + 1 }), ANNA, "invalid_message", /sequence/],
    [
      "an agreement owned by a person not in it",
      {
        ...old,
        agreements: { "agreement-1": { ...(old.agreements["agreement-1"] ?? never()), ownerIds: ["person-gone"] } },
      },
      ANNA,
      "invalid_message",
      /owners|person/,
    ],
    [
      "a template of its own whose item's owner is in it",
      { ...old, template: { kind: "own", items: [{ ...TEMPLATE_ITEM, ownerId: CARLA }] } },
      ANNA,
      null,
    ],
    [
      "a template of its own whose item's owner is not in it",
      { ...old, template: { kind: "own", items: [{ ...TEMPLATE_ITEM, ownerId: "person-gone" }] } },
      ANNA,
      "invalid_message",
      /the template names a person/,
    ],
    ["a built-in template", { ...old, template: { kind: "builtin", id: "peer_visit" } }, ANNA, null],
    [
      "an agenda item led by a person not in it",
      {
        ...old,
        sessions: mapSession(old, { agenda: [{ ...TEMPLATE_ITEM, id: "agenda-0001", ownerId: "person-gone" }] }),
      },
      ANNA,
      "invalid_message",
      /the agenda of session .* names a person/,
    ],
    [
      "a spotlight on a case not in it",
      { ...old, room: { ...old.room, spotlight: { kind: "case", id: "case-gone1" } } },
      ANNA,
      "invalid_message",
      /spotlight/,
    ],
    [
      "a ballot of a person not in it",
      { ...old, votes: { "person-gone": { [SHARED_CASE]: 1 } } },
      ANNA,
      "invalid_message",
      /ballots/,
    ],
    [
      "readiness with a step of a session not in it",
      { ...old, room: { ...old.room, ready: { [BERND]: "session-gone:cases" } } },
      ANNA,
      "invalid_message",
      /readiness/,
    ],
    ["a peer visit", withVisit({}, {}), ANNA, null],
    ["a station the host keeps to itself", withVisit({ internalTo: ORG_B }, {}), ANNA, null],
    ["an observation made into a case in it", withVisit({}, { caseId: SHARED_CASE }), ANNA, null],
    [
      "an observation made into a case not in it",
      withVisit({}, { caseId: "case-gone1" }),
      ANNA,
      "invalid_message",
      /the visit of session .* names a station, person, organisation or case/,
    ],
    [
      "a station kept to a visiting organisation",
      withVisit({ internalTo: ORG_A }, {}),
      ANNA,
      "invalid_message",
      /keeps a station to an organisation that is not its host/,
    ],
    [
      "a station kept to an organisation by a visit without a host",
      withVisit({ internalTo: ORG_B }, {}, null),
      ANNA,
      "invalid_message",
      /keeps a station to an organisation that is not its host/,
    ],
    ["a full series joined by someone new", fullOfPeople(), INES, "limit_exceeded"],
    ["a full series restored by one of its people", fullOfPeople(), ANNA, null],
  ])("%s", (_label, series, actor, code, message) => {
    const refusal = checkCommand(
      emptySeries(NEW_SERIES),
      { type: "series.restore", series, importerName: "Ines" },
      actor,
    );
    expect(refusal?.code ?? null).toBe(code);
    if (message) expect(refusal?.message).toMatch(message);
  });

  it("restores only into a new series", () => {
    const existing = restored(old, ANNA);
    expect(checkCommand(existing, { type: "series.restore", series: old, importerName: "Ines" }, ANNA)).toMatchObject({
      code: "conflict",
    });
    // An event that no longer fits changes nothing but the sequence number.
    expect(apply(existing, restoreEvent(old, INES, 2))).toEqual({ ...existing, seq: 2 });
  });
});

describe("seriesStateSchema", () => {
  const old = backup();
  it.each<[string, unknown]>([
    ["an unknown field", { ...old, admin: true }],
    ["a person with an unknown role", { ...old, people: { [ANNA]: { ...old.people[ANNA], role: "owner" } } }],
    ["a NUL character", { ...old, name: "S&OP\u0000" }],
    ["an id that is no id", { ...old, orgs: { "../../x": { id: "../../x", name: "x", createdSeq: 1 } } }],
    ["a fractional sequence number", { ...old, seq: 1.5 }],
    ["a bad edit key", { ...old, edits: { "drop table": { by: ANNA, seq: 1 } } }],
    [
      "an oversized note list",
      { ...old, cases: { [SHARED_CASE]: { ...old.cases[SHARED_CASE], wentWell: manyNotes() } } },
    ],
  ])("refuses %s", (_label, state) => {
    expect(seriesStateSchema.safeParse(state).success).toBe(false);
  });

  it("accepts a whole state", () => {
    expect(seriesStateSchema.parse(old)).toEqual(old);
  });
});

function manyNotes(): unknown[] {
  return Array.from({ length: LIMITS.notesPerList + 1 }, (_, i) => ({
    id: `note-${String(i).padStart(4, "0")}`,
    text: "x",
    by: ANNA,
    anonymity: "named",
    authorSide: null,
    authorOrgId: null,
  }));
}

function never(): never {
  throw new Error("the room has an agreement");
}
