import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import { authorizeCommand } from "@common/domain/authorize.js";
import { backupProblem } from "@common/domain/checkRestore.js";
import { clientCommandSchema, type ClientCommand } from "@common/domain/commands.js";
import { visitOf } from "@common/domain/stations/visit.js";
import type { SeriesState } from "@common/domain/types.js";
import { projectEvent, projectState } from "@common/domain/visibility/project.js";
import { PUBLIC_VIEWER, viewerOf, type Viewer } from "@common/domain/visibility/viewer.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { LIMITS } from "@common/limits.js";
import { ANNA, BERND, CARLA, DORIS, makeRoom, ORG_A, ORG_B, OSKAR, SESSION } from "./fixtures.js";

/** A peer visit at Firma B: Doris is the host, Bernd and Carla (Firma A) visit, Oskar (Firma A) is a guest. */
const VISIT = "session-visit";
const LAGER = "station-lager";
const TOR = "station-tor";
const MEMO = "observation-1";

const visitRoom = (): SeriesState =>
  makeRoom([
    { type: "session.add", sessionId: VISIT, values: { date: "2026-12-10", kind: "peer_visit", hostOrgId: ORG_B } },
  ]);

type Sent = [actor: string, command: ClientCommand];

/** The state after each command, sent as its sender would send it; the first refusal (schema, role or check) stops the run. */
function run(state: SeriesState, sent: readonly Sent[]): { state: SeriesState; refused: string | null } {
  let current = state;
  for (const [actor, command] of sent) {
    const parsed = clientCommandSchema.safeParse(command);
    if (!parsed.success) return { state: current, refused: "invalid" };
    const rejection = authorizeCommand(current, actor, parsed.data) ?? checkCommand(current, parsed.data, actor);
    if (rejection) return { state: current, refused: rejection.code };
    const seq = current.seq + 1;
    current = apply(current, {
      seq,
      commandId: `c-${seq}`,
      actorId: actor,
      at: "2026-12-10T09:00:00Z",
      command: parsed.data,
    });
  }
  return { state: current, refused: null };
}

const station = (stationId: string, name = "Lager", more: object = {}): ClientCommand =>
  ({ type: "station.add", sessionId: VISIT, stationId, values: { name, timeBoxMin: 20, ...more } }) as ClientCommand;
const observe = (observationId: string, text = "Kanban-Tafel am Tor", stationId = LAGER): ClientCommand => ({
  type: "observation.add",
  sessionId: VISIT,
  stationId,
  observationId,
  kind: "notice",
  text,
});
const takeHome = (itemId: string, orgId: string, internalTo: string | null = null): ClientCommand => ({
  type: "takehome.add",
  sessionId: VISIT,
  itemId,
  orgId,
  text: "Tafel am Tor ausprobieren",
  internalTo,
});

const stations = Array.from({ length: LIMITS.stationsPerSession }, (_, i): Sent => [
  ANNA,
  station(`station-${String(i).padStart(3, "0")}`),
]);

/** A guest writes as many observations as one person may. */
const guestsCards: Sent[] = [
  [ANNA, station(LAGER)],
  ...Array.from({ length: LIMITS.observationsPerPerson }, (_, i): Sent => [OSKAR, observe(`observation-oskar-${i}`)]),
];

describe("a peer visit: who may do what, and what bad input changes", () => {
  it.each<[string, Sent[], string | null]>([
    ["the facilitator adds a station", [[ANNA, station(LAGER)]], null],
    ["the host adds a station", [[DORIS, station(LAGER, "Lager", { hostPersonId: DORIS })]], null],
    ["a visitor may not add a station", [[BERND, station(LAGER)]], "forbidden"],
    ["a guest may not add a station", [[OSKAR, station(LAGER)]], "forbidden"],
    ["a station without a name", [[ANNA, station(LAGER, "  ")]], "invalid"],
    ["a time box of 0 minutes", [[ANNA, station(LAGER, "Lager", { timeBoxMin: 0 })]], "invalid"],
    ["a time box of 481 minutes", [[ANNA, station(LAGER, "Lager", { timeBoxMin: 481 })]], "invalid"],
    ["the 40th station", stations, null],
    ["a 41st station", [...stations, [ANNA, station(LAGER)]], "limit_exceeded"],
    [
      "a station in a meeting that is no peer visit",
      [[ANNA, { ...station(LAGER), sessionId: SESSION } as ClientCommand]],
      "conflict",
    ],
    ["shown by a visitor", [[ANNA, station(LAGER, "Lager", { hostPersonId: BERND })]], "conflict"],
    ["kept internal to a visitor's company", [[ANNA, station(LAGER, "Lager", { internalTo: ORG_A })]], "forbidden"],
    ["kept internal by the host", [[DORIS, station(LAGER, "Lager", { internalTo: ORG_B })]], null],
    [
      "only the facilitator steps",
      [
        [ANNA, station(LAGER)],
        [DORIS, { type: "station.step", sessionId: VISIT, stationId: LAGER }],
      ],
      "forbidden",
    ],
    [
      "a guest writes an observation",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO)],
      ],
      null,
    ],
    [
      "an observation of 50,000 characters",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO, "x".repeat(50_000))],
      ],
      "invalid",
    ],
    [
      "an empty observation",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO, " ")],
      ],
      "invalid",
    ],
    ["an observation at a station that is not there", [[OSKAR, observe(MEMO)]], "not_found"],
    ["a guest writes as many observations as one person may", guestsCards, null],
    ["one more by that guest", [...guestsCards, [OSKAR, observe(MEMO)]], "limit_exceeded"],
    ["the others still write when a guest has written all theirs", [...guestsCards, [CARLA, observe(MEMO)]], null],
    [
      "a guest changes their own observation",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO)],
        [
          OSKAR,
          { type: "observation.update", sessionId: VISIT, observationId: MEMO, changes: { kind: "differently" } },
        ],
      ],
      null,
    ],
    [
      "nobody else changes it, a facilitator neither",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO)],
        [ANNA, { type: "observation.update", sessionId: VISIT, observationId: MEMO, changes: { text: "x" } }],
      ],
      "forbidden",
    ],
    [
      "another visitor may not remove it",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO)],
        [CARLA, { type: "observation.remove", sessionId: VISIT, observationId: MEMO }],
      ],
      "forbidden",
    ],
    [
      "a facilitator removes it",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO)],
        [ANNA, { type: "observation.remove", sessionId: VISIT, observationId: MEMO }],
      ],
      null,
    ],
    [
      "a guest may not turn it into a case",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO)],
        [
          OSKAR,
          {
            type: "observation.case",
            sessionId: VISIT,
            observationId: MEMO,
            caseId: "case-aus-memo",
            title: "T",
            description: "",
            internalTo: null,
          },
        ],
      ],
      "forbidden",
    ],
    [
      "a visitor may not turn it into a case of the host",
      [
        [ANNA, station(LAGER)],
        [OSKAR, observe(MEMO)],
        [
          BERND,
          {
            type: "observation.case",
            sessionId: VISIT,
            observationId: MEMO,
            caseId: "case-aus-memo",
            title: "T",
            description: "",
            internalTo: null,
          },
        ],
      ],
      "forbidden",
    ],
    ["a guest may not write a take-home item", [[OSKAR, takeHome("takehome-1", ORG_A)]], "forbidden"],
    ["a visitor writes on their own list", [[BERND, takeHome("takehome-1", ORG_A, ORG_A)]], null],
    ["nobody writes on another company's list", [[DORIS, takeHome("takehome-1", ORG_A)]], "forbidden"],
    ["the host has no take-home list", [[DORIS, takeHome("takehome-1", ORG_B)]], "conflict"],
    [
      "another company's internal item is answered as missing",
      [
        [BERND, takeHome("takehome-1", ORG_A, ORG_A)],
        [DORIS, { type: "takehome.remove", sessionId: VISIT, itemId: "takehome-1" }],
      ],
      "not_found",
    ],
    [
      "a host-internal station is answered as missing to a guest",
      [
        [DORIS, station(LAGER, "Lager", { internalTo: ORG_B })],
        [OSKAR, observe(MEMO)],
      ],
      "not_found",
    ],
  ])("%s", (_label, sent, refused) => {
    const before = visitRoom();
    const result = run(before, sent);
    expect(result.refused).toBe(refused);
    if (refused !== null) {
      // A refusal changes nothing: the state is the one before the refused command.
      const upToRefused = run(before, sent.slice(0, -1));
      expect(result.state).toStrictEqual(upToRefused.state);
    }
  });
});

describe("the tour", () => {
  it("adds, moves, steps and removes stations; a removed station takes its observations and the group along", () => {
    const { state, refused } = run(visitRoom(), [
      [ANNA, station(LAGER, "Lager")],
      [DORIS, station(TOR, "Tor", { place: "Halle 2", hostPersonId: DORIS, lookAt: "Kanban-Tafel" })],
      [DORIS, { type: "station.move", sessionId: VISIT, stationId: TOR, index: 0 }],
      [ANNA, { type: "station.step", sessionId: VISIT, stationId: LAGER }],
      [CARLA, observe(MEMO)],
      [DORIS, { type: "station.update", sessionId: VISIT, stationId: LAGER, changes: { timeBoxMin: 30 } }],
    ]);
    expect(refused).toBeNull();
    const visit = visitOf(state, VISIT);
    expect(visit.stations.map((s) => [s.name, s.timeBoxMin])).toEqual([
      ["Tor", 20],
      ["Lager", 30],
    ]);
    expect(visit.currentStationId).toBe(LAGER);
    expect(visit.observations).toMatchObject([{ id: MEMO, stationId: LAGER, by: CARLA, kind: "notice", caseId: null }]);
    const removed = run(state, [[DORIS, { type: "station.remove", sessionId: VISIT, stationId: LAGER }]]);
    expect(visitOf(removed.state, VISIT)).toMatchObject({ currentStationId: null, observations: [] });
  });

  it("turns an observation into a case of the host, once, with where it comes from", () => {
    const turn: ClientCommand = {
      type: "observation.case",
      sessionId: VISIT,
      observationId: MEMO,
      caseId: "case-aus-memo",
      title: "Kanban-Tafel am Tor",
      description: "Aus Beobachtung bei Station Lager: Kanban-Tafel am Tor",
      internalTo: ORG_B,
    };
    const { state, refused } = run(visitRoom(), [
      [ANNA, station(LAGER)],
      [OSKAR, observe(MEMO)],
      [DORIS, turn],
    ]);
    expect(refused).toBeNull();
    expect(state.cases["case-aus-memo"]).toMatchObject({
      orgId: ORG_B,
      sessionId: VISIT,
      internalTo: ORG_B,
      createdBy: DORIS,
      description: "Aus Beobachtung bei Station Lager: Kanban-Tafel am Tor",
    });
    expect(visitOf(state, VISIT).observations[0]?.caseId).toBe("case-aus-memo");
    expect(run(state, [[DORIS, { ...turn, caseId: "case-aus-memo2" }]]).refused).toBe("conflict");
  });

  const makeCase = (caseId: string): Sent => [
    DORIS,
    {
      type: "observation.case",
      sessionId: VISIT,
      observationId: MEMO,
      caseId,
      title: "T",
      description: "",
      internalTo: null,
    },
  ];
  const turned: Sent[] = [[ANNA, station(LAGER)], [OSKAR, observe(MEMO)], makeCase("case-aus-memo")];
  const hostBecomes = (hostOrgId: string | null): Sent => [
    ANNA,
    { type: "session.update", sessionId: VISIT, changes: { hostOrgId } },
  ];
  it.each<[string, Sent[], string | null, (string | null)[]]>([
    [
      "a case made of an observation is removed: the observation is none any more",
      [...turned, [DORIS, { type: "case.remove", caseId: "case-aus-memo" }]],
      null,
      [null],
    ],
    [
      "and it is made into a case again",
      [...turned, [DORIS, { type: "case.remove", caseId: "case-aus-memo" }], makeCase("case-aus-memo2")],
      null,
      ["case-aus-memo2"],
    ],
    [
      "another organisation hosts a visit with nothing kept back",
      [...turned, hostBecomes(ORG_A)],
      null,
      ["case-aus-memo"],
    ],
    [
      "another organisation may not host while the host keeps a station to itself",
      [[DORIS, station(TOR, "Tor", { internalTo: ORG_B })], hostBecomes(ORG_A)],
      "conflict",
      [],
    ],
    [
      "nor may the visit lose its host then",
      [[DORIS, station(TOR, "Tor", { internalTo: ORG_B })], hostBecomes(null)],
      "conflict",
      [],
    ],
  ])("%s; the series' backup holds together", (_label, sent, refused, caseIds) => {
    const { state, refused: refusal } = run(visitRoom(), sent);
    expect(refusal).toBe(refused);
    expect(visitOf(state, VISIT).observations.map((o) => o.caseId)).toEqual(caseIds);
    expect(backupProblem(state)).toBeNull();
  });
});

describe("what each viewer sees of a visit", () => {
  const { state, refused } = run(visitRoom(), [
    [DORIS, station(LAGER, "Lager")],
    [DORIS, station(TOR, "Vorbereitung Tor")],
    [ANNA, { type: "station.step", sessionId: VISIT, stationId: TOR }],
    // The host takes back the station the group is at: the visitors no longer see it, nor the group there.
    [DORIS, { type: "station.update", sessionId: VISIT, stationId: TOR, changes: { internalTo: ORG_B } }],
    [CARLA, observe(MEMO)],
    [DORIS, observe("observation-2", "Tor noch aufräumen", TOR)],
    [
      DORIS,
      {
        type: "observation.case",
        sessionId: VISIT,
        observationId: MEMO,
        caseId: "case-intern-b",
        title: "T",
        description: "",
        internalTo: ORG_B,
      },
    ],
    [BERND, takeHome("takehome-open", ORG_A)],
    [BERND, takeHome("takehome-ours", ORG_A, ORG_A)],
  ]);

  it.each<
    [
      string,
      string,
      { stations: string[]; current: string | null; observations: [string, string | null][]; takeHome: string[] },
    ]
  >([
    [
      "the host",
      DORIS,
      {
        stations: [LAGER, TOR],
        current: TOR,
        observations: [
          [MEMO, "case-intern-b"],
          ["observation-2", null],
        ],
        takeHome: ["takehome-open"],
      },
    ],
    [
      "a visitor",
      CARLA,
      { stations: [LAGER], current: null, observations: [[MEMO, null]], takeHome: ["takehome-open", "takehome-ours"] },
    ],
    [
      "a guest of the visitors' company",
      OSKAR,
      { stations: [LAGER], current: null, observations: [[MEMO, null]], takeHome: ["takehome-open"] },
    ],
  ])("%s", (_label, personId, expected) => {
    expect(refused).toBeNull();
    const viewer = viewerOf(state, personId);
    if (!viewer) throw new Error(`${personId} is in the room`);
    const visit = visitOf(projectState(state, viewer), VISIT);
    expect({
      stations: visit.stations.map((s) => s.id),
      current: visit.currentStationId,
      observations: visit.observations.map((o): [string, string | null] => [o.id, o.caseId]),
      takeHome: visit.takeHome.map((t) => t.id),
    }).toEqual(expected);
    // Nothing of the host's internal station reaches anyone else, in any field.
    if (personId !== DORIS) expect(JSON.stringify(projectState(state, viewer))).not.toContain("Vorbereitung Tor");
  });

  it.each<[string, ClientCommand, string, "unchanged" | "hidden" | "resync" | "not_found"]>([
    ["a shared station reaches visitors", station("station-neu"), CARLA, "unchanged"],
    ["a host-internal station does not", station("station-neu", "Geheim", { internalTo: ORG_B }), CARLA, "hidden"],
    ["the host sees it", station("station-neu", "Geheim", { internalTo: ORG_B }), DORIS, "unchanged"],
    [
      "the host keeps back the station the group is at: the visitor's view changes as a whole",
      { type: "station.update", sessionId: VISIT, stationId: LAGER, changes: { internalTo: ORG_B } },
      CARLA,
      "resync",
    ],
    [
      "a facilitator of another company cannot step to a station kept from them",
      { type: "station.step", sessionId: VISIT, stationId: TOR },
      ANNA,
      "not_found",
    ],
    ["an observation reaches the host", observe("observation-3"), DORIS, "unchanged"],
    ["an internal take-home item does not reach the host", takeHome("takehome-neu", ORG_A, ORG_A), DORIS, "hidden"],
  ])("%s", (_label, command, viewerId, outcome) => {
    const before = run(visitRoom(), [
      [DORIS, station(LAGER)],
      [DORIS, station(TOR, "Tor", { internalTo: ORG_B })],
      [ANNA, { type: "station.step", sessionId: VISIT, stationId: LAGER }],
    ]).state;
    const sender =
      command.type === "takehome.add"
        ? BERND
        : command.type === "observation.add"
          ? OSKAR
          : command.type === "station.step"
            ? ANNA
            : DORIS;
    const after = run(before, [[sender, command]]);
    if (outcome === "not_found") return expect(after.refused).toBe(outcome);
    expect(after.refused).toBeNull();
    const event = { seq: after.state.seq, commandId: "c", actorId: sender, at: "2026-12-10T09:00:00Z", command };
    const viewer = viewerOf(after.state, viewerId);
    if (!viewer) throw new Error("viewer");
    const projected = projectEvent(event, before, after.state, viewer);
    const seen = projected.event.command.type === "hidden" ? (projected.resync ? "resync" : "hidden") : "unchanged";
    expect(seen).toBe(outcome);
  });
});

describe("every viewer's copy of a visit follows the server's view of it", () => {
  const HIDDEN = "station-h";
  const A = "station-a";
  const B = "station-b";
  /** Doris keeps station H to Firma B, then adds A and B for everyone; the group is at A. */
  const tour = (): SeriesState =>
    run(visitRoom(), [
      [DORIS, station(HIDDEN, "Vorbereitung", { internalTo: ORG_B })],
      [DORIS, station(A, "Lager")],
      [DORIS, station(B, "Tor")],
      [ANNA, { type: "station.step", sessionId: VISIT, stationId: A }],
    ]).state;
  const move = (stationId: string, index: number): ClientCommand => ({
    type: "station.move",
    sessionId: VISIT,
    stationId,
    index,
  });
  const viewers: [string, Viewer | null][] = [
    ...[ANNA, BERND, CARLA, DORIS, OSKAR].map((id): [string, Viewer | null] => [id, viewerOf(tour(), id)]),
    ["the projector", PUBLIC_VIEWER],
  ];

  it.each<[string, string, ClientCommand]>([
    ["the facilitator moves B to index 1 (behind the hidden station)", ANNA, move(B, 1)],
    ["the facilitator moves B to the front", ANNA, move(B, 0)],
    ["the host moves A to index 1 (it stays behind the hidden station)", DORIS, move(A, 1)],
    ["the host moves A to the end", DORIS, move(A, 2)],
    ["the host moves the hidden station to the end", DORIS, move(HIDDEN, 2)],
    ["the host moves A to an index past the end", DORIS, move(A, 40)],
    ["a shared station is added", DORIS, station("station-c", "Versand")],
    [
      "a station is kept back",
      DORIS,
      { type: "station.update", sessionId: VISIT, stationId: B, changes: { internalTo: ORG_B } },
    ],
    [
      "the hidden station is shared",
      DORIS,
      { type: "station.update", sessionId: VISIT, stationId: HIDDEN, changes: { internalTo: null } },
    ],
    ["the group steps on to B", ANNA, { type: "station.step", sessionId: VISIT, stationId: B }],
    ["a shared station is removed", DORIS, { type: "station.remove", sessionId: VISIT, stationId: A }],
    ["an observation at a shared station", OSKAR, observe(MEMO, "Kanban-Tafel am Tor", B)],
  ])("%s", (_label, sender, command) => {
    const before = tour();
    const after = run(before, [[sender, command]]);
    expect(after.refused).toBeNull();
    const event = { seq: after.state.seq, commandId: "c", actorId: sender, at: "2026-12-10T09:00:00Z", command };
    const copies = viewers.map(([name, viewer]) => {
      if (!viewer) throw new Error(`${name} is in the room`);
      const projected = projectEvent(event, before, after.state, viewer);
      // A resync replaces the copy with the server's view; otherwise the viewer applies what reaches them.
      const copy = projected.resync
        ? projectState(after.state, viewer)
        : apply(projectState(before, viewer), projected.event);
      return [name, visitOf(copy, VISIT).stations.map((s) => s.id), JSON.stringify(copy).includes(HIDDEN)];
    });
    const served = viewers.map(([name, viewer]) => {
      if (!viewer) throw new Error(`${name} is in the room`);
      const view = projectState(after.state, viewer);
      return [name, visitOf(view, VISIT).stations.map((s) => s.id), JSON.stringify(view).includes(HIDDEN)];
    });
    expect(copies).toEqual(served);
  });
});

describe("the minutes of a peer visit", () => {
  const { state } = run(visitRoom(), [
    [DORIS, station(LAGER, "Lager", { place: "Halle 1", hostPersonId: DORIS, lookAt: "Kanban-Tafel" })],
    [DORIS, station(TOR, "Vorbereitung Tor", { internalTo: ORG_B })],
    [OSKAR, observe(MEMO)],
    [BERND, takeHome("takehome-open", ORG_A)],
    [BERND, takeHome("takehome-ours", ORG_A, ORG_A)],
  ]);
  const markdownFor = (personId: string, lang: "de" | "en"): string => {
    const viewer = viewerOf(state, personId);
    const minutes = viewer && sessionMinutes(projectState(state, viewer), VISIT);
    if (!minutes) throw new Error("minutes");
    return minutesMarkdown(minutes, lang);
  };

  it.each<[string, string, "de" | "en", string[], string[]]>([
    [
      "a visitor, in German",
      BERND,
      "de",
      [
        "## Rundgang",
        "1. **Lager** (20 Min., Ort: Halle 1, Zeigt: Doris)",
        "   Worauf achten: Kanban-Tafel",
        "   - Was fällt auf? Kanban-Tafel am Tor – Oskar",
        "### Mitnehmen: Firma A",
        "- Tafel am Tor ausprobieren (Intern)",
      ],
      ["Vorbereitung Tor"],
    ],
    [
      "the host, in English",
      DORIS,
      "en",
      ["## Tour", "2. **Vorbereitung Tor** (20 min)", "### Take home: Firma A"],
      ["(Internal)"],
    ],
  ])("%s", (_label, personId, lang, present, absent) => {
    const markdown = markdownFor(personId, lang);
    for (const line of present) expect(markdown.split("\n")).toContain(line);
    for (const text of absent) expect(markdown).not.toContain(text);
  });
});
