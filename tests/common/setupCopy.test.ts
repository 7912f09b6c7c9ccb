import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import { seriesStateSchema } from "@common/domain/commands.js";
import { seriesSetupCopy } from "@common/domain/series/setupCopy.js";
import { emptyRoom, emptySeries, type SeriesState } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { COMMAND_TYPES, commandFor } from "../support/fuzzCommands.js";
import { Prng } from "../support/prng.js";
import { AGREEMENT, ANNA, CARLA, DORIS, GOAL, makeRoom, ORG_A, ORG_B, SESSION, SHARED_CASE } from "./fixtures.js";
import { demoState } from "./results/demo.js";
import { SAMPLE_SCHEDULE } from "./samples.js";

const COPIED_AT = "2026-12-03T09:00:00.000Z";
const OPTIONS = { name: "S&OP Süd", createdAt: COPIED_AT };

/** A lived-in two-company series: every part of the state holds something. */
function source(): SeriesState {
  return makeRoom([
    { type: "series.schedule", schedule: SAMPLE_SCHEDULE },
    {
      type: "agenda.add",
      sessionId: SESSION,
      itemId: "kpicheck-0001",
      values: { title: "KPI-Check Liefertreue", ownerId: CARLA, timeBoxMin: 15, before: "review" },
    },
    { type: "template.save", sessionId: SESSION },
    { type: "interest.add", interestId: "int-sales1", side: "sales", label: "Kurze Zusagen" },
    { type: "interest.add", interestId: "int-oper1", side: "operations", label: "Stabiler Plan" },
    { type: "collision.add", collisionId: "coll-0001", interestIds: ["int-sales1", "int-oper1"] },
    { type: "goal.update", goalId: GOAL, changes: { kpiName: "OTIF", baseline: 88, target: 95 } },
    { type: "goal.add", goalId: "goal-intern", values: { title: "Marge Kleinkunden", internalTo: ORG_A } },
    { type: "case.update", caseId: SHARED_CASE, changes: { title: "Eilauftrag Nord" } },
    { type: "case.note.add", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-0001", text: "Zu spät" },
    { type: "case.note.remove", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-0001" },
    { type: "session.close", sessionId: SESSION, confirmUndecided: true },
    { type: "session.add", sessionId: "session-02", values: { date: "2026-12-10" } },
    { type: "session.phase", sessionId: "session-02", phase: "review" },
    {
      type: "session.add",
      sessionId: "session-v1",
      values: { date: "2026-12-11", kind: "peer_visit", hostOrgId: ORG_B },
    },
    {
      type: "station.add",
      sessionId: "session-v1",
      stationId: "station-001",
      values: { name: "Wareneingang", timeBoxMin: 20 },
    },
    { type: "review.set", sessionId: "session-02", agreementId: AGREEMENT, changes: { kept: "kept", kpiValue: 91 } },
    { type: "case.add", caseId: "case-new01", values: { title: "Sonderformat", sessionId: "session-02" } },
    { type: "room.spotlight", item: { kind: "case", id: "case-new01" } },
    { type: "vote.open", sessionId: "session-02", target: "cases", dotsPerPerson: 3, stacking: false },
    { by: CARLA, command: { type: "vote.cast", itemId: "case-new01", delta: 1 } },
  ]);
}

type Fate = "kept" | "given" | "emptied" | "dropped";

/** What becomes of each part of a series in the copy of its setup; a new part must be decided here. */
const FATES: Record<keyof SeriesState, Fate> = {
  id: "kept",
  name: "given",
  createdAt: "given",
  seq: "kept",
  starterCatalog: "kept",
  orgs: "kept",
  people: "kept",
  goals: "kept",
  interests: "kept",
  collisions: "kept",
  schedule: "kept",
  template: "kept",
  sessions: "emptied",
  cases: "emptied",
  agreements: "emptied",
  reviews: "emptied",
  edits: "emptied",
  votes: "emptied",
  room: "emptied",
  trash: "dropped",
  visits: "dropped",
};

const EMPTY: Partial<Record<keyof SeriesState, unknown>> = { room: emptyRoom() };

describe("seriesSetupCopy", () => {
  it.each(Object.entries(FATES) as [keyof SeriesState, Fate][])("%s is %s", (key, fate) => {
    const from = source();
    const copy = seriesSetupCopy(from, OPTIONS);
    const empty = EMPTY[key] ?? {};
    // Every part holds something in the source: a part that the copy loses or keeps by accident shows.
    expect(from[key]).toBeDefined();
    expect(from[key]).not.toEqual(empty);
    switch (fate) {
      case "kept":
        expect(copy[key]).toEqual(from[key]);
        break;
      case "given":
        expect(copy[key]).toBe(key === "name" ? OPTIONS.name : OPTIONS.createdAt);
        break;
      case "emptied":
        expect(copy[key]).toEqual(empty);
        break;
      case "dropped":
        expect(Object.hasOwn(copy, key)).toBe(false);
        break;
    }
  });

  it("keeps goals with their KPI baseline and target and internal ones internal, and people with org, function and role", () => {
    const copy = seriesSetupCopy(source(), OPTIONS);
    expect(copy.goals[GOAL]).toMatchObject({ kpiName: "OTIF", baseline: 88, target: 95, internalTo: null });
    expect(copy.goals["goal-intern"]).toMatchObject({ internalTo: ORG_A });
    expect(copy.people[CARLA]).toMatchObject({ name: "Carla", orgId: ORG_A, function: "operations" });
    expect(copy.people[ANNA]).toMatchObject({ role: "facilitator" });
    expect(JSON.stringify(copy)).not.toContain("91");
  });

  it("copies the example series into a series with its organisations and goals and nothing of its meetings", () => {
    const { state } = demoState();
    const viewer = viewerOf(state, "facilitator1");
    if (!viewer) throw new Error("the example has its facilitator");
    const copy = restoredCopy(projectState(state, viewer), "facilitator1");
    expect(Object.keys(copy.orgs).length).toBeGreaterThan(1);
    expect(Object.keys(copy.goals).length).toBeGreaterThan(1);
    expect(Object.keys(copy.interests).length).toBeGreaterThan(1);
    expect([copy.sessions, copy.cases, copy.agreements, copy.reviews]).toEqual([{}, {}, {}, {}]);
    expect(copy.people.facilitator1).toMatchObject({ role: "facilitator" });
    expect(copy.name).toBe(OPTIONS.name);
  });

  it("passes the checks of a restored backup and names no session, case, agreement or contribution of the source (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 60 }), (seed, steps) => {
        const from = randomSeries(seed, steps);
        const viewer = viewerOf(from, ANNA);
        if (!viewer) throw new Error("Anna is in every series");
        const copy = seriesSetupCopy(projectState(from, viewer), OPTIONS);
        expect(seriesStateSchema.safeParse(copy).success).toBe(true);
        const restore = { type: "series.restore", series: copy, importerName: "Anna" } as const;
        expect(checkCommand(emptySeries("series-new"), restore, ANNA)).toBeNull();
        const text = JSON.stringify(copy);
        const meetingIds = [
          ...Object.keys(from.sessions),
          ...Object.keys(from.cases),
          ...Object.keys(from.agreements),
          ...Object.values(from.cases).flatMap((c) =>
            [...c.wentWell, ...c.wentWrong, ...c.betterNext, ...c.mirrors].map((n) => n.id),
          ),
          ...Object.keys(from.trash ?? {}),
        ];
        expect(meetingIds.filter((id) => text.includes(`"${id}"`) || text.includes(`${id}:`))).toEqual([]);
        expect(restoredCopy(copy, ANNA).seq).toBe(1);
      }),
      { numRuns: 40 },
    );
  });
});

/** The copy of `from`'s setup restored as a new series, the way the server makes it. */
function restoredCopy(from: SeriesState, importer: string): SeriesState {
  const copy = seriesSetupCopy(from, OPTIONS);
  return apply(emptySeries("series-new"), {
    seq: 1,
    commandId: "cmd-copy",
    actorId: importer,
    at: COPIED_AT,
    command: { type: "series.restore", series: copy, importerName: "Anna" },
  });
}

/** The two-company room after `steps` random commands that the rules accept, by Anna, Carla or Doris. */
function randomSeries(seed: number, steps: number): SeriesState {
  const rng = new Prng(seed);
  let state = makeRoom();
  for (let i = 0; i < steps; i++) {
    const actorId = rng.pick([ANNA, CARLA, DORIS]) ?? ANNA;
    const type = rng.pick(COMMAND_TYPES) ?? "case.add";
    const command = commandFor(type, state, rng);
    if (checkCommand(state, command, actorId) !== null) continue;
    state = apply(state, {
      seq: state.seq + 1,
      commandId: `cmd-${state.seq + 1}`,
      actorId,
      at: "2026-11-20T10:00:00.000Z",
      command,
    });
  }
  return state;
}
