import ical, { type ParameterValue, type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { seriesCalendar, type SeriesCalendarOptions } from "@common/exports/seriesCalendar.js";
import type { SeriesState } from "@common/domain/types.js";
import { AGREEMENT, BERND, makeRoom, makeSeries } from "../fixtures.js";
import { makeDemo, makeEmptySeries, seenBy } from "./exportFixtures.js";

const NOW = new Date("2026-11-22T10:00:00Z");
const OPTIONS: SeriesCalendarOptions = { lang: "de", now: NOW, seriesTitle: "S&OP-Runde" };

function text(value: ParameterValue | undefined): string {
  return typeof value === "string" ? value : (value?.val ?? "");
}

/** A date-only value as YYYY-MM-DD (the parser makes it local midnight). */
function day(date: Date | undefined): string {
  if (!date) return "";
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The events of the calendar, read back by a real iCalendar parser: [uid, first day, day after, summary]. */
function eventsOf(ics: string): [string, string, string, string][] {
  return Object.values(ical.sync.parseICS(ics))
    .filter((c): c is VEvent => c?.type === "VEVENT")
    .map((e) => [e.uid, day(e.start), day(e.end), text(e.summary)]);
}

const demo = makeDemo();
const asThomas = seenBy(demo.state, demo.idOf("person:thomas"));

describe("the series calendar", () => {
  it("holds the planned session (at its time) and every open agreement's due date (all-day)", () => {
    const id = (name: string) => `${name.split(":")[0]}-${demo.idOf(name)}.demo-series@einklang`;
    expect(eventsOf(seriesCalendar(asThomas, OPTIONS))).toEqual([
      [
        id("agreement:promo"),
        "2026-10-25",
        "2026-10-26",
        "Fällig: Aktionsmengen melden wir sechs Wochen vor Aktionsbeginn im S&OP-Termin.",
      ],
      [
        id("agreement:samples"),
        "2026-11-19",
        "2026-11-20",
        "Fällig: Musterlieferungen für Neukunden nur mit Kostenfreigabe durch die Vertriebsleitung.",
      ],
      [id("session:s4"), "2026-12-06", "2026-12-06", "S&OP-Runde: Interne Runde"],
      [
        id("agreement:promo-plan"),
        "2026-12-06",
        "2026-12-07",
        "Fällig: Der Vertrieb trägt Aktionsmengen jeden Freitag bis 12 Uhr in die Absatzplanung ein.",
      ],
      [
        id("agreement:promo-capacity"),
        "2026-12-06",
        "2026-12-07",
        "Fällig: Die Feinplanung reserviert Kapazität für gemeldete Aktionen ab vier Wochen vor Aktionsbeginn.",
      ],
    ]);
  });

  it("writes due dates as days (VALUE=DATE), the session at 09:00 in Berlin, stamped with `now`; due dates do not block the day", () => {
    const ics = seriesCalendar(asThomas, { ...OPTIONS, lang: "en" });
    expect(ics).toContain("DTSTART;VALUE=DATE:20261119\r\n");
    expect(ics).toContain("DTSTART:20261206T080000Z\r\nDTEND:20261206T100000Z\r\n");
    expect(ics.match(/^DTSTAMP:.*$/gm)).toEqual(Array(5).fill("DTSTAMP:20261122T100000Z"));
    expect(ics.match(/^TRANSP:.*$/gm)).toEqual([
      "TRANSP:TRANSPARENT",
      "TRANSP:TRANSPARENT",
      "TRANSP:OPAQUE",
      "TRANSP:TRANSPARENT",
      "TRANSP:TRANSPARENT",
    ]);
    // The session says its level.
    expect(ics).toContain("DESCRIPTION:Executive session\r\n");
    expect(eventsOf(ics).map((e) => e[3])).toContain("S&OP-Runde: Internal review");
  });

  it("keeps every UID when exported again later, so calendars update instead of doubling", () => {
    const uids = (now: Date) => eventsOf(seriesCalendar(asThomas, { ...OPTIONS, now })).map((e) => e[0]);
    expect(uids(new Date("2026-11-23T08:00:00Z"))).toEqual(uids(NOW));
  });

  it.each<[string, SeriesState, string[]]>([
    [
      "a next date without a session planned on it",
      makeSeries([{ type: "session.add", sessionId: "s1", values: { date: "2026-11-01", nextDate: "2026-12-10" } }]),
      ["2026-12-10 S&OP-Runde: Nächster Termin"],
    ],
    [
      "not a next date a session is planned on",
      makeSeries([
        { type: "session.add", sessionId: "s1", values: { date: "2026-11-01", nextDate: "2026-12-10" } },
        { type: "session.add", sessionId: "s2", values: { date: "2026-12-10", kind: "workshop" } },
      ]),
      ["2026-12-10 S&OP-Runde: Erfahrungsworkshop"],
    ],
    [
      "nothing that is over",
      makeSeries([{ type: "session.add", sessionId: "s1", values: { date: "2026-11-01", nextDate: "2026-11-21" } }]),
      [],
    ],
    [
      "a session today",
      makeSeries([{ type: "session.add", sessionId: "s1", values: { date: "2026-11-22" } }]),
      ["2026-11-22 S&OP-Runde: Interne Runde"],
    ],
    [
      "no agreement that is done or has no due date",
      makeRoom([
        { type: "agreement.update", agreementId: AGREEMENT, changes: { due: "2026-12-01" } },
        { by: BERND, command: { type: "agreement.status", agreementId: AGREEMENT, status: "done", comment: "" } },
        { type: "agreement.add", agreementId: "agreement-2", values: { text: "Ohne Datum" } },
      ]),
      [],
    ],
  ])("holds %s", (_name, state, expected) => {
    expect(eventsOf(seriesCalendar(state, OPTIONS)).map(([, start, , summary]) => `${start} ${summary}`)).toEqual(
      expected,
    );
  });
});

describe("iCalendar text rules", () => {
  const TRICKY = "Eilaufträge; nur, nach \\ Rücksprache";
  const LONG = `${TRICKY} – ${"Überprüfung der Rüstzeiten auf Linie 2 ".repeat(4)}`.trim();
  const state = makeRoom([
    { type: "agreement.update", agreementId: AGREEMENT, changes: { text: LONG, due: "2026-12-01", outcome: "≥ 95 %" } },
  ]);
  const ics = seriesCalendar(state, { ...OPTIONS, seriesTitle: "S&OP; Runde, Nord" });

  it("escapes commas, semicolons, backslashes and line breaks, so texts come back intact", () => {
    expect(eventsOf(ics).map((e) => e[3])).toEqual([`Fällig: ${LONG}`]);
    const parsed = Object.values(ical.sync.parseICS(ics)).find((c): c is VEvent => c?.type === "VEVENT");
    expect(text(parsed?.description)).toBe("Verantwortlich: Bernd\nAngestrebtes Ergebnis: ≥ 95 %");
    expect(ics).toContain("SUMMARY:Fällig: Eilaufträge\\; nur\\, nach \\\\ Rücksprache");
    expect(ics).toContain("\r\nNAME:S&OP\\; Runde\\, Nord\r\n");
  });

  it("ends every line with CRLF and folds lines longer than 75 octets", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = ics.slice(0, -2).split("\r\n");
    expect(lines.every((line) => !line.includes("\n") && !line.includes("\r"))).toBe(true);
    expect(Math.max(...lines.map((line) => new TextEncoder().encode(line).length))).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(" ")).length).toBeGreaterThanOrEqual(3);
  });
});

describe("an empty series as calendar", () => {
  it("is a valid calendar without events", () => {
    const ics = seriesCalendar(makeEmptySeries(), OPTIONS);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).not.toContain("BEGIN:VEVENT");
    expect(eventsOf(ics)).toEqual([]);
    expect(ical.sync.parseICS(ics).vcalendar?.method).toBe("PUBLISH");
  });
});

describe("sessions with a time", () => {
  const schedule = {
    cadence: { kind: "none" as const },
    startTime: "",
    durationMin: null,
    timeZone: "Europe/Berlin",
  };
  const timed = makeRoom([
    { type: "series.schedule", schedule },
    {
      type: "session.add",
      sessionId: "session-winter",
      values: { date: "2027-01-14", startTime: "09:00", durationMin: 120 },
    },
    { type: "session.add", sessionId: "session-summer", values: { date: "2027-07-08", startTime: "09:00" } },
    {
      type: "session.add",
      sessionId: "session-off-1",
      values: { date: "2027-02-11", startTime: "09:00", cancelled: true },
    },
    { type: "session.add", sessionId: "session-allday", values: { date: "2027-03-11" } },
  ]);
  const ics = seriesCalendar(timed, OPTIONS);
  const events = Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === "VEVENT");
  const byId = (id: string) => events.find((e) => e.uid.startsWith(`session-${id}.`));

  it.each<[string, string, string, string]>([
    [
      "a winter session at 09:00 in Berlin is 08:00 UTC, for its two hours",
      "session-winter",
      "2027-01-14T08:00:00.000Z",
      "2027-01-14T10:00:00.000Z",
    ],
    [
      "a summer session is 07:00 UTC, an hour long without a length",
      "session-summer",
      "2027-07-08T07:00:00.000Z",
      "2027-07-08T08:00:00.000Z",
    ],
  ])("%s", (_label, id, start, end) => {
    const event = byId(id);
    expect(event?.start.toISOString()).toBe(start);
    expect(event?.end?.toISOString()).toBe(end);
  });

  it("writes timed sessions in UTC, keeps a session without a time all-day, and marks a cancelled one", () => {
    expect(ics).toContain("DTSTART:20270114T080000Z\r\n");
    expect(byId("session-allday")?.datetype).toBe("date");
    expect(byId("session-off-1")?.status).toBe("CANCELLED");
    expect(byId("session-winter")?.status).toBeUndefined();
  });
});
