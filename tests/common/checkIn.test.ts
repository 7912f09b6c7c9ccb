import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import { authorizeCommand } from "@common/domain/authorize.js";
import { seriesStateSchema, type EventCommand } from "@common/domain/commands.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { ANNA, BERND, CARLA, DORIS, makeRoom, OSKAR, SESSION, type Step } from "./fixtures.js";

const QUESTION = "Was erwarten Sie von heute?";

function answer(by: string, text: string): Step {
  return { by, command: { type: "checkin.answer", sessionId: SESSION, text } };
}

const ask = (question: string): Step => ({
  type: "session.update",
  sessionId: SESSION,
  changes: { checkInQuestion: question },
});

const answersOf = (state: SeriesState) => state.sessions[SESSION]?.checkInAnswers;

describe("the check-in round", () => {
  it.each<[string, Step[], Record<string, string> | undefined]>([
    ["nobody answered yet", [], undefined],
    ["one answer, trimmed", [answer(BERND, "  Klarheit bei Eilaufträgen ")], { [BERND]: "Klarheit bei Eilaufträgen" }],
    [
      "each person their own",
      [answer(BERND, "Klarheit"), answer(DORIS, "Zahlen")],
      { [BERND]: "Klarheit", [DORIS]: "Zahlen" },
    ],
    ["a new answer replaces one's own", [answer(CARLA, "erst"), answer(CARLA, "dann")], { [CARLA]: "dann" }],
    ["an empty answer takes it back", [answer(CARLA, "erst"), answer(CARLA, "  ")], {}],
  ])("%s", (_label, steps, expected) => {
    expect(answersOf(makeRoom(steps))).toEqual(expected);
  });

  it.each<[string, Step[], EventCommand, string]>([
    [
      "an answer where no question is asked",
      [ask("")],
      { type: "checkin.answer", sessionId: SESSION, text: "x" },
      "conflict",
    ],
    ["an unknown session", [], { type: "checkin.answer", sessionId: "nope", text: "x" }, "not_found"],
    [
      "an answer after the close",
      [{ type: "session.close", sessionId: SESSION, confirmUndecided: true }],
      { type: "checkin.answer", sessionId: SESSION, text: "x" },
      "conflict",
    ],
  ])("refuses %s", (_label, steps, command, code) => {
    expect(checkCommand(makeRoom(steps), command)?.code).toBe(code);
  });

  it.each<[string, string, string | null]>([
    ["a participant answers", BERND, null],
    ["a facilitator answers", ANNA, null],
    ["an observer reads along", OSKAR, "forbidden"],
  ])("%s", (_label, actor, code) => {
    const command = { type: "checkin.answer", sessionId: SESSION, text: "x" } as const;
    expect(authorizeCommand(makeRoom(), actor, command)?.code ?? null).toBe(code);
  });

  it("lets a participant answer while the board is locked, but not ask", () => {
    const locked = makeRoom([{ type: "room.lock", scope: "board", locked: true }]);
    expect(authorizeCommand(locked, BERND, { type: "checkin.answer", sessionId: SESSION, text: "x" })).toBeNull();
    expect(
      authorizeCommand(locked, BERND, { type: "session.update", sessionId: SESSION, changes: { checkInQuestion: "?" } })
        ?.code,
    ).toBe("forbidden");
  });
});

describe("the check-in round in the minutes and the backup", () => {
  const round = makeRoom([answer(DORIS, "Zahlen zur Liefertreue"), answer(BERND, "Klarheit *bei* Eilaufträgen")]);

  it("lists the question and each answer by name in the order people joined, Markdown escaped", () => {
    expect(sessionMinutes(round, SESSION)?.checkIn).toEqual({
      question: QUESTION,
      answers: [
        { name: "Bernd", text: "Klarheit *bei* Eilaufträgen" },
        { name: "Doris", text: "Zahlen zur Liefertreue" },
      ],
    });
    const md = minutesMarkdown(sessionMinutes(round, SESSION) ?? fail(), "de");
    expect(md).toContain(
      `## Check-in-Runde\n\n_${QUESTION}_\n\n- **Bernd:** Klarheit \\*bei\\* Eilaufträgen\n- **Doris:** Zahlen zur Liefertreue`,
    );
  });

  it("says nothing of a round that was never asked", () => {
    const none = makeRoom([ask("")]);
    expect(sessionMinutes(none, SESSION)?.checkIn).toBeNull();
    expect(minutesMarkdown(sessionMinutes(none, SESSION) ?? fail(), "en")).not.toContain("Check-in round");
  });

  it("survives a backup and restore, and a backup naming someone not in it is refused", () => {
    const parsed = seriesStateSchema.parse(JSON.parse(JSON.stringify(round)));
    const restored = apply(emptySeries("series-copy"), {
      seq: 1,
      commandId: "cmd-restore",
      actorId: ANNA,
      at: "2026-12-01T10:00:00.000Z",
      command: { type: "series.restore", series: parsed, importerName: "Anna" },
    });
    expect(answersOf(restored)).toEqual(answersOf(round));
    const session = round.sessions[SESSION] ?? fail();
    const ghost = { ...round, sessions: { [SESSION]: { ...session, checkInAnswers: { ghost: "hallo" } } } };
    const command: EventCommand = { type: "series.restore", series: ghost, importerName: "Anna" };
    expect(checkCommand(emptySeries("series-copy"), command, ANNA)?.code).toBe("invalid_message");
  });

  it("reads an older backup that has no check-in at all", () => {
    const session = round.sessions[SESSION] ?? fail();
    const { checkInQuestion: _q, checkInAnswers: _a, ...older } = session;
    expect(seriesStateSchema.safeParse({ ...round, sessions: { [SESSION]: older } }).success).toBe(true);
  });
});

function fail(): never {
  throw new Error("missing");
}
