import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import { seriesStateSchema, type EventCommand } from "@common/domain/commands.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { ANNA, BERND, CARLA, DORIS, makeRoom, OSKAR, SESSION, type Step } from "./fixtures.js";

type Status = "present" | "excused" | "guest" | null;

function mark(personId: string, status: Status, by: string = ANNA): Step {
  return { by, command: { type: "attendance.set", sessionId: SESSION, personId, status } };
}

function attendanceOf(state: SeriesState): Record<string, string> | undefined {
  return state.sessions[SESSION]?.attendance;
}

describe("attendance.set", () => {
  it.each<[string, Step[], Record<string, string> | undefined]>([
    ["no attendance taken", [], undefined],
    ["one person present", [mark(BERND, "present", BERND)], { [BERND]: "present" }],
    [
      "present, excused and a guest",
      [mark(BERND, "present"), mark(DORIS, "excused"), mark(OSKAR, "guest")],
      { [BERND]: "present", [DORIS]: "excused", [OSKAR]: "guest" },
    ],
    ["a correction replaces the status", [mark(CARLA, "present"), mark(CARLA, "excused")], { [CARLA]: "excused" }],
    ["not recorded takes the entry back", [mark(CARLA, "present"), mark(CARLA, null)], {}],
  ])("%s", (_label, steps, expected) => {
    expect(attendanceOf(makeRoom(steps))).toEqual(expected);
  });

  it.each<[string, EventCommand, string]>([
    [
      "an unknown session",
      { type: "attendance.set", sessionId: "nope", personId: BERND, status: "present" },
      "not_found",
    ],
    [
      "an unknown person",
      { type: "attendance.set", sessionId: SESSION, personId: "nope", status: "present" },
      "not_found",
    ],
  ])("refuses %s and changes nothing", (_label, command, code) => {
    const state = makeRoom();
    expect(checkCommand(state, command)?.code).toBe(code);
    const after = apply(state, {
      seq: state.seq + 1,
      commandId: "c",
      actorId: ANNA,
      at: "2026-12-01T10:00:00Z",
      command,
    });
    expect(after.sessions).toEqual(state.sessions);
  });

  it("is corrected after the session was closed", () => {
    const closed = makeRoom([
      { type: "session.close", sessionId: SESSION, confirmUndecided: true },
      mark(DORIS, "excused"),
    ]);
    expect(attendanceOf(closed)).toEqual({ [DORIS]: "excused" });
  });
});

describe("attendance in the minutes", () => {
  const taken = makeRoom([
    mark(DORIS, "present"),
    mark(CARLA, "present"),
    mark(BERND, "excused"),
    mark(OSKAR, "guest"),
  ]);

  it("lists present, excused and guests by organisation, then side, then name", () => {
    expect(sessionMinutes(taken, SESSION)?.attendance).toEqual({
      present: [
        { name: "Carla", org: "Firma A", side: "operations" },
        { name: "Doris", org: "Firma B", side: "sales" },
      ],
      excused: [{ name: "Bernd", org: "Firma A", side: "sales" }],
      guests: [{ name: "Oskar", org: "Firma A", side: null }],
    });
  });

  it("replaces the list derived from contributions in the Markdown", () => {
    const md = minutesMarkdown(sessionMinutes(taken, SESSION) ?? fail(), "de");
    expect(md).toContain("## Anwesenheit");
    expect(md).toContain("### Anwesend (2)\n\n- Carla (Firma A, Produktion)\n- Doris (Firma B, Vertrieb)");
    expect(md).toContain("### Entschuldigt (1)\n\n- Bernd (Firma A, Vertrieb)");
    expect(md).toContain("### Gäste (1)\n\n- Oskar (Firma A)");
    expect(md).not.toContain("## Teilnehmende");
  });

  it("keeps the derived list where no attendance was taken", () => {
    const md = minutesMarkdown(sessionMinutes(makeRoom(), SESSION) ?? fail(), "en");
    expect(sessionMinutes(makeRoom(), SESSION)?.attendance).toBeNull();
    expect(md).toContain("## Participants");
    expect(md).not.toContain("## Attendance");
  });
});

describe("attendance in the backup", () => {
  const backup = makeRoom([mark(CARLA, "present"), mark(OSKAR, "guest")]);

  it("survives a backup and restore", () => {
    const parsed = seriesStateSchema.parse(JSON.parse(JSON.stringify(backup)));
    const restored = apply(emptySeries("series-copy"), {
      seq: 1,
      commandId: "cmd-restore",
      actorId: ANNA,
      at: "2026-12-01T10:00:00.000Z",
      command: { type: "series.restore", series: parsed, importerName: "Anna" },
    });
    expect(attendanceOf(restored)).toEqual({ [CARLA]: "present", [OSKAR]: "guest" });
  });

  it.each<[string, SeriesState, string | null]>([
    ["a backup naming people of the series", backup, null],
    [
      "a backup naming someone not in it",
      {
        ...backup,
        sessions: { [SESSION]: { ...(backup.sessions[SESSION] ?? fail()), attendance: { ghost: "present" } } },
      },
      "invalid_message",
    ],
  ])("checks %s", (_label, series, code) => {
    const command: EventCommand = { type: "series.restore", series, importerName: "Anna" };
    expect(checkCommand(emptySeries("series-copy"), command, ANNA)?.code ?? null).toBe(code);
  });

  it("refuses a status that is not one", () => {
    const wrong = JSON.parse(JSON.stringify(backup)) as { sessions: Record<string, { attendance: object }> };
    const session = wrong.sessions[SESSION];
    if (session) session.attendance = { [CARLA]: "maybe" };
    expect(seriesStateSchema.safeParse(wrong).success).toBe(false);
  });
});

function fail(): never {
  throw new Error("missing");
}
