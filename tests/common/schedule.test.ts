import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import { seriesStateSchema, type ClientCommand, type EventCommand } from "@common/domain/commands.js";
import { nextCadenceDate } from "@common/domain/schedule/nextDate.js";
import { scheduleSchema, type Cadence } from "@common/domain/schedule/schedule.js";
import { endTime, wallClockInstant } from "@common/domain/schedule/wallClock.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import { eventIsPublic, projectEvent } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { leftUndecidedAt } from "@common/domain/rules/review.js";
import { AGREEMENT, ANNA, DORIS, INTERNAL_CASE, makeRoom, SESSION, SHARED_CASE } from "./fixtures.js";

const monthly = (week: 1 | 2 | 3 | 4 | 5 | -1, weekday: number): Cadence => ({ kind: "monthly", week, weekday });
const THURSDAY = 4;

describe("the next date of a cadence", () => {
  it.each<[string, Cadence, string, string | null]>([
    ["no cadence makes no date", { kind: "none" }, "2026-11-05", null],
    ["weekly, over a month end", { kind: "weekly" }, "2026-01-29", "2026-02-05"],
    ["weekly, over the change to summer time (dates are wall-clock)", { kind: "weekly" }, "2026-03-26", "2026-04-02"],
    ["every two weeks, over a year end", { kind: "biweekly" }, "2026-12-24", "2027-01-07"],
    ["2nd Thursday: later in the same month", monthly(2, THURSDAY), "2026-11-02", "2026-11-12"],
    ["2nd Thursday: held on it, the next month's", monthly(2, THURSDAY), "2026-11-12", "2026-12-10"],
    ["2nd Thursday: over a year end", monthly(2, THURSDAY), "2026-12-10", "2027-01-14"],
    ["1st Monday when the month starts on one", monthly(1, 1), "2026-05-20", "2026-06-01"],
    ["last Friday of a 31-day month", monthly(-1, 5), "2026-07-01", "2026-07-31"],
    ["last Friday of February", monthly(-1, 5), "2026-02-01", "2026-02-27"],
    ["5th Thursday: a month without one is skipped", monthly(5, THURSDAY), "2026-01-29", "2026-04-30"],
    ["5th Tuesday: a leap February has one", monthly(5, 2), "2028-01-31", "2028-02-29"],
    ["quarterly, 1st Tuesday, three months on", { kind: "quarterly", week: 1, weekday: 2 }, "2026-01-06", "2026-04-07"],
    ["quarterly, later in the same month", { kind: "quarterly", week: 3, weekday: 2 }, "2026-01-06", "2026-01-20"],
    ["quarterly over a year end", { kind: "quarterly", week: -1, weekday: 3 }, "2026-11-25", "2027-02-24"],
  ])("%s", (_label, cadence, after, expected) => {
    expect(nextCadenceDate(cadence, after)).toBe(expected);
  });
});

describe("a session's time in its time zone", () => {
  it.each<[string, string, string, string, string]>([
    ["winter time in Berlin", "2026-01-15", "09:00", "Europe/Berlin", "2026-01-15T08:00:00.000Z"],
    ["summer time in Berlin", "2026-07-15", "09:00", "Europe/Berlin", "2026-07-15T07:00:00.000Z"],
    ["the Saturday before the change", "2026-03-28", "09:00", "Europe/Berlin", "2026-03-28T08:00:00.000Z"],
    ["the Monday after the change", "2026-03-30", "09:00", "Europe/Berlin", "2026-03-30T07:00:00.000Z"],
    [
      "a time the change skips takes the offset before",
      "2026-03-29",
      "02:30",
      "Europe/Berlin",
      "2026-03-29T01:30:00.000Z",
    ],
    ["a time that occurs twice is its first", "2026-10-25", "02:30", "Europe/Berlin", "2026-10-25T00:30:00.000Z"],
    ["another zone", "2026-07-15", "09:00", "America/New_York", "2026-07-15T13:00:00.000Z"],
  ])("%s", (_label, date, time, zone, instant) => {
    expect(wallClockInstant(date, time, zone)).toBe(instant);
  });

  it.each([
    ["09:00", 120, "11:00"],
    ["16:30", 45, "17:15"],
    ["23:30", 60, "00:30"],
  ] as const)("%s for %i minutes ends at %s", (start, minutes, end) => {
    expect(endTime(start, minutes)).toBe(end);
  });
});

describe("a schedule that makes no sense is refused", () => {
  const good = { cadence: monthly(2, THURSDAY), startTime: "09:00", durationMin: 120, timeZone: "Europe/Berlin" };
  it.each<[string, object]>([
    ["a time of 24:00", { ...good, startTime: "24:00" }],
    ["a time without minutes", { ...good, startTime: "9" }],
    ["a duration of 0 minutes", { ...good, durationMin: 0 }],
    ["a duration of 10,000 minutes", { ...good, durationMin: 10_000 }],
    ["a fractional duration", { ...good, durationMin: 90.5 }],
    ["an unknown time zone", { ...good, timeZone: "Mars/Olympus" }],
    ["a weekday 7", { ...good, cadence: { kind: "monthly", week: 2, weekday: 7 } }],
    ["a 6th week", { ...good, cadence: { kind: "monthly", week: 6, weekday: 4 } }],
    ["a monthly cadence without its weekday", { ...good, cadence: { kind: "monthly" } }],
    ["an unknown cadence", { ...good, cadence: { kind: "daily" } }],
  ])("%s", (_label, schedule) => {
    expect(scheduleSchema.safeParse(schedule).success).toBe(false);
  });

  it("and a sensible one is kept as sent", () => {
    const state = makeRoom([{ type: "series.schedule", schedule: good }]);
    expect(state.schedule).toEqual(good);
  });
});

const NEXT = "session-02";
const LATER = "session-later";

/** The room with an undiscussed case in the session besides the shared one (which has an agreement). */
function roomWithOpenCase(): SeriesState {
  return makeRoom([
    { type: "case.add", caseId: "case-open-1", values: { title: "Musterkosten", sessionId: SESSION } },
    { type: "case.add", caseId: "case-open-2", values: { title: "Rüstzeiten", sessionId: SESSION } },
  ]);
}

function closing(extra: Partial<Extract<ClientCommand, { type: "session.close" }>>): EventCommand {
  return { type: "session.close", sessionId: SESSION, confirmUndecided: true, ...extra };
}

function applied(state: SeriesState, command: EventCommand): SeriesState {
  expect(checkCommand(state, command)).toBeNull();
  return apply(state, { seq: state.seq + 1, commandId: "c-close", actorId: ANNA, at: "2026-11-20T12:00:00Z", command });
}

describe("closing a session makes the next one and carries the open cases", () => {
  it("makes the next session and moves the named cases into it with their trail; one dropped, one not named stays", () => {
    const state = roomWithOpenCase();
    const after = applied(
      state,
      closing({
        next: { sessionId: NEXT, values: { date: "2026-12-10", place: "Werk 2", startTime: "09:00", durationMin: 90 } },
        carry: { to: NEXT, cases: { "case-open-1": "move", [INTERNAL_CASE]: "drop" } },
      }),
    );
    expect(after.sessions[SESSION]?.closedSeq).toBe(after.seq);
    expect(after.sessions[NEXT]).toMatchObject({
      date: "2026-12-10",
      place: "Werk 2",
      startTime: "09:00",
      durationMin: 90,
      phase: "check_in",
      closedSeq: null,
    });
    expect(after.cases["case-open-1"]).toMatchObject({ sessionId: NEXT, carriedFrom: [SESSION] });
    expect(Object.hasOwn(after.cases, INTERNAL_CASE)).toBe(false);
    expect(after.cases["case-open-2"]?.sessionId).toBe(SESSION);
  });

  it("carries into a session planned already, and a case carried twice keeps both sessions in its trail", () => {
    const planned = applied(roomWithOpenCase(), {
      type: "session.add",
      sessionId: LATER,
      values: { date: "2026-12-17" },
    });
    const first = applied(planned, closing({ carry: { to: LATER, cases: { "case-open-1": "move" } } }));
    const again = applied(first, {
      type: "session.close",
      sessionId: LATER,
      confirmUndecided: true,
      next: { sessionId: NEXT, values: { date: "2027-01-14" } },
      carry: { to: NEXT, cases: { "case-open-1": "move" } },
    });
    expect(again.cases["case-open-1"]).toMatchObject({ sessionId: NEXT, carriedFrom: [SESSION, LATER] });
  });

  it("leaves a case alone that left the session before the close arrived", () => {
    const moved = applied(roomWithOpenCase(), {
      type: "session.add",
      sessionId: LATER,
      values: { date: "2026-12-17" },
    });
    const away = applied(moved, { type: "case.update", caseId: "case-open-1", changes: { sessionId: LATER } });
    const after = applied(
      away,
      closing({
        next: { sessionId: NEXT, values: { date: "2026-12-10" } },
        carry: { to: NEXT, cases: { "case-open-1": "drop" } },
      }),
    );
    expect(after.cases["case-open-1"]?.sessionId).toBe(LATER);
  });

  it.each<[string, (s: SeriesState) => SeriesState, EventCommand, string]>([
    [
      "a next session under an id in use",
      (s) => s,
      closing({ next: { sessionId: SESSION, values: { date: "2026-12-10" } } }),
      "duplicate_id",
    ],
    [
      "carrying into a session that does not exist",
      (s) => s,
      closing({ carry: { to: "session-nope", cases: {} } }),
      "not_found",
    ],
    ["carrying into the session closing", (s) => s, closing({ carry: { to: SESSION, cases: {} } }), "conflict"],
    [
      "carrying into a cancelled session",
      (s) =>
        applied(applied(s, { type: "session.add", sessionId: LATER, values: { date: "2026-12-17" } }), {
          type: "session.update",
          sessionId: LATER,
          changes: { cancelled: true },
        }),
      closing({ carry: { to: LATER, cases: {} } }),
      "conflict",
    ],
    [
      "a next session hosted by an unknown organisation",
      (s) => s,
      closing({ next: { sessionId: NEXT, values: { date: "2026-12-10", hostOrgId: "org-nope-1" } } }),
      "not_found",
    ],
  ])("refuses %s and changes nothing", (_label, prepare, command, code) => {
    expect(checkCommand(prepare(roomWithOpenCase()), command)?.code).toBe(code);
  });

  it("tells another organisation of the close without the internal case it carries", () => {
    const before = roomWithOpenCase();
    const command = closing({
      next: { sessionId: NEXT, values: { date: "2026-12-10" } },
      carry: { to: NEXT, cases: { "case-open-1": "move", [INTERNAL_CASE]: "move" } },
    });
    const event = { seq: before.seq + 1, commandId: "c-close", actorId: ANNA, at: "2026-11-20T12:00:00Z", command };
    const after = apply(before, event);
    expect(eventIsPublic(event, before, after)).toBe(false);
    const doris = viewerOf(before, DORIS);
    if (!doris) throw new Error("Doris is in the room");
    const projected = projectEvent(event, before, after, doris);
    expect(projected.resync).toBe(false);
    expect(projected.event.command).toMatchObject({ carry: { to: NEXT, cases: { "case-open-1": "move" } } });
    expect(JSON.stringify(projected.event)).not.toContain(INTERNAL_CASE);
    expect(Object.hasOwn(after.cases, SHARED_CASE)).toBe(true);
  });

  it("keeps schedule, times and trails through a backup, and reads an older backup without them", () => {
    const made = applied(
      roomWithOpenCase(),
      closing({
        next: { sessionId: NEXT, values: { date: "2026-12-10", startTime: "09:00" } },
        carry: { to: NEXT, cases: { "case-open-1": "move" } },
      }),
    );
    const scheduled = applied(made, {
      type: "series.schedule",
      schedule: { cadence: { kind: "weekly" }, startTime: "09:00", durationMin: 60, timeZone: "Europe/Berlin" },
    });
    expect(seriesStateSchema.parse(JSON.parse(JSON.stringify(scheduled)))).toEqual(scheduled);
    const { schedule: _s, ...older } = scheduled;
    expect(seriesStateSchema.safeParse(older).success).toBe(true);
    const ghost = {
      ...scheduled,
      cases: {
        ...scheduled.cases,
        "case-open-1": { ...scheduled.cases["case-open-1"], carriedFrom: ["session-ghost"] },
      },
    };
    expect(
      checkCommand(
        emptySeries("series-copy"),
        { type: "series.restore", series: seriesStateSchema.parse(ghost), importerName: "Anna" },
        ANNA,
      )?.code,
    ).toBe("invalid_message");
  });
});

describe("a review left undecided at a close comes back carried over", () => {
  const S2 = "session-dec-2";
  const S3 = "session-jan-3";
  const base = makeRoom([
    { type: "session.close", sessionId: SESSION, confirmUndecided: true },
    { type: "session.add", sessionId: S2, values: { date: "2026-12-10" } },
    { type: "session.add", sessionId: S3, values: { date: "2027-01-14" } },
  ]);
  const close = (sessionId: string): EventCommand => ({ type: "session.close", sessionId, confirmUndecided: true });
  const decide = (decision: "continue" | "close"): EventCommand => ({
    type: "review.decide",
    sessionId: S2,
    agreementId: AGREEMENT,
    decision,
    successor: null,
  });
  const at = (state: SeriesState, sessionId: string) => {
    const agreement = state.agreements[AGREEMENT];
    const session = state.sessions[sessionId];
    if (!agreement || !session) throw new Error("missing");
    return leftUndecidedAt(state, agreement, session)?.id ?? null;
  };

  it.each<[string, EventCommand[], string, string | null]>([
    ["due for the first time: nothing carried", [], S2, null],
    ["the session before closed without a decision", [close(S2)], S3, S2],
    ["decided to continue at the session before", [decide("continue"), close(S2)], S3, null],
    ["the session before is still open", [], S3, null],
  ])("%s", (_label, steps, sessionId, expected) => {
    const state = steps.reduce((s, command) => applied(s, command), base);
    expect(at(state, sessionId)).toBe(expected);
  });
});
