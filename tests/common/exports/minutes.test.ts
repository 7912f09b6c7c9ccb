import { describe, expect, it } from "vitest";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import type { Minutes } from "@common/exports/minutesModel.js";
import type { SeriesState } from "@common/domain/types.js";
import { AGREEMENT, SESSION, SHARED_CASE, makeRoom, makeSeries } from "../fixtures.js";
import { makeDemo, seenBy } from "./exportFixtures.js";

function minutesOf(state: SeriesState, sessionId: string): Minutes {
  const minutes = sessionMinutes(state, sessionId);
  if (!minutes) throw new Error(`no session ${sessionId}`);
  return minutes;
}

const demo = makeDemo();
const s = (key: string): string => demo.idOf(`session:${key}`);
/** Thomas Brandt, operations at Feinkost Hansen. */
const asThomas = seenBy(demo.state, demo.idOf("person:thomas"));

const HEADINGS = {
  de: [
    "# Protokoll: S&OP-Runde",
    "## Sitzung am ",
    "## Teilnehmende",
    "## Überprüfung",
    "## Fälle",
    "## Vereinbarungen",
    "## Abschluss",
  ],
  en: [
    "# Minutes: S&OP-Runde",
    "## Session on ",
    "## Participants",
    "## Review",
    "## Cases",
    "## Agreements",
    "## Close",
  ],
} as const;

describe("minutes of a session of the example series", () => {
  it.each([
    ["de", "- **Art der Veränderung:** Neu gestalten", "- **Art der Veränderung:** Skalieren"],
    ["en", "- **Kind of change:** Redesign", "- **Kind of change:** Scale"],
  ] as const)("names each agreement's kind of change (%s)", (lang, promo, marginReport) => {
    const minutes = minutesOf(asThomas, s("s2"));
    expect(minutes.agreements.map((a) => a.changeKind)).toEqual(["redesign", "scale"]);
    const text = minutesMarkdown(minutes, lang);
    expect(text).toContain(promo);
    expect(text).toContain(marginReport);
  });

  it.each(["de", "en"] as const)("has every heading in order (%s)", (lang) => {
    const text = minutesMarkdown(minutesOf(asThomas, s("s2")), lang);
    const positions = HEADINGS[lang].map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("records the reviews of the workshop with verdicts, KPI value, fit and decision", () => {
    const minutes = minutesOf(asThomas, s("s2"));
    expect(minutes.reviews.map((r) => [r.kept, r.outcome, r.kpiValue, r.decision])).toEqual([
      ["partly", "no", 91, "continue"],
      ["kept", "yes", 68, "close"],
    ]);
    const text = minutesMarkdown(minutes, "de");
    expect(text).toContain("- **Kennzahl (Ist-Wert):** 91");
    expect(text).toContain("- **Passt zu „Rüstzeiten auf Linie 2 senken“?** Unterstützt");
    expect(text).toContain("- **Entscheidung:** Abschließen");
  });

  it("records the agreements made, with owners, goals, case and the flags the board shows", () => {
    const minutes = minutesOf(asThomas, s("s2"));
    expect(minutes.agreements.map((a) => [a.owners, a.goals, a.flags])).toEqual([
      [["Jens Albrecht"], ["Prognosegenauigkeit erhöhen"], ["owners_one_sided"]],
      [["Peter Hoffmann", "Claudia Lindner"], [], ["no_goal", "owners_one_sided", "outcome_not_measurable"]],
    ]);
    const text = minutesMarkdown(minutes, "en");
    expect(text).toContain("### 1. Aktionsmengen melden wir sechs Wochen vor Aktionsbeginn im S&OP-Termin.");
    expect(text).toContain("- **Owners:** Peter Hoffmann, Claudia Lindner");
    expect(text).toContain("- **Notes on this agreement:** ⚠ No strategic basis, ⚠ Owners from one side only");
    expect(text).toContain("- **Status:** Dropped");
  });

  it("records a revision with the new version it made, and the new version as an agreement of that session", () => {
    const minutes = minutesOf(asThomas, s("s3"));
    const rush = minutes.reviews.find((r) => r.decision === "revise");
    expect(rush?.successorText).toMatch(/^Wir reservieren täglich 5 %/);
    const successor = minutes.agreements.find((a) => a.replaces !== null);
    expect(successor?.text).toBe(rush?.successorText);
    expect(minutesMarkdown(minutes, "de")).toContain("_ersetzt „Eilaufträge unter 72 Stunden");
  });

  it("shows cases with both views, look-back lists, mirrors, collisions and goals", () => {
    const text = minutesMarkdown(minutesOf(asThomas, s("s1")), "de");
    for (const part of [
      "### 1. Eilauftrag Zentrallager Nord: Zusage in 48 Stunden",
      "#### Sicht des Vertriebs\n\nOhne Zusage hätten wir die Listung riskiert.",
      "#### Lief schief\n\n- Zwei andere Kunden wurden zu spät beliefert. — Mehmet Yılmaz",
      "- Thomas Brandt gibt die Sicht von Vertrieb wieder: Ihr wollt dem Kunden nicht absagen",
      "  Korrigiert von Jens Albrecht: Nicht nur das:",
      "  ✓ „Genau so“ – bestätigt von Thomas Brandt",
      "- Kurze Lieferzusagen ↔ Stabiler Produktionsplan",
      "- **Phase im Auftragszyklus:** Auftragsklärung",
      "- **Margeneffekt in €:** -1.800",
    ]) {
      expect(text).toContain(part);
    }
  });

  it.each([
    ["the full state", demo.state],
    ["a participant of the other company", seenBy(demo.state, demo.idOf("person:jens"))],
    ["the projector", seenBy(demo.state, null)],
  ])("names no author of the workshop's side-only contributions, seen by %s", (_who, state) => {
    const minutes = minutesOf(state, s("s2"));
    const labels = minutes.cases.find((c) => c.title.startsWith("Reklamation"));
    expect(labels?.wentWrong.map((n) => n.author)).toEqual([
      { kind: "side", side: "operations", org: "Hofmolkerei Lindner KG" },
    ]);
    const lines = minutesMarkdown(minutes, "de").split("\n");
    const wrong = lines.find((l) => l.includes("niemand das neue Etikett"));
    expect(wrong).toBe(
      "- Bei der Schichtübergabe hat niemand das neue Etikett gegengeprüft. — Produktion, Hofmolkerei Lindner KG",
    );
    const mirror = lines.find((l) => l.includes("von den Händlern abhängig"));
    expect(mirror).toMatch(/^- Produktion, Hofmolkerei Lindner KG gibt die Sicht von Vertrieb wieder:/);
  });

  it("holds only what the reader may see: another company's internal case is not in its minutes", () => {
    const titles = (personKey: string) =>
      minutesOf(seenBy(demo.state, demo.idOf(`person:${personKey}`)), s("s4")).cases.map((c) => c.title);
    expect(titles("mehmet")).toContain("Mischpaletten für Kleinkunden");
    expect(titles("peter")).not.toContain("Mischpaletten für Kleinkunden");
  });

  it("marks an open session as a draft and a closed one not", () => {
    expect(minutesMarkdown(minutesOf(asThomas, s("s4")), "de")).toContain("> Entwurf");
    expect(minutesMarkdown(minutesOf(asThomas, s("s3")), "de")).not.toContain("Entwurf");
  });

  it("closes with summary and next date", () => {
    const text = minutesMarkdown(minutesOf(asThomas, s("s3")), "en");
    expect(text).toContain("- **Summary:** Eilaufträge überarbeitet: Kapazitätsreserve statt Einzelabfrage.");
    expect(text).toMatch(/- \*\*Next date:\*\* \w{3}, \d{1,2} December 2026\n$/);
  });
});

describe("minutes of an empty series or session", () => {
  it("are null for a session the state does not hold", () => {
    expect(sessionMinutes(makeSeries(), "session-none")).toBeNull();
  });

  it.each([
    [
      "de",
      ["_Keine namentlichen Beiträge._", "_Keine Fälle in dieser Sitzung._", "- **Zusammenfassung:** – keine Angabe –"],
    ],
    ["en", ["_No named contributions._", "_No agreements were made in this session._", "- **Next date:** – none –"]],
  ] as const)("say so for a session without anything in it (%s)", (lang, parts) => {
    const state = makeSeries([{ type: "session.add", sessionId: "session-x", values: { date: "2027-01-15" } }]);
    const minutes = minutesOf(state, "session-x");
    expect([minutes.attendees, minutes.cases, minutes.agreements, minutes.reviews]).toEqual([[], [], [], []]);
    const text = minutesMarkdown(minutes, lang);
    for (const part of parts) expect(text).toContain(part);
  });
});

describe("the margin effect in the minutes", () => {
  const state = makeRoom([
    {
      type: "agreement.update",
      agreementId: AGREEMENT,
      changes: {
        effect: { amount: 1800, per: "month", currency: "EUR", basis: "2 Rüstwechsel/Woche weniger × 450 €" },
      },
    },
    { type: "session.add", sessionId: "session-02", values: { date: "2026-12-18" } },
    {
      type: "review.set",
      sessionId: "session-02",
      agreementId: AGREEMENT,
      changes: { realisedEffect: { measured: true, amount: 15000, per: "year", currency: "EUR" } },
    },
  ]);
  it.each([
    [
      "de",
      "- **Erwartete Wirkung auf den Deckungsbeitrag:** 1\\.800 € pro Monat (2 Rüstwechsel/Woche weniger × 450 €)",
      "- **Realisierte Wirkung auf den Deckungsbeitrag:** 15\\.000 € pro Jahr",
    ],
    [
      "en",
      "- **Expected effect on contribution margin:** €1,800 per month (2 Rüstwechsel/Woche weniger × 450 €)",
      "- **Realised effect on contribution margin:** €15,000 per year",
    ],
  ] as const)(
    "the expectation where it was agreed, the realised effect where it was reviewed (%s)",
    (lang, agreed, reviewed) => {
      expect(minutesMarkdown(minutesOf(state, SESSION), lang)).toContain(agreed);
      expect(minutesMarkdown(minutesOf(state, "session-02"), lang)).toContain(reviewed);
    },
  );

  it("says why an effect was not measurable", () => {
    const notMeasured = makeRoom([
      { type: "session.add", sessionId: "session-02", values: { date: "2026-12-18" } },
      {
        type: "review.set",
        sessionId: "session-02",
        agreementId: AGREEMENT,
        changes: { realisedEffect: { measured: false, reason: "Rüstzeiten werden nicht erfasst" } },
      },
    ]);
    expect(minutesMarkdown(minutesOf(notMeasured, "session-02"), "de")).toContain(
      "- **Realisierte Wirkung auf den Deckungsbeitrag:** nicht messbar: Rüstzeiten werden nicht erfasst",
    );
  });
});

describe("user text in the minutes", () => {
  it("reads as written: Markdown characters are escaped and line breaks stay inside their list item", () => {
    const state = makeRoom([
      { type: "case.update", caseId: SHARED_CASE, changes: { title: "**Eil** [x](y) <b>" } },
      {
        type: "case.note.add",
        caseId: SHARED_CASE,
        list: "went_well",
        noteId: "n1",
        text: "Zeile 1\n- Zeile 2\n3. Zeile",
      },
    ]);
    const text = minutesMarkdown(minutesOf(state, SESSION), "de");
    expect(text).toContain("### 1. \\*\\*Eil\\*\\* \\[x\\](y) \\<b\\>");
    expect(text).toContain("- Zeile 1  \n  \\- Zeile 2  \n  3\\. Zeile — Anna");
  });
});

describe("a session's time in the minutes", () => {
  it.each<[string, { startTime?: string; durationMin?: number }, string | null]>([
    ["a start and a length", { startTime: "09:00", durationMin: 150 }, "**Zeit:** 09:00–11:30 Uhr"],
    ["a start only", { startTime: "14:00" }, "**Zeit:** ab 14:00 Uhr"],
    ["no time", {}, null],
  ])("%s", (_label, values, line) => {
    const state = makeRoom([{ type: "session.update", sessionId: SESSION, changes: values }]);
    const md = minutesMarkdown(sessionMinutes(state, SESSION) ?? fail(), "de");
    if (line === null) expect(md).not.toContain("Zeit:");
    else expect(md).toContain(line);
  });
});

function fail(): never {
  throw new Error("missing");
}

describe("minutes of the two levels", () => {
  const promo = "Aktionsmengen melden wir sechs Wochen vor Aktionsbeginn im S&OP-Termin.";
  const plan = "Der Vertrieb trägt Aktionsmengen jeden Freitag bis 12 Uhr in die Absatzplanung ein.";
  const capacity = "Die Feinplanung reserviert Kapazität für gemeldete Aktionen ab vier Wochen vor Aktionsbeginn.";
  it.each<[string, string, string]>([
    ["the session's level", "s2", "- **Ebene:** Strategisch"],
    ["the strategic agreement an executive one breaks down", "s3", `- **Bricht herunter:** ${promo}`],
    [
      "how the executive agreements did at the strategic one's review",
      "s3",
      `#### So lief es auf operativer Ebene\n\n- ${plan} — In Arbeit, noch nicht überprüft\n- ${capacity} — Offen, noch nicht überprüft`,
    ],
  ])("name %s", (_name, session, expected) => {
    const md = minutesMarkdown(sessionMinutes(asThomas, s(session)) ?? expect.fail("a session"), "de");
    expect(md).toContain(expected);
  });
});
