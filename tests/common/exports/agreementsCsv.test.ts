import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { agreementsCsv, agreementsCsvChunks, type AgreementsCsvOptions } from "@common/exports/agreementsCsv.js";
import type { SeriesState } from "@common/domain/types.js";
import type { RealisedEffect } from "@common/domain/agreements/effect.js";
import { AGREEMENT, CARLA, GOAL, SESSION, makeRoom } from "../fixtures.js";
import { DEMO_TODAY, makeDemo, makeEmptySeries, seenBy } from "./exportFixtures.js";

const BOM = "\uFEFF";
const GERMAN: AgreementsCsvOptions = { lang: "de", separator: ";", today: DEMO_TODAY };
const ENGLISH: AgreementsCsvOptions = { lang: "en", separator: ",", today: DEMO_TODAY };

/** The CSV read back by a real parser: header and rows as arrays of fields. */
function readBack(csv: string, separator: string): string[][] {
  return parse(csv, { bom: true, delimiter: separator, record_delimiter: "\r\n", relax_column_count: false });
}

/** The fields of the row whose first column is `text`, by header. */
function rowOf(csv: string, options: AgreementsCsvOptions, text: string): Record<string, string> {
  const [header = [], ...rows] = readBack(csv, options.separator);
  const row = rows.find((r) => r[0] === text) ?? [];
  return Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]));
}

const demo = makeDemo();
const asThomas = seenBy(demo.state, demo.idOf("person:thomas"));

describe("agreements as CSV", () => {
  it.each([
    [
      "de",
      GERMAN,
      "Text der Vereinbarung;Ebene;Art der Veränderung;Bricht herunter;Verantwortlich;Organisationen der Verantwortlichen;Seiten der Verantwortlichen;Status;",
    ],
    [
      "en",
      ENGLISH,
      "Agreement text,Level,Kind of change,Breaks down,Owners,Owners' organisations,Owners' sides,Status,",
    ],
  ] as const)("starts with a byte order mark and a header row in the language (%s)", (_lang, options, header) => {
    const csv = agreementsCsv(asThomas, options);
    expect(csv.startsWith(`${BOM}${header}`)).toBe(true);
  });

  it.each([GERMAN, ENGLISH])("has one row per agreement, CRLF line ends (separator %o)", (options) => {
    const csv = agreementsCsv(asThomas, options);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const rows = readBack(csv, options.separator);
    expect(rows).toHaveLength(1 + Object.keys(asThomas.agreements).length);
    expect(rows.every((r) => r.length === 30)).toBe(true);
  });

  it("writes the same fields with either separator", () => {
    expect(readBack(agreementsCsv(asThomas, { ...GERMAN, separator: "," }), ",")).toEqual(
      readBack(agreementsCsv(asThomas, GERMAN), ";"),
    );
  });

  it("fills a row like the board shows the agreement: labels, names, ISO dates, the latest review and status report", () => {
    const csv = agreementsCsv(asThomas, GERMAN);
    expect(rowOf(csv, GERMAN, "Aktionsmengen melden wir sechs Wochen vor Aktionsbeginn im S&OP-Termin.")).toEqual({
      "Text der Vereinbarung": "Aktionsmengen melden wir sechs Wochen vor Aktionsbeginn im S&OP-Termin.",
      Ebene: "Strategisch",
      "Art der Veränderung": "Neu gestalten",
      "Bricht herunter": "",
      Verantwortlich: "Jens Albrecht",
      "Organisationen der Verantwortlichen": "Feinkost Hansen GmbH",
      "Seiten der Verantwortlichen": "Vertrieb",
      Status: "Offen",
      "Fällig am": "2026-10-25",
      Überfällig: "Ja",
      "Strategische Ziele": "Prognosegenauigkeit erhöhen",
      "Zum Fall": "Ostermenge drei Wochen zu spät gemeldet",
      "Beantwortet die Kollision": "Mengengeschäfte und Aktionen ↔ Niedrige Lagerkosten",
      "Angestrebtes Ergebnis (messbar)": "Forecast-Abweichung bei Aktionen ≤ 15 %",
      "Vereinbart in der Sitzung vom": "2026-09-27",
      "Letzte Überprüfung": "2026-10-25",
      "Eingehalten?": "Teilweise",
      "Ergebnis erreicht?": "Teilweise",
      "Kennzahl (Ist-Wert)": "17",
      Entscheidung: "Fortführen",
      Beleg: "Ostern gemeldet, Grillsaison zu spät.",
      "Passt zu den Zielen": "Prognosegenauigkeit erhöhen: Unterstützt",
      "Letzte Rückmeldung am": "",
      "Letzte Rückmeldung": "",
      "Erwartete Wirkung auf den Deckungsbeitrag (€)": "25000",
      "Erwartet pro": "Jahr",
      "Grundlage der Erwartung": "Abschriften aus Aktionsüberhängen halbieren",
      "Realisierte Wirkung (€)": "",
      "Realisiert pro": "",
      "Nicht messbar, weil": "Die Grillsaison ist noch nicht abgerechnet.",
    });
  });

  it.each([
    [
      "owners of both sides, a status report with a comment",
      "Musterlieferungen für Neukunden nur mit Kostenfreigabe durch die Vertriebsleitung.",
      {
        "Seiten der Verantwortlichen": "Vertrieb, Produktion",
        "Letzte Rückmeldung am": "2026-11-01",
        "Letzte Rückmeldung":
          "Jens Albrecht: In Arbeit – Freigabeformular abgestimmt, Biomarkt-Muster liefen schon darüber.",
      },
    ],
    [
      "owners of another organisation, no report",
      "Deckungsbeitragsrechnung pro Kunde monatlich im Vertriebsmeeting vorstellen.",
      { "Organisationen der Verantwortlichen": "Hofmolkerei Lindner KG", "Letzte Rückmeldung": "" },
    ],
    [
      "a review that judged two goals",
      "Sonderformate werden gebündelt und nur einmal pro Woche gefertigt.",
      {
        "Passt zu den Zielen":
          "Rüstzeiten auf Linie 2 senken: Unterstützt; Deckungsbeitrag je Auftrag steigern: Unterstützt",
      },
    ],
  ])("names where the owners stand and what was last reported: %s", (_name, text, fields) => {
    expect(rowOf(agreementsCsv(asThomas, GERMAN), GERMAN, text)).toMatchObject(fields);
  });

  it.each([
    ["a settled agreement is never overdue", "Sonderformate werden gebündelt", "2027-01-01", "Nein", "Abgeschlossen"],
    ["an open one past its due date is", "Musterlieferungen für Neukunden", "2026-11-20", "Ja", "In Arbeit"],
    ["an open one on its due date is not", "Musterlieferungen für Neukunden", "2026-11-19", "Nein", "In Arbeit"],
  ])("overdue: %s", (_name, start, today, overdue, status) => {
    const options = { ...GERMAN, today };
    const csv = agreementsCsv(asThomas, options);
    const text = readBack(csv, ";").find((r) => r[0]?.startsWith(start))?.[0] ?? "";
    expect(rowOf(csv, options, text)).toMatchObject({ Überfällig: overdue, Status: status });
  });
});

describe("fields a spreadsheet could misread", () => {
  const TRICKY = 'Eilaufträge; nur "mit" Rücksprache,\nauch am Wochenende';
  const state: SeriesState = makeRoom([
    { type: "agreement.update", agreementId: AGREEMENT, changes: { text: TRICKY, outcome: "=HYPERLINK(1)" } },
    { type: "agreement.link", agreementId: AGREEMENT, kind: "owner", targetId: CARLA, linked: true },
    { type: "agreement.link", agreementId: AGREEMENT, kind: "goal", targetId: GOAL, linked: true },
    { type: "agreement.add", agreementId: "agreement-2", values: { text: "-5 % Rüstzeit", sessionId: SESSION } },
  ]);

  it.each([GERMAN, ENGLISH])("round-trip separators, quotes and line breaks (%o)", (options) => {
    const rows = readBack(agreementsCsv(state, options), options.separator);
    expect(rows.map((r) => r[0])).toEqual([
      options.lang === "de" ? "Text der Vereinbarung" : "Agreement text",
      TRICKY,
      "'-5 % Rüstzeit",
    ]);
    expect(rows[1]?.[4]).toBe("Bernd, Carla");
  });

  it("start a formula only as text: a leading apostrophe keeps the spreadsheet from running it", () => {
    const csv = agreementsCsv(state, GERMAN);
    expect(rowOf(csv, GERMAN, TRICKY)["Angestrebtes Ergebnis (messbar)"]).toBe("'=HYPERLINK(1)");
  });
});

describe("an empty series as CSV", () => {
  it.each([GERMAN, ENGLISH])("is the byte order mark and the header row alone (%o)", (options) => {
    const csv = agreementsCsv(makeEmptySeries(), options);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(2);
    expect(readBack(csv, options.separator)).toHaveLength(1);
  });
});

describe("numbers and text that start like a formula", () => {
  const withReview = (kpiValue: number | null, outcome: string): SeriesState => {
    const base = makeRoom([
      { type: "agreement.update", agreementId: AGREEMENT, changes: { text: "Rüstzeiten senken", outcome } },
    ]);
    const id = `${SESSION}:${AGREEMENT}`;
    const review = {
      id,
      agreementId: AGREEMENT,
      sessionId: SESSION,
      kept: null,
      outcome: null,
      kpiValue,
      evidence: "",
      fit: {},
      decision: null,
      successorId: null,
      updatedSeq: base.seq,
    };
    return { ...base, reviews: { [id]: review } };
  };
  const KPI = "Kennzahl (Ist-Wert)";
  const OUTCOME = "Angestrebtes Ergebnis (messbar)";
  it.each<[string, number | null, string, string, string]>([
    ["a negative KPI value stays a number", -5, "weniger", "-5", "weniger"],
    ["a negative fraction", -0.25, "weniger", "-0.25", "weniger"],
    ["zero", 0, "weniger", "0", "weniger"],
    ["a large value without separators", 1234567, "weniger", "1234567", "weniger"],
    ["no KPI value", null, "weniger", "", "weniger"],
    ["text starting with minus", 3, "-5 % Rüstzeit", "3", "'-5 % Rüstzeit"],
    ["text starting with equals", 3, "=1+1", "3", "'=1+1"],
    ["text starting with plus", 3, "+49 170", "3", "'+49 170"],
    ["text starting with at", 3, "@SUMME(A1)", "3", "'@SUMME(A1)"],
  ])("%s", (_label, kpiValue, outcome, kpiField, outcomeField) => {
    const csv = agreementsCsv(withReview(kpiValue, outcome), GERMAN);
    expect(rowOf(csv, GERMAN, "Rüstzeiten senken")).toMatchObject({ [KPI]: kpiField, [OUTCOME]: outcomeField });
  });
});

describe("the margin effect in the CSV", () => {
  const later = "session-02";
  const effectOf = (realised: RealisedEffect | null): SeriesState =>
    makeRoom([
      {
        type: "agreement.update",
        agreementId: AGREEMENT,
        changes: { effect: { amount: -1800, per: "month", currency: "EUR", basis: "=2 Rüstwechsel × 450 €" } },
      },
      { type: "session.add", sessionId: later, values: { date: "2026-12-18" } },
      ...(realised === null
        ? []
        : [
            {
              type: "review.set",
              sessionId: later,
              agreementId: AGREEMENT,
              changes: { realisedEffect: realised },
            } as const,
          ]),
    ]);
  it.each<[string, RealisedEffect | null, Record<string, string>, Record<string, string>]>([
    [
      "expected, not yet reviewed",
      null,
      {
        "Erwartete Wirkung auf den Deckungsbeitrag (€)": "-1800",
        "Erwartet pro": "Monat",
        "Grundlage der Erwartung": "'=2 Rüstwechsel × 450 €",
      },
      { "Realisierte Wirkung (€)": "", "Realisiert pro": "", "Nicht messbar, weil": "" },
    ],
    [
      "measured per year",
      { measured: true, amount: 15000, per: "year", currency: "EUR" },
      { "Erwartet pro": "Monat" },
      { "Realisierte Wirkung (€)": "15000", "Realisiert pro": "Jahr", "Nicht messbar, weil": "" },
    ],
    [
      "not measurable",
      { measured: false, reason: "Rüstzeiten werden nicht erfasst" },
      { "Erwartet pro": "Monat" },
      { "Realisierte Wirkung (€)": "", "Realisiert pro": "", "Nicht messbar, weil": "Rüstzeiten werden nicht erfasst" },
    ],
  ])("%s", (_label, realised, expected, found) => {
    const csv = agreementsCsv(effectOf(realised), GERMAN);
    expect(rowOf(csv, GERMAN, "Eilaufträge abstimmen")).toMatchObject({ ...expected, ...found });
  });
});

describe("the CSV in chunks", () => {
  it("is the same file whatever the chunk size, with one header and byte order mark", () => {
    const whole = agreementsCsv(asThomas, GERMAN);
    for (const size of [1, 2, 3, 1000]) expect([...agreementsCsvChunks(asThomas, GERMAN, size)].join("")).toBe(whole);
    expect([...agreementsCsvChunks(asThomas, GERMAN, 1)]).toHaveLength(Object.keys(asThomas.agreements).length);
  });
});
