import { describe, expect, it } from "vitest";
import { apply, authorizeCommand, checkCommand, type SeriesEvent } from "@common/domain/apply.js";
import type { ClientCommand } from "@common/domain/commands.js";
import { seriesStateSchema } from "@common/domain/commands.js";
import { trashKey } from "@common/domain/trash/entries.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import { projectEvent, projectState } from "@common/domain/visibility/project.js";
import { viewerOf, type Viewer } from "@common/domain/visibility/viewer.js";
import { agreementsCsv } from "@common/exports/agreementsCsv.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { seriesCalendar } from "@common/exports/seriesCalendar.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { resultsOverview } from "@common/results/overview.js";
import {
  AGREEMENT,
  ANNA,
  BERND,
  CARLA,
  DORIS,
  INTERNAL_CASE,
  makeRoom,
  SESSION,
  SHARED_CASE,
  type Step,
} from "./fixtures.js";

const AT = "2026-11-01T09:00:00.000Z";

/** Applies one command as `by`, after checking and authorizing it as the server does. */
function send(state: SeriesState, by: string, command: ClientCommand, at = AT): SeriesState {
  const refused = authorizeCommand(state, by, command) ?? checkCommand(state, command, by);
  if (refused) throw new Error(`${command.type} refused: ${refused.message}`);
  return apply(state, { seq: state.seq + 1, commandId: `c-${state.seq + 1}`, actorId: by, at, command });
}

/** What the board holds, without the bookkeeping a removal and a restore leave behind (trash, head). */
function content(state: SeriesState): Omit<SeriesState, "trash" | "seq"> {
  const { trash: _trash, seq: _seq, ...rest } = state;
  return rest;
}

const note = (noteId: string, text: string, by = BERND): Step => ({
  by,
  command: { type: "case.note.add", caseId: SHARED_CASE, list: "went_wrong", noteId, text },
});

/** A room with notes, a mirror statement, a revised agreement with its review, and edits on all of them. */
function richRoom(): SeriesState {
  return makeRoom([
    note("note-first", "Zu spät gemeldet"),
    note("note-middle", "Lager nicht gefragt", DORIS),
    note("note-last", "Kein Puffer"),
    {
      by: DORIS,
      command: {
        type: "case.mirror.add",
        caseId: SHARED_CASE,
        mirrorId: "mirror-01",
        ofSide: "operations",
        text: "Ihr wolltet Ruhe im Plan.",
      },
    },
    { type: "case.update", caseId: SHARED_CASE, changes: { description: "Kunde rief Freitag an" } },
    { type: "case.link", caseId: SHARED_CASE, kind: "goal", targetId: "goal-0001", linked: true },
    { type: "agreement.update", agreementId: AGREEMENT, changes: { outcome: "OTIF 95 %" } },
    { type: "session.close", sessionId: SESSION, confirmUndecided: true },
    { type: "session.add", sessionId: "session-02", values: { date: "2026-12-20" } },
    { type: "session.phase", sessionId: "session-02", phase: "review" },
    { type: "review.set", sessionId: "session-02", agreementId: AGREEMENT, changes: { kept: "partly" } },
    {
      type: "review.decide",
      sessionId: "session-02",
      agreementId: AGREEMENT,
      decision: "revise",
      successor: { agreementId: "agreement-rev", text: "Eilaufträge täglich abstimmen" },
    },
  ]);
}

describe("the trash: remove, then restore", () => {
  const cases: [string, ClientCommand, ClientCommand][] = [
    [
      "a case (its agreements answer it again, its edits are back)",
      { type: "case.remove", caseId: SHARED_CASE },
      { type: "item.restore", kind: "case", itemId: SHARED_CASE },
    ],
    [
      "an agreement (its reviews, its revision's link and the review that made it are back)",
      { type: "agreement.remove", agreementId: AGREEMENT },
      { type: "item.restore", kind: "agreement", itemId: AGREEMENT },
    ],
    [
      "a revision (the review that made it names it again)",
      { type: "agreement.remove", agreementId: "agreement-rev" },
      { type: "item.restore", kind: "agreement", itemId: "agreement-rev" },
    ],
    [
      "a note (in its list, at its place)",
      { type: "case.note.remove", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-middle" },
      { type: "item.restore", kind: "note", itemId: "note-middle" },
    ],
    [
      "a mirror statement",
      { type: "case.mirror.remove", caseId: SHARED_CASE, mirrorId: "mirror-01" },
      { type: "item.restore", kind: "mirror", itemId: "mirror-01" },
    ],
  ];

  it.each(cases)("%s gives back the board as it was", (_name, remove, restore) => {
    const before = richRoom();
    const removed = send(before, ANNA, remove);
    expect(content(removed)).not.toEqual(content(before));
    expect(Object.keys(removed.trash ?? {})).toHaveLength(1);
    const restored = send(removed, ANNA, restore);
    expect(content(restored)).toEqual(content(before));
    expect(restored.trash).toBeUndefined();
  });

  it("refuses to restore what is not in the trash, and a note whose case is in it, with a clear error", () => {
    const state = richRoom();
    const live = { type: "item.restore", kind: "case", itemId: SHARED_CASE } as const;
    expect(checkCommand(state, live)).toMatchObject({ code: "not_found", message: "no such case in the trash" });
    expect(checkCommand(state, { type: "item.restore", kind: "note", itemId: "never-was" })).toMatchObject({
      code: "not_found",
    });
    const noteGone = send(state, ANNA, {
      type: "case.note.remove",
      caseId: SHARED_CASE,
      list: "went_wrong",
      noteId: "note-first",
    });
    // The wrong kind is not found either: kinds have their own ids.
    expect(checkCommand(noteGone, { type: "item.restore", kind: "mirror", itemId: "note-first" })).toMatchObject({
      code: "not_found",
    });
    const caseGone = send(noteGone, ANNA, { type: "case.remove", caseId: SHARED_CASE });
    expect(checkCommand(caseGone, { type: "item.restore", kind: "note", itemId: "note-first" })).toMatchObject({
      code: "conflict",
      message: "its case was removed; restore the case first",
    });
    const caseBack = send(caseGone, ANNA, { type: "item.restore", kind: "case", itemId: SHARED_CASE });
    const noteBack = send(caseBack, ANNA, { type: "item.restore", kind: "note", itemId: "note-first" });
    expect(noteBack.cases[SHARED_CASE]?.wentWrong.map((n) => n.id)).toEqual(["note-first", "note-middle", "note-last"]);
  });

  it("lets whoever removed it, its author's organisation and a facilitator restore it, nobody of another company", () => {
    const removed = send(richRoom(), BERND, {
      type: "case.note.remove",
      caseId: SHARED_CASE,
      list: "went_wrong",
      noteId: "note-first",
    });
    const restore = { type: "item.restore", kind: "note", itemId: "note-first" } as const;
    expect(authorizeCommand(removed, BERND, restore)).toBeNull();
    expect(authorizeCommand(removed, CARLA, restore)).toBeNull(); // Firma A, as the author
    expect(authorizeCommand(removed, ANNA, restore)).toBeNull();
    expect(authorizeCommand(removed, DORIS, restore)).toMatchObject({ code: "forbidden" }); // Firma B
    // A removed internal case is not there at all for another company.
    const internalGone = send(removed, CARLA, { type: "case.remove", caseId: INTERNAL_CASE });
    expect(
      authorizeCommand(internalGone, DORIS, { type: "item.restore", kind: "case", itemId: INTERNAL_CASE }),
    ).toMatchObject({ code: "not_found" });
  });

  it("lets go of what waited longer than 30 days when something else is removed", () => {
    const first = send(richRoom(), ANNA, { type: "case.mirror.remove", caseId: SHARED_CASE, mirrorId: "mirror-01" });
    const later = send(
      first,
      ANNA,
      { type: "case.note.remove", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-last" },
      "2026-12-02T09:00:00.000Z",
    );
    expect(Object.keys(later.trash ?? {})).toEqual([trashKey("note", "note-last")]);
  });
});

describe("a removed item is absent from every derived view", () => {
  it("leaves the board, the CSV, the minutes, the calendar and the results, and another company's view of the trash", () => {
    let state = richRoom();
    state = send(state, ANNA, { type: "case.remove", caseId: SHARED_CASE });
    state = send(state, ANNA, { type: "agreement.remove", agreementId: "agreement-rev" });
    state = send(state, CARLA, { type: "case.remove", caseId: INTERNAL_CASE });
    const gone = [
      "Eilauftrag",
      "Kunde rief Freitag an",
      "Zu spät gemeldet",
      "täglich abstimmen",
      "Interne Kalkulation",
    ];
    const views: [string, string][] = [
      ["cases", JSON.stringify(state.cases)],
      ["agreements", JSON.stringify(state.agreements)],
      ["reviews", JSON.stringify(state.reviews)],
      ["edits", JSON.stringify(state.edits)],
      ["room", JSON.stringify(state.room)],
      ["CSV", agreementsCsv(state, { lang: "de", separator: ";", today: "2026-12-20" })],
      ["minutes", minutesMarkdown(sessionMinutes(state, SESSION) ?? fail(), "de")],
      ["minutes of the review", minutesMarkdown(sessionMinutes(state, "session-02") ?? fail(), "de")],
      ["calendar", seriesCalendar(state, { lang: "de", now: new Date(AT), seriesTitle: "S&OP" })],
      ["results", JSON.stringify(resultsOverview(state, "2026-12-20"))],
    ];
    for (const [where, text] of views) {
      for (const words of gone) expect({ where, has: text.includes(words) }).toEqual({ where, has: false });
    }
    // The agreement that answered the case answers nothing now; the original no longer names its revision.
    expect(state.agreements[AGREEMENT]?.caseId).toBeNull();
    expect(state.reviews[`session-02:${AGREEMENT}`]?.successorId).toBeNull();
    // Firma B sees the shared removals in the trash, never Firma A's internal case.
    const doris = projectState(state, viewerOf(state, DORIS) ?? fail());
    expect(Object.keys(doris.trash ?? {}).sort()).toEqual([
      trashKey("agreement", "agreement-rev"),
      trashKey("case", SHARED_CASE),
    ]);
    expect(JSON.stringify(doris)).not.toContain("Interne Kalkulation");
  });

  it("travels with a backup: a restored backup's trash brings its items back", () => {
    let state = richRoom();
    state = send(state, ANNA, { type: "case.remove", caseId: SHARED_CASE });
    const series = seriesStateSchema.parse(projectState(state, viewerOf(state, ANNA) ?? fail()));
    const command = { type: "series.restore", series, importerName: "Anna" } as const;
    expect(checkCommand(emptySeries("series-copy"), command, ANNA)).toBeNull();
    const copy = apply(emptySeries("series-copy"), { seq: 1, commandId: "c-1", actorId: ANNA, at: AT, command });
    // Moved below the copy's first event like every other sequence number of the backup.
    expect(copy.trash?.[trashKey("case", SHARED_CASE)]?.removed.seq).toBeLessThanOrEqual(0);
    const back = send(copy, ANNA, { type: "item.restore", kind: "case", itemId: SHARED_CASE });
    expect(back.cases[SHARED_CASE]?.title).toBe("Eilauftrag");
    expect(back.agreements[AGREEMENT]?.caseId).toBe(SHARED_CASE);
    // A trash entry under a key that is not its own does not hold together.
    const entry = series.trash?.[trashKey("case", SHARED_CASE)] ?? fail();
    const forged = { ...series, trash: { [trashKey("case", "case-other1")]: entry } };
    expect(checkCommand(emptySeries("series-copy"), { ...command, series: forged }, ANNA)).toMatchObject({
      code: "invalid_message",
    });
  });

  it("does not name who removed an anonymous note, except to themself, and hides that from the event as well", () => {
    const anonymous = makeRoom([
      { type: "session.anonymity", sessionId: SESSION, phase: "cases", mode: "anonymous" },
      note("note-anon", "Niemand hat gefragt", DORIS),
    ]);
    const event: SeriesEvent = {
      seq: anonymous.seq + 1,
      commandId: "c-x",
      actorId: DORIS,
      at: AT,
      command: { type: "case.note.remove", caseId: SHARED_CASE, list: "went_wrong", noteId: "note-anon" },
    };
    const after = apply(anonymous, event);
    const viewers: [string, Viewer, string][] = [
      ["Doris herself", viewerOf(after, DORIS) ?? fail(), DORIS],
      ["Bernd", viewerOf(after, BERND) ?? fail(), ""],
      ["the facilitator", viewerOf(after, ANNA) ?? fail(), ""],
    ];
    for (const [who, viewer, by] of viewers) {
      const entry = projectState(after, viewer).trash?.[trashKey("note", "note-anon")];
      const author = entry?.kind === "note" ? entry.item.by : "not a note";
      expect({ who, by: entry?.removed.by, author }).toEqual({ who, by, author: by });
      // What the viewer's own client folds from the event it receives is the same.
      const received = projectEvent(event, anonymous, after, viewer).event;
      const folded = apply(projectState(anonymous, viewer), received);
      expect(folded.trash).toEqual(projectState(after, viewer).trash);
    }
  });
});

function fail(): never {
  throw new Error("missing");
}
