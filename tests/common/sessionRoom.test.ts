import { describe, expect, it } from "vitest";
import { checkCommand } from "@common/domain/apply.js";
import { emptyRoom, type SeriesState } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { LIMITS } from "@common/limits.js";
import { ANNA, BERND, CARLA, DORIS, INTERNAL_CASE, makeRoom, SESSION, SHARED_CASE, type Step } from "./fixtures.js";

const NEXT = "session-02";
const EARLIER = "session-00";

/** Everything the facilitator steers live, all at once, in the first session. */
const live: Step[] = [
  { type: "room.spotlight", item: { kind: "case", id: SHARED_CASE } },
  { type: "timer.set", durationMs: 300_000, signal: true },
  { type: "timer.start" },
  { type: "room.lock", scope: "board", locked: true },
  { type: "room.lock", scope: "cases", locked: true },
  { by: CARLA, command: { type: "ready.set", ready: true } },
  { type: "vote.open", sessionId: SESSION, target: "cases", dotsPerPerson: 3, stacking: true },
  { by: BERND, command: { type: "vote.cast", itemId: SHARED_CASE, delta: 1 } },
  { by: CARLA, command: { type: "vote.cast", itemId: INTERNAL_CASE, delta: 1 } },
  { type: "vote.reveal" },
  { type: "vote.open", sessionId: SESSION, target: "cases", dotsPerPerson: 1, stacking: false },
  { by: DORIS, command: { type: "vote.cast", itemId: SHARED_CASE, delta: 1 } },
  {
    type: "breakout.start",
    sessionId: SESSION,
    groups: [{ groupId: "group-001", name: "Gruppe 1", memberIds: [BERND], caseId: SHARED_CASE }],
  },
];

const addNext = (date: string, sessionId = NEXT): Step => ({ type: "session.add", sessionId, values: { date } });
const close = (sessionId = SESSION): Step => ({ type: "session.close", sessionId, confirmUndecided: true });

/** What is still going on in the room: each thing that should not carry over into another session. */
function leftovers(state: SeriesState): string[] {
  const { room } = state;
  return [
    room.spotlight && "spotlight",
    room.timer && "timer",
    room.lock.board && "board lock",
    room.lock.phases.length > 0 && "phase lock",
    Object.keys(room.ready).length > 0 && "ready",
    room.voting && "vote",
    Object.keys(state.votes).length > 0 && "ballots",
    room.breakout && "breakout",
  ].filter((thing): thing is string => typeof thing === "string");
}

const everything = ["timer", "board lock", "phase lock", "ready", "vote", "ballots", "breakout", "spotlight"].sort();

describe("each session starts with an empty room", () => {
  it.each<[string, Step[], "clean" | "kept"]>([
    ["the session closes and the planned next one becomes current", [addNext("2026-12-04"), close()], "clean"],
    ["the session closes, then the next one is planned", [close(), addNext("2026-12-04")], "clean"],
    ["a later session is planned while this one runs", [addNext("2026-12-04")], "kept"],
    ["the only session is closed (it stays the current one)", [close()], "kept"],
    ["an earlier session is planned: it becomes current", [addNext("2026-11-01", EARLIER)], "clean"],
    [
      "the next session is moved before this one",
      [addNext("2026-12-04"), { type: "session.update", sessionId: NEXT, changes: { date: "2026-11-01" } }],
      "clean",
    ],
    [
      "a session that is not current is renamed",
      [addNext("2026-12-04"), { type: "session.update", sessionId: NEXT, changes: { place: "Werk Süd" } }],
      "kept",
    ],
    [
      "this session's place changes",
      [{ type: "session.update", sessionId: SESSION, changes: { place: "Werk Süd" } }],
      "kept",
    ],
  ])("%s", (_label, steps, expected) => {
    const state = makeRoom([...live, ...steps]);
    if (expected === "clean") {
      expect(state.room).toEqual(emptyRoom());
      expect(leftovers(state)).toEqual([]);
    } else {
      expect(leftovers(state).sort()).toEqual(everything);
    }
  });

  it("reopening the previous session leaves the next one's room behind too", () => {
    const state = makeRoom([
      addNext("2026-12-04"),
      close(),
      { type: "timer.set", durationMs: 60_000, signal: false },
      { type: "room.lock", scope: "board", locked: true },
      { type: "session.reopen", sessionId: SESSION },
    ]);
    expect(state.room).toEqual(emptyRoom());
  });

  it("keeps every revealed vote with its session, and in its minutes, after the room moved on", () => {
    const state = makeRoom([...live, addNext("2026-12-04"), close()]);
    expect(state.room.voting).toBeNull();
    expect(state.sessions[SESSION]?.voteResults).toEqual([
      { target: "cases", dotsPerPerson: 3, voters: 2, totals: { [SHARED_CASE]: 1, [INTERNAL_CASE]: 1 } },
    ]);
    expect(state.sessions[NEXT]?.voteResults).toBeUndefined();
    const minutes = sessionMinutes(state, SESSION);
    expect(minutes?.votes).toEqual([
      {
        target: "cases",
        dotsPerPerson: 3,
        voters: 2,
        // A tie is a tie: both share the first place.
        items: [
          { place: 1, title: "Eilauftrag", total: 1 },
          { place: 1, title: "Interne Kalkulation", total: 1 },
        ],
      },
    ]);
    if (!minutes) throw new Error("no minutes");
    const markdown = minutesMarkdown(minutes, "de");
    expect(markdown).toContain("## Punktabfragen");
    expect(markdown).toContain("- Platz 1: Interne Kalkulation – Punkte: 1");
    expect(sessionMinutes(state, NEXT)?.votes).toEqual([]);
  });

  it("shows a kept vote without the dots on items a viewer may not see", () => {
    const state = makeRoom([...live, addNext("2026-12-04"), close()]);
    const viewer = viewerOf(state, DORIS);
    if (!viewer) throw new Error("Doris is not in the series");
    const seen = projectState(state, viewer);
    expect(seen.sessions[SESSION]?.voteResults?.[0]?.totals).toEqual({ [SHARED_CASE]: 1 });
    expect(sessionMinutes(seen, SESSION)?.votes[0]?.items.map((i) => i.title)).toEqual(["Eilauftrag"]);
    const anna = viewerOf(state, ANNA);
    if (!anna) throw new Error("Anna is not in the series");
    expect(projectState(state, anna).sessions).toBe(state.sessions);
  });

  it("refuses a vote beyond the votes one session keeps", () => {
    const round: Step[] = [
      { type: "vote.open", sessionId: SESSION, target: "cases", dotsPerPerson: 1, stacking: false },
      { type: "vote.reveal" },
    ];
    const full = makeRoom(Array.from({ length: LIMITS.votesPerSession }, () => round).flat());
    expect(full.sessions[SESSION]?.voteResults).toHaveLength(LIMITS.votesPerSession);
    const again = {
      type: "vote.open",
      sessionId: SESSION,
      target: "cases",
      dotsPerPerson: 1,
      stacking: false,
    } as const;
    expect(checkCommand(full, again, ANNA)?.code).toBe("limit_exceeded");
  });
});
