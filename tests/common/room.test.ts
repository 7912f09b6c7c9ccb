import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import type { EventCommand } from "@common/domain/commands.js";
import { readyCount } from "@common/domain/rules/ready.js";
import { timerRemainingMs } from "@common/domain/rules/timer.js";
import { voteRanking } from "@common/domain/rules/votes.js";
import type { SeriesState } from "@common/domain/types.js";
import {
  AGREEMENT,
  ANNA,
  BERND,
  CARLA,
  DORIS,
  INTERNAL_CASE,
  makeEvents,
  makeRoom,
  ORG_A,
  ORG_B,
  OSKAR,
  SESSION,
  SHARED_CASE,
  type Step,
} from "./fixtures.js";

const T0 = Date.parse("2026-11-20T10:00:00.000Z");
const MIN = 60_000;

/** Applies commands to a state, each committed at its own time. */
function at(state: SeriesState, steps: [number, Step][]): SeriesState {
  return steps.reduce((s, [ms, step]) => {
    const [event] = makeEvents([step], s.seq + 1);
    return event ? apply(s, { ...event, at: new Date(T0 + ms).toISOString() }) : s;
  }, state);
}

describe("timer arithmetic: time comes only from the events", () => {
  const set: Step = { type: "timer.set", durationMs: 10 * MIN, signal: true };
  const start: Step = { type: "timer.start" };
  const pause: Step = { type: "timer.pause" };
  const add = (ms: number): Step => ({ type: "timer.add", ms });
  const iso = (ms: number): string => new Date(T0 + ms).toISOString();
  it.each<[string, [number, Step][], number, string | null, number]>([
    // label, steps at ms after T0, remainingMs, endsAt, what is left at T0 + 4 min
    ["set: stopped with all of it", [[0, set]], 10 * MIN, null, 10 * MIN],
    [
      "started: ends a duration later",
      [
        [0, set],
        [MIN, start],
      ],
      10 * MIN,
      iso(11 * MIN),
      7 * MIN,
    ],
    [
      "paused after 2 minutes",
      [
        [0, set],
        [0, start],
        [2 * MIN, pause],
      ],
      8 * MIN,
      null,
      8 * MIN,
    ],
    [
      "resumed after a pause",
      [
        [0, set],
        [0, start],
        [MIN, pause],
        [3 * MIN, start],
      ],
      9 * MIN,
      iso(12 * MIN),
      8 * MIN,
    ],
    [
      "running, 5 minutes added",
      [
        [0, set],
        [0, start],
        [MIN, add(5 * MIN)],
      ],
      10 * MIN,
      iso(15 * MIN),
      11 * MIN,
    ],
    [
      "running, cut below now: ends now",
      [
        [0, set],
        [0, start],
        [3 * MIN, add(-60 * MIN)],
      ],
      10 * MIN,
      iso(3 * MIN),
      0,
    ],
    [
      "paused, 2 minutes taken",
      [
        [0, set],
        [0, start],
        [MIN, pause],
        [2 * MIN, add(-2 * MIN)],
      ],
      7 * MIN,
      null,
      7 * MIN,
    ],
    [
      "paused, cut below zero",
      [
        [0, set],
        [MIN, add(-30 * MIN)],
      ],
      0,
      null,
      0,
    ],
    [
      "paused past its end",
      [
        [0, set],
        [0, start],
        [20 * MIN, pause],
      ],
      0,
      null,
      0,
    ],
    [
      "reset while running",
      [
        [0, set],
        [0, start],
        [2 * MIN, { type: "timer.reset" }],
      ],
      10 * MIN,
      null,
      10 * MIN,
    ],
  ])("%s", (_label, steps, remainingMs, endsAt, leftAt4) => {
    const timer = at(makeRoom(), steps).room.timer;
    expect(timer).toMatchObject({ durationMs: 10 * MIN, remainingMs, endsAt, signal: true });
    expect(timer && timerRemainingMs(timer, T0 + 4 * MIN)).toBe(leftAt4);
  });

  it("clears the timer", () => {
    expect(
      at(makeRoom(), [
        [0, set],
        [0, { type: "timer.clear" }],
      ]).room.timer,
    ).toBeNull();
  });

  it.each<[string, Step[], EventCommand, string | null]>([
    ["starting without a timer", [], { type: "timer.start" }, "conflict"],
    ["starting a running timer", [set, start], { type: "timer.start" }, "conflict"],
    ["pausing a stopped timer", [set], { type: "timer.pause" }, "conflict"],
    ["adding to no timer", [], { type: "timer.add", ms: MIN }, "conflict"],
    ["adding to a stopped timer", [set], { type: "timer.add", ms: MIN }, null],
  ])("%s", (_label, steps, command, code) => {
    expect(checkCommand(makeRoom(steps), command)?.code ?? null).toBe(code);
  });
});

describe("readiness", () => {
  const ready = (by: string, on = true): Step => ({ by, command: { type: "ready.set", ready: on } });
  const phase = (p: "cases" | "agreements"): Step => ({ type: "session.phase", sessionId: SESSION, phase: p });
  // Bernd, Carla, Doris take part; Anna facilitates, Oskar observes: neither counts.
  it.each<[string, Step[], { ready: number; of: number }]>([
    ["nobody yet", [], { ready: 0, of: 3 }],
    ["two ready", [ready(BERND), ready(CARLA)], { ready: 2, of: 3 }],
    ["one takes it back", [ready(BERND), ready(CARLA), ready(CARLA, false)], { ready: 1, of: 3 }],
    ["an observer's readiness does not count", [ready(BERND), ready(OSKAR)], { ready: 1, of: 3 }],
    ["the next phase starts everyone over", [ready(BERND), ready(CARLA), phase("agreements")], { ready: 0, of: 3 }],
    ["ready again in the next phase", [ready(BERND), phase("agreements"), ready(DORIS)], { ready: 1, of: 3 }],
    [
      "a person made observer drops out of both counts",
      [ready(BERND), { type: "person.role", personId: BERND, role: "observer" }],
      { ready: 0, of: 2 },
    ],
  ])("%s", (_label, steps, count) => {
    expect(readyCount(makeRoom(steps))).toEqual(count);
  });

  it("keeps the step a person said they are ready with", () => {
    expect(makeRoom([ready(BERND)]).room.ready).toEqual({ [BERND]: `${SESSION}:cases` });
  });
});

describe("dot voting", () => {
  const second = "case-second";
  const open: Step = { type: "vote.open", sessionId: SESSION, target: "cases", dotsPerPerson: 3, stacking: true };
  const cast = (by: string, itemId: string, delta: 1 | -1 = 1): Step => ({
    by,
    command: { type: "vote.cast", itemId, delta },
  });
  const voted: Step[] = [
    { type: "case.add", caseId: second, values: { title: "Zweiter", sessionId: SESSION } },
    open,
    cast(BERND, second),
    cast(BERND, second),
    cast(CARLA, SHARED_CASE),
    cast(DORIS, second),
    cast(DORIS, second, -1),
  ];

  it("keeps ballots per person and counts who voted, not what", () => {
    const state = makeRoom(voted);
    expect(state.votes).toEqual({ [BERND]: { [second]: 2 }, [CARLA]: { [SHARED_CASE]: 1 } });
    expect(state.room.voting).toMatchObject({ state: "open", totals: null, voters: 2 });
    expect(voteRanking(state)).toEqual([]);
  });

  it("reveals the tally and ranks the items, and keeps the ranking once closed", () => {
    const revealed = makeRoom([...voted, { type: "vote.reveal" }]);
    expect(revealed.room.voting).toMatchObject({ state: "revealed", totals: { [second]: 2, [SHARED_CASE]: 1 } });
    const closed = makeRoom([...voted, { type: "vote.reveal" }, { type: "vote.close" }]);
    expect(closed.room.voting?.state).toBe("closed");
    expect(voteRanking(closed)).toEqual([
      { itemId: second, total: 2 },
      { itemId: SHARED_CASE, total: 1 },
    ]);
  });

  it("takes totals the server sent instead of ballots it did not", () => {
    const state = makeRoom([open, { type: "vote.reveal", totals: { [SHARED_CASE]: 5 } }]);
    expect(voteRanking(state)).toEqual([{ itemId: SHARED_CASE, total: 5 }]);
  });

  it("starts a new round from nothing", () => {
    const state = makeRoom([...voted, { type: "vote.reveal" }, open]);
    expect(state.votes).toEqual({});
    expect(state.room.voting).toMatchObject({ state: "open", totals: null, voters: 0 });
  });

  it("gives the dots back when a voted case is removed", () => {
    const state = makeRoom([...voted, { type: "case.remove", caseId: second }]);
    expect(state.votes).toEqual({ [BERND]: {}, [CARLA]: { [SHARED_CASE]: 1 } });
    expect(state.room.voting?.voters).toBe(1);
  });

  it.each<[string, Step[], EventCommand, string | null]>([
    ["a dot with no vote open", [], { type: "vote.cast", itemId: SHARED_CASE, delta: 1 }, "conflict"],
    ["a dot on an agreement in a case vote", [open], { type: "vote.cast", itemId: AGREEMENT, delta: 1 }, "not_found"],
    [
      "a dot on a case of another session",
      [{ type: "case.add", caseId: "case-other", values: { title: "x" } }, open],
      { type: "vote.cast", itemId: "case-other", delta: 1 },
      "not_found",
    ],
    [
      "a dot on an agreement in an agreement vote",
      [{ ...open, target: "agreements" }],
      { type: "vote.cast", itemId: AGREEMENT, delta: 1 },
      null,
    ],
    [
      "a dot after the reveal",
      [open, { type: "vote.reveal" }],
      { type: "vote.cast", itemId: SHARED_CASE, delta: 1 },
      "conflict",
    ],
    ["closing before the reveal", [open], { type: "vote.close" }, "conflict"],
    ["revealing twice", [open, { type: "vote.reveal" }], { type: "vote.reveal" }, "conflict"],
    [
      "a vote in a closed session",
      [{ type: "session.close", sessionId: SESSION, confirmUndecided: true }],
      open as EventCommand,
      "conflict",
    ],
  ])("%s", (_label, steps, command, code) => {
    expect(checkCommand(makeRoom(steps), command)?.code ?? null).toBe(code);
  });
});

describe("breakouts", () => {
  const group = (groupId: string, memberIds: string[], caseId: string | null = null) => ({
    groupId,
    name: `Gruppe ${groupId}`,
    memberIds,
    caseId,
  });
  const start = (...groups: ReturnType<typeof group>[]): EventCommand => ({
    type: "breakout.start",
    sessionId: SESSION,
    groups,
  });
  it.each<[string, EventCommand, string | null]>([
    ["two groups on cases", start(group("group-001", [BERND, DORIS], SHARED_CASE), group("group-002", [CARLA])), null],
    ["a person in two groups", start(group("group-001", [BERND]), group("group-002", [BERND])), "conflict"],
    ["a group id twice", start(group("group-001", [BERND]), group("group-001", [CARLA])), "duplicate_id"],
    ["a stranger in a group", start(group("group-001", ["person-nobody"])), "not_found"],
    ["a missing case", start(group("group-001", [BERND], "case-nope1")), "not_found"],
  ])("%s", (_label, command, code) => {
    expect(checkCommand(makeRoom(), command)?.code ?? null).toBe(code);
  });

  it("runs the groups until the facilitator ends them", () => {
    const running = makeRoom([start(group("group-001", [BERND, DORIS], SHARED_CASE))]);
    expect(running.room.breakout).toEqual({
      sessionId: SESSION,
      groups: [{ id: "group-001", name: "Gruppe group-001", memberIds: [BERND, DORIS], caseId: SHARED_CASE }],
    });
    expect(makeRoom([start(group("group-001", [BERND])), { type: "breakout.end" }]).room.breakout).toBeNull();
    expect(checkCommand(makeRoom(), { type: "breakout.end" })?.code).toBe("conflict");
  });
});

describe("roles", () => {
  const role = (personId: string, r: "facilitator" | "participant" | "observer"): EventCommand => ({
    type: "person.role",
    personId,
    role: r,
  });
  it.each<[string, Step[], EventCommand, string | null]>([
    ["the last facilitator steps down", [], role(ANNA, "participant"), "conflict"],
    ["the last facilitator becomes observer", [], role(ANNA, "observer"), "conflict"],
    ["a facilitator steps down while another remains", [role(CARLA, "facilitator")], role(ANNA, "participant"), null],
    ["a participant becomes observer", [], role(BERND, "observer"), null],
    ["a role for a stranger", [], role("person-nobody", "participant"), "not_found"],
  ])("%s", (_label, steps, command, code) => {
    expect(checkCommand(makeRoom(steps), command)?.code ?? null).toBe(code);
  });

  it("hands facilitation over: the target leads, the former facilitator takes part", () => {
    const state = makeRoom([{ type: "facilitation.handover", personId: CARLA }]);
    expect([state.people[ANNA]?.role, state.people[CARLA]?.role]).toEqual(["participant", "facilitator"]);
  });
});

describe("anonymity of contributions", () => {
  const anonymity = (mode: "named" | "side" | "anonymous", phase: "cases" | "review" = "cases"): Step => ({
    type: "session.anonymity",
    sessionId: SESSION,
    phase,
    mode,
  });
  const note = (list: "went_wrong" | "went_well" | "better_next", caseId = SHARED_CASE): Step => ({
    by: DORIS,
    command: { type: "case.note.add", caseId, list, noteId: "note-0001", text: "Zu spät geliefert" },
  });
  const stored = (state: SeriesState) => {
    const n = Object.values(state.cases).flatMap((c) => [...c.wentWell, ...c.wentWrong, ...c.betterNext])[0];
    return n && [n.anonymity, n.by, n.authorSide, n.authorOrgId];
  };
  it.each<[string, Step[], unknown[]]>([
    ["no mode set: named", [note("went_wrong")], ["named", DORIS, "sales", ORG_B]],
    ["went wrong, by side", [anonymity("side"), note("went_wrong")], ["side", DORIS, "sales", ORG_B]],
    ["went wrong, anonymous", [anonymity("anonymous"), note("went_wrong")], ["anonymous", DORIS, "sales", ORG_B]],
    ["went well stays named", [anonymity("anonymous"), note("went_well")], ["named", DORIS, "sales", ORG_B]],
    ["better next stays named", [anonymity("anonymous"), note("better_next")], ["named", DORIS, "sales", ORG_B]],
    [
      "a mode of another phase",
      [anonymity("anonymous", "review"), note("went_wrong")],
      ["named", DORIS, "sales", ORG_B],
    ],
    [
      "a case without a session",
      [
        anonymity("anonymous"),
        { type: "case.add", caseId: "case-loose", values: { title: "x" } },
        note("went_wrong", "case-loose"),
      ],
      ["named", DORIS, "sales", ORG_B],
    ],
  ])("%s", (_label, steps, expected) => {
    expect(stored(makeRoom(steps))).toEqual(expected);
  });

  it("stores mirror statements with the phase's mode", () => {
    const state = makeRoom([
      anonymity("side"),
      {
        by: CARLA,
        command: { type: "case.mirror.add", caseId: SHARED_CASE, mirrorId: "mirror-01", ofSide: "sales", text: "x" },
      },
    ]);
    expect(state.cases[SHARED_CASE]?.mirrors[0]).toMatchObject({
      anonymity: "side",
      by: CARLA,
      authorSide: "operations",
      authorOrgId: ORG_A,
    });
  });

  it("takes the author from the event when it comes without its sender", () => {
    const before = makeRoom([anonymity("side")]);
    const command: EventCommand = {
      type: "case.note.add",
      caseId: SHARED_CASE,
      list: "went_wrong",
      noteId: "note-0001",
      text: "x",
    };
    const [event] = makeEvents([{ by: "", command }], before.seq + 1);
    const after = event && apply(before, { ...event, author: { side: "operations", orgId: ORG_B } });
    expect(after && stored(after)).toEqual(["side", "", "operations", ORG_B]);
  });
});

describe("internal items in the state", () => {
  it("inherits a revised agreement's visibility", () => {
    const state = makeRoom([
      { type: "item.visibility", kind: "agreement", itemId: AGREEMENT, internalTo: ORG_A },
      { type: "session.add", sessionId: "session-02", values: { date: "2027-01-15" } },
      {
        type: "review.decide",
        sessionId: "session-02",
        agreementId: AGREEMENT,
        decision: "revise",
        successor: { agreementId: "agreement-2b", text: "neu" },
      },
    ]);
    expect(state.agreements["agreement-2b"]?.internalTo).toBe(ORG_A);
  });

  it.each<[string, Step[], string | null]>([
    ["an organisation with an internal case", [], "conflict"],
    [
      "once the case is shared",
      [{ type: "item.visibility", kind: "case", itemId: INTERNAL_CASE, internalTo: null }],
      null,
    ],
  ])("removing %s", (_label, steps, code) => {
    expect(checkCommand(makeRoom(steps), { type: "org.remove", orgId: ORG_A })?.code ?? null).toBe(code);
  });

  it("lets the spotlight go when its item is removed", () => {
    const spot: Step = { type: "room.spotlight", item: { kind: "case", id: SHARED_CASE } };
    expect(makeRoom([spot]).room.spotlight).toEqual({ kind: "case", id: SHARED_CASE });
    expect(makeRoom([spot, { type: "case.remove", caseId: SHARED_CASE }]).room.spotlight).toBeNull();
    expect(checkCommand(makeRoom(), { type: "room.spotlight", item: { kind: "goal", id: "goal-nope1" } })?.code).toBe(
      "not_found",
    );
  });
});
