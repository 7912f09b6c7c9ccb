import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Phase } from "@common/domain/vocabulary.js";
import type { Language } from "../../client/src/i18n/i18n.js";
import { setLanguage } from "../../client/src/i18n/language.js";
import { ProjectorScreen } from "../../client/src/features/projector/ProjectorScreen.js";
import { connectAndJoin, remote, startClient } from "./support/harness.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, BOB, SERIES_ID, joinAs, type EventLog } from "./support/series.js";
import {
  CASE_RUSH,
  EARLIER,
  GOAL_OTIF,
  TODAY,
  addEarlierAgreement,
  makeMeetingSeries,
} from "./support/meetingSeries.js";

const DANA = "person-dana";
const CAROL = "person-carol";
const KEPT_PROMISE = "agreement-promise-0001";
const FROZEN_WEEK = "agreement-frozen-0001";
const SAMPLE_RUN = "agreement-sample-0001";

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", `/s/${SERIES_ID}/projector`);
});
afterEach(cleanup);

/**
 * Werk Nord on the day of today's session: Alice (Sales) and Bob (Operations)
 * of two companies, Dana of Operations, Carol visiting; two agreements of the
 * earlier session are due, the OTIF goal has a KPI.
 */
function meetingDay(): EventLog {
  const log = makeMeetingSeries();
  log.add(DANA, joinAs("Dana Dorn", { function: "operations" }));
  log.add(CAROL, joinAs("Carol Gast", { role: "observer" }));
  log.add(ALICE, { type: "org.add", orgId: "org-hansen01", name: "Feinkost Hansen" });
  log.add(ALICE, { type: "org.add", orgId: "org-lindner1", name: "Hofmolkerei Lindner" });
  log.add(ALICE, { type: "person.update", personId: ALICE, changes: { orgId: "org-hansen01" } });
  log.add(ALICE, { type: "person.update", personId: BOB, changes: { orgId: "org-lindner1" } });
  log.add(ALICE, {
    type: "goal.update",
    goalId: GOAL_OTIF,
    changes: { kpiName: "OTIF", kpiUnit: "%", baseline: 88, target: 95 },
  });
  addEarlierAgreement(log, KEPT_PROMISE, "Lieferzusagen erst nach Rückfrage in der Planung", [GOAL_OTIF]);
  addEarlierAgreement(log, FROZEN_WEEK, "Eingefrorene Planungswoche für Eilaufträge");
  log.add(ALICE, { type: "session.close", sessionId: EARLIER, confirmUndecided: true });
  return log;
}

function atPhase(log: EventLog, phase: Phase): EventLog {
  log.add(ALICE, { type: "session.phase", sessionId: TODAY, phase });
  return log;
}

function renderProjector(log: EventLog, language: Language = "de"): void {
  const harness = startClient(CAROL);
  setLanguage(harness.store, language);
  renderWithStore(<ProjectorScreen />, { store: harness.store, sync: harness.client });
  act(() => connectAndJoin(harness.transport, log));
}

const text = (testId: string): string => screen.getByTestId(testId).textContent ?? "";

type Row = [Phase, (log: EventLog) => void, Record<string, string[]>];

// One line per phase: what happened in the room, and what the wall shows in which part.
const phases: Row[] = [
  [
    "check_in",
    (log) => {
      log.add(ALICE, { type: "attendance.set", sessionId: TODAY, personId: ALICE, status: "present" });
      log.add(ALICE, { type: "attendance.set", sessionId: TODAY, personId: BOB, status: "present" });
      log.add(ALICE, { type: "attendance.set", sessionId: TODAY, personId: DANA, status: "excused" });
      log.add(ALICE, { type: "attendance.set", sessionId: TODAY, personId: CAROL, status: "guest" });
    },
    {
      "projector-check-in-count": ["3 Personen sind da"],
      "projector-check-in-sales": ["Vertrieb 1", "Feinkost Hansen", "Alice Adler"],
      "projector-check-in-operations": [
        "Produktion 1",
        "Hofmolkerei Lindner",
        "Bob Berger",
        "Dana Dorn · Entschuldigt",
      ],
      "projector-check-in-others": ["Weitere 1", "Carol Gast · Gast"],
    },
  ],
  [
    "review",
    (log) => {
      log.add(ALICE, { type: "review.set", sessionId: TODAY, agreementId: KEPT_PROMISE, changes: { kept: "kept" } });
      log.add(ALICE, { type: "review.set", sessionId: TODAY, agreementId: KEPT_PROMISE, changes: { kpiValue: 93 } });
      log.add(ALICE, {
        type: "review.fit",
        sessionId: TODAY,
        agreementId: KEPT_PROMISE,
        goalId: GOAL_OTIF,
        fit: "supports",
      });
    },
    {
      "projector-review-progress": ["0 von 2 geprüft"],
      "projector-review-agreement": ["Wird geprüft", "Lieferzusagen erst nach Rückfrage in der Planung"],
      "projector-owners": ["Verantwortlich: Alice Adler, Bob Berger"],
      "projector-verdict-kept": ["Eingehalten?", "Eingehalten"],
      "projector-verdict-outcome": ["Ergebnis erreicht?", "offen"],
      "projector-verdict-kpi": ["OTIF", "93\u00a0%", "Ausgangswert 88\u00a0% → Zielwert 95\u00a0%"],
      "projector-verdict-fit": ["Passt zu „Liefertreue OTIF“?", "Unterstützt"],
      "projector-verdict-decision": ["Entscheidung", "offen"],
    },
  ],
  [
    "cases",
    (log) => {
      log.add(ALICE, { type: "case.update", caseId: CASE_RUSH, changes: { stage: "planning" } });
      log.add(ALICE, { type: "case.add", caseId: "case-cold-0001", values: { title: "Kühlkette", sessionId: TODAY } });
    },
    {
      "projector-cases": ["2 Fälle in dieser Sitzung", "Eilauftrag Müller", "↻ Planung", "Kühlkette", "Station offen"],
    },
  ],
  [
    "agreements",
    (log) => {
      log.add(ALICE, {
        type: "agreement.add",
        agreementId: SAMPLE_RUN,
        values: { text: "Musterläufe nur mit Vorlauf", sessionId: TODAY, ownerIds: [BOB], outcome: "" },
      });
    },
    {
      "projector-agreements": ["1 Vereinbarung", "Musterläufe nur mit Vorlauf", "Verantwortlich: Bob Berger"],
      "projector-flags": ["Keine strategische Grundlage", "Nur eine Seite verantwortlich", "Kein Ergebnis"],
    },
  ],
  [
    "close",
    (log) => {
      log.add(ALICE, {
        type: "agreement.add",
        agreementId: SAMPLE_RUN,
        values: { text: "Musterläufe nur mit Vorlauf", sessionId: TODAY, ownerIds: [ALICE, BOB], outcome: "≥ 2 Tage" },
      });
      log.add(ALICE, {
        type: "agreement.add",
        agreementId: "agreement-x",
        values: { text: "Wochenplan teilen", sessionId: TODAY },
      });
      log.add(ALICE, { type: "attendance.set", sessionId: TODAY, personId: ALICE, status: "present" });
      log.add(ALICE, {
        type: "session.update",
        sessionId: TODAY,
        changes: { nextDate: "2025-04-09", summary: "Gute Runde." },
      });
    },
    {
      "projector-recap-count": ["2 Vereinbarungen getroffen"],
      "projector-recap": [
        "Musterläufe nur mit Vorlauf",
        "Verantwortlich: Alice Adler, Bob Berger",
        "Wochenplan teilen",
      ],
      "projector-recap-open": ["3 offene Punkte", "Fall noch nicht besprochen: Eilauftrag Müller"],
      "projector-recap-attendance": ["Anwesend 1 · Entschuldigt 0 · Gäste 0"],
      "projector-recap-summary": ["Gute Runde."],
      "projector-recap-next": ["Nächster Termin: Mi., 9. April 2025"],
    },
  ],
];

describe("the projector in each phase", () => {
  it.each(phases)("%s", (phase, happen, shows) => {
    const log = atPhase(meetingDay(), phase);
    happen(log);
    renderProjector(log);
    expect(screen.getByTestId("projector-phase").getAttribute("data-phase")).toBe(phase);
    for (const [testId, parts] of Object.entries(shows)) {
      for (const part of parts) expect(text(testId), testId).toContain(part);
    }
  });
});

describe("the projector", () => {
  it("shows the verdicts as the facilitator enters them, and the spotlit agreement as the one being checked", () => {
    const log = atPhase(meetingDay(), "review");
    const harness = startClient(CAROL);
    renderWithStore(<ProjectorScreen />, { store: harness.store, sync: harness.client });
    act(() => connectAndJoin(harness.transport, log));
    expect(text("projector-verdict-decision")).toContain("offen");
    act(() =>
      remote(harness.transport, log, ALICE, {
        type: "review.decide",
        sessionId: TODAY,
        agreementId: KEPT_PROMISE,
        decision: "close",
        successor: null,
      }),
    );
    // Decided: the wall moves on to the next one without a decision.
    expect(text("projector-review-progress")).toContain("1 von 2 geprüft");
    expect(text("projector-review-agreement")).toContain("Eingefrorene Planungswoche");
    act(() =>
      remote(harness.transport, log, ALICE, { type: "room.spotlight", item: { kind: "agreement", id: KEPT_PROMISE } }),
    );
    expect(text("projector-review-agreement")).toContain("Lieferzusagen");
    expect(text("projector-verdict-decision")).toContain("Abschließen");
    // The spotlit agreement is shown once, as the one being checked.
    expect(screen.queryByTestId("projector-spotlight")).toBeNull();
  });

  it("shows the case in the spotlight with both sides' views instead of the list", () => {
    const log = atPhase(meetingDay(), "cases");
    log.add(ALICE, {
      type: "case.update",
      caseId: CASE_RUSH,
      changes: { stage: "planning", salesView: "Kunde wollte in 48 h", operationsView: "Plan war eingefroren" },
    });
    log.add(ALICE, { type: "room.spotlight", item: { kind: "case", id: CASE_RUSH } });
    renderProjector(log);
    expect(text("projector-spotlight")).toBe("Im Fokus:Eilauftrag MüllerStation: Planung");
    expect(text("projector-case-views")).toBe(
      "Sicht des VertriebsKunde wollte in 48 hSicht der ProduktionPlan war eingefroren",
    );
    expect(screen.queryByTestId("projector-cases")).toBeNull();
  });

  it("shows who is online by side until attendance is taken", () => {
    const harness = startClient(CAROL);
    renderWithStore(<ProjectorScreen />, { store: harness.store, sync: harness.client });
    act(() => connectAndJoin(harness.transport, atPhase(meetingDay(), "check_in")));
    act(() =>
      harness.transport.presenceOf({
        online: [ALICE, BOB, BOB].map((personId, i) => ({
          connectionId: `c${i}`,
          personId,
          focus: null,
          typing: null,
        })),
      }),
    );
    expect(text("projector-check-in-count")).toBe("2 Personen sind da");
    expect(text("projector-check-in")).toContain("Noch keine Anwesenheit erfasst");
    expect(text("projector-check-in-sales")).toContain("Alice Adler");
    expect(text("projector-check-in-operations")).toContain("Bob Berger");
  });

  it("says 1 in the singular, and truncates a long list with „+ N weitere“ instead of scrolling", () => {
    const log = atPhase(meetingDay(), "cases");
    for (let i = 1; i <= 11; i++) {
      log.add(ALICE, { type: "case.add", caseId: `case-more-${i}`, values: { title: `Fall ${i}`, sessionId: TODAY } });
    }
    renderProjector(log);
    expect(text("projector-cases-count")).toBe("12 Fälle in dieser Sitzung");
    expect(screen.getAllByTestId("projector-case")).toHaveLength(8);
    expect(text("projector-more")).toBe("+ 4 weitere");
    cleanup();
    renderProjector(atPhase(meetingDay(), "check_in"));
    expect(text("projector-check-in-count")).toBe("0 Personen sind da");
    cleanup();
    const one = atPhase(meetingDay(), "check_in");
    one.add(ALICE, { type: "attendance.set", sessionId: TODAY, personId: BOB, status: "present" });
    renderProjector(one);
    expect(text("projector-check-in-count")).toBe("1 Person ist da");
  });

  it("speaks English when chosen", () => {
    const log = atPhase(meetingDay(), "agreements");
    log.add(ALICE, { type: "agreement.add", agreementId: "a-1", values: { text: "Eins", sessionId: TODAY } });
    log.add(ALICE, { type: "agreement.add", agreementId: "a-2", values: { text: "Zwei", sessionId: TODAY } });
    renderProjector(log, "en");
    expect(text("projector-agreements-count")).toBe("2 agreements");
  });
});
