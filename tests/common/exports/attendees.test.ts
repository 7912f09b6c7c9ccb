import { describe, expect, it } from "vitest";
import { AttendanceSource } from "@common/exports/minutesModel.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import type { SeriesState } from "@common/domain/types.js";
import { AGREEMENT, CARLA, DORIS, SESSION, SHARED_CASE, makeRoom, type Step } from "../fixtures.js";
import { seenBy } from "./exportFixtures.js";

function attendeesOf(state: SeriesState): { name: string; via: string[] }[] {
  return (sessionMinutes(state, SESSION)?.attendees ?? []).map(({ name, via }) => ({ name, via }));
}

function viaOf(state: SeriesState, name: string): string[] {
  return attendeesOf(state).find((a) => a.name === name)?.via ?? [];
}

/** An agreement made between sessions, so the session reviews it. */
const BETWEEN: Step = { type: "agreement.add", agreementId: "agreement-between", values: { text: "Forecast" } };

const SOURCES: [string, Step[], string, AttendanceSource][] = [
  [
    "presenting a case",
    [{ type: "case.update", caseId: SHARED_CASE, changes: { presenterId: CARLA } }],
    "Carla",
    AttendanceSource.presentedCase,
  ],
  [
    "a named note",
    [
      {
        by: CARLA,
        command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_well", noteId: "n1", text: "x" },
      },
    ],
    "Carla",
    AttendanceSource.namedContribution,
  ],
  [
    "answering a mirror",
    [
      {
        by: DORIS,
        command: { type: "case.mirror.add", caseId: SHARED_CASE, mirrorId: "m1", ofSide: "operations", text: "Plan" },
      },
      {
        by: CARLA,
        command: {
          type: "case.mirror.respond",
          caseId: SHARED_CASE,
          mirrorId: "m1",
          verdict: "confirmed",
          correction: "",
        },
      },
    ],
    "Carla",
    AttendanceSource.answeredMirror,
  ],
  [
    "making an agreement",
    [{ by: DORIS, command: { type: "agreement.add", agreementId: "a2", values: { text: "y", sessionId: SESSION } } }],
    "Doris",
    AttendanceSource.madeAgreement,
  ],
  [
    "owning an agreement made in it",
    [{ type: "agreement.add", agreementId: "a2", values: { text: "y", sessionId: SESSION, ownerIds: [CARLA] } }],
    "Carla",
    AttendanceSource.ownsAgreement,
  ],
  [
    "recording a review",
    [
      BETWEEN,
      {
        by: CARLA,
        command: {
          type: "review.set",
          sessionId: SESSION,
          agreementId: "agreement-between",
          changes: { kept: "kept" },
        },
      },
    ],
    "Carla",
    AttendanceSource.recordedReview,
  ],
  [
    "a status update on the session's date",
    [
      { type: "session.update", sessionId: SESSION, changes: { date: "2026-11-01" } },
      { by: CARLA, command: { type: "agreement.status", agreementId: AGREEMENT, status: "in_progress", comment: "" } },
    ],
    "Carla",
    AttendanceSource.statusUpdate,
  ],
  [
    "writing the summary",
    [{ by: CARLA, command: { type: "session.update", sessionId: SESSION, changes: { summary: "Gut" } } }],
    "Carla",
    AttendanceSource.wroteSummary,
  ],
  ["saying ready", [{ by: CARLA, command: { type: "ready.set", ready: true } }], "Carla", AttendanceSource.markedReady],
];

describe("who took part in a session (derived: attendance is not stored)", () => {
  it("lists the maker and the owner of an agreement made in it, by name, with organisation and side", () => {
    const minutes = sessionMinutes(makeRoom(), SESSION);
    expect(minutes?.attendees).toEqual([
      { name: "Anna", org: "Firma A", side: null, via: [AttendanceSource.madeAgreement] },
      { name: "Bernd", org: "Firma A", side: "sales", via: [AttendanceSource.ownsAgreement] },
    ]);
  });

  it.each(SOURCES)("counts %s", (_name, steps, person, source) => {
    expect(viaOf(makeRoom(), person)).not.toContain(source);
    expect(viaOf(makeRoom(steps), person)).toContain(source);
  });

  it("does not count a status update on another day", () => {
    const state = makeRoom([
      { by: CARLA, command: { type: "agreement.status", agreementId: AGREEMENT, status: "done", comment: "" } },
    ]);
    expect(viaOf(state, "Carla")).toEqual([]);
  });

  it.each(["anonymous", "side"] as const)(
    "never counts an author of a %s note, not even in the author's own view",
    (mode) => {
      const state = makeRoom([
        { type: "session.anonymity", sessionId: SESSION, phase: "cases", mode },
        {
          by: CARLA,
          command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_wrong", noteId: "n1", text: "Zu spät" },
        },
      ]);
      for (const view of [state, seenBy(state, CARLA), seenBy(state, DORIS)]) {
        expect(attendeesOf(view).map((a) => a.name)).not.toContain("Carla");
        const line = minutesMarkdown(sessionMinutes(view, SESSION) ?? noMinutes(), "de")
          .split("\n")
          .find((l) => l.includes("Zu spät"));
        expect(line).toBe(mode === "side" ? "- Zu spät — Produktion, Firma A" : "- Zu spät");
      }
    },
  );
});

function noMinutes(): never {
  throw new Error("expected minutes");
}
