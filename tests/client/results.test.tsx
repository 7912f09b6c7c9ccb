import { act, cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ResultsScreen } from "../../client/src/features/results/ResultsScreen.js";
import { setLanguage } from "../../client/src/i18n/language.js";
import { routeOf } from "../../client/src/router.js";
import { STAGES } from "@common/domain/vocabulary.js";
import { openBoard } from "./support/board.js";
import { connectAndJoin, startClient, type Harness } from "./support/harness.js";
import {
  CASE_RUSH,
  EARLIER,
  GOAL_MARGIN,
  GOAL_OTIF,
  SHORT_PROMISES,
  STABLE_PLAN,
  TODAY,
  makeMeetingSeries,
} from "./support/meetingSeries.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, SERIES_ID, makeSeries, type EventLog } from "./support/series.js";

const BIG_BATCHES = "interest-batches";
const COLLISION = "collision-promises-plan";
const CASE_RECALL = "case-recall-0001";
const KEPT = "agreement-kept-0001";
const PARTLY = "agreement-partly-001";
const NO_GOAL = "agreement-nogoal-01";

beforeEach(() => {
  localStorage.clear();
  // jsdom has no canvas (and says so on every call): the charts stay blank, their tables and summaries are tested.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/**
 * Werk Nord with results: three agreements made at the earlier session (two
 * for OTIF, one for no goal and overdue since February 2025), reviewed today
 * as kept/reached and partly/not reached; two cases tagged with the collision
 * of short promises and a stable plan, one at production, one at service.
 */
function seriesWithResults(): EventLog {
  const log = makeMeetingSeries();
  log.add(ALICE, { type: "interest.add", interestId: BIG_BATCHES, side: "operations", label: "Große Lose" });
  log.add(ALICE, { type: "collision.add", collisionId: COLLISION, interestIds: [SHORT_PROMISES, STABLE_PLAN] });
  log.add(ALICE, {
    type: "case.update",
    caseId: CASE_RUSH,
    changes: { stage: "production", marginImpact: -3200, delayDays: 2 },
  });
  log.add(ALICE, {
    type: "case.add",
    caseId: CASE_RECALL,
    values: { title: "Reklamation Frischeservice", sessionId: TODAY, stage: "service" },
  });
  for (const caseId of [CASE_RUSH, CASE_RECALL]) {
    log.add(ALICE, { type: "case.link", caseId, kind: "collision", targetId: COLLISION, linked: true });
  }
  const agreement = (agreementId: string, text: string, goalIds: string[], extra: { due?: string } = {}) =>
    log.add(ALICE, {
      type: "agreement.add",
      agreementId,
      values: { text, sessionId: EARLIER, goalIds, collisionId: COLLISION, ...extra },
    });
  agreement(KEPT, "Eilaufträge nur nach Rücksprache mit der Planung zusagen", [GOAL_OTIF]);
  agreement(PARTLY, "Wochenplan freitags gemeinsam abstimmen", [GOAL_OTIF]);
  agreement(NO_GOAL, "Reklamationen binnen 24 Stunden beantworten", [], { due: "2025-02-01" });
  const review = (agreementId: string, kept: "kept" | "partly", outcome: "yes" | "no") =>
    log.add(ALICE, { type: "review.set", sessionId: TODAY, agreementId, changes: { kept, outcome } });
  review(KEPT, "kept", "yes");
  review(PARTLY, "partly", "no");
  log.add(ALICE, { type: "review.fit", sessionId: TODAY, agreementId: KEPT, goalId: GOAL_OTIF, fit: "supports" });
  return log;
}

function openResults(log: EventLog): Harness {
  const harness = startClient(ALICE);
  renderWithStore(<ResultsScreen />, { store: harness.store, sync: harness.client });
  act(() => connectAndJoin(harness.transport, log));
  return harness;
}

function tile(testId: string): HTMLElement {
  return screen.getByTestId(testId);
}

/** The text of a table's body rows, cell by cell. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .filter((row) => row.parentElement?.tagName === "TBODY")
    .map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, " ").trim() ?? ""));
}

describe("the results view", () => {
  it("is reached from a button in the board header and leads back to the board", () => {
    openBoard(ALICE, seriesWithResults());
    const link = screen.getByRole("link", { name: "Ergebnisse" });
    expect(link.getAttribute("href")).toBe(`/s/${SERIES_ID}/results`);
    expect(routeOf(`/s/${SERIES_ID}/results`)).toEqual({ page: "results", seriesId: SERIES_ID });
    cleanup();

    openResults(seriesWithResults());
    expect(screen.getByRole("link", { name: /Zurück zum Board/ }).getAttribute("href")).toBe(`/s/${SERIES_ID}`);
    expect(screen.getByRole("heading", { level: 1, name: "Ergebnisse" })).toBeTruthy();
  });

  it("shows the overview figures of a small series, overdue in the danger colour", () => {
    openResults(seriesWithResults());
    const figures = Object.fromEntries(
      ["agreements", "open", "overdue", "reviewed", "kept-rate", "outcome-rate"].map((name) => [
        name,
        within(tile(`overview-${name}`)).getAllByRole("definition")[0]?.textContent,
      ]),
    );
    expect(figures).toEqual({
      agreements: "3",
      open: "3",
      overdue: "1",
      reviewed: "2",
      "kept-rate": "50\u00a0%",
      "outcome-rate": "50\u00a0%",
    });
    expect(tile("overview-overdue").className).toContain("results-tile-danger");
    expect(tile("overview-open").className).not.toContain("results-tile-danger");
  });

  it("shows each session's counts below the trend chart, which is an image with a summary", () => {
    openResults(seriesWithResults());
    expect(rows(screen.getByTestId("trend-table"))).toEqual([
      ["12. März 2025Interne Runde", "2", "1", "1", "0", "50 %", "1", "0", "1", "50 %"],
    ]);
    expect(
      screen.getByRole("img", {
        name: /Quoten je Sitzung \(Anzahl Sitzungen: 1\)\. Zuletzt am 12\. März 2025: eingehalten 50\s%, Ergebnis erreicht 50\s%/,
      }),
    ).toBeTruthy();
  });

  it("flags goals without an agreement and agreements without a goal", () => {
    openResults(seriesWithResults());
    const goals = screen.getAllByTestId("coverage-goal");
    const otif = goals.find((g) => g.dataset.goalId === GOAL_OTIF);
    const margin = goals.find((g) => g.dataset.goalId === GOAL_MARGIN);
    if (!otif || !margin) throw new Error("both goals are listed");

    expect(within(margin).getByText("Ohne Vereinbarung")).toBeTruthy();
    expect(within(otif).queryByText("Ohne Vereinbarung")).toBeNull();
    expect(within(otif).getByText("2 Vereinbarungen")).toBeTruthy();
    expect(rows(within(otif).getByRole("table")).map((row) => row.slice(1, 5))).toEqual([
      ["Offen", "Eingehalten", "Ja", "Unterstützt"],
      ["Offen", "Teilweise", "Nein", "–keine Angabe"],
    ]);

    const withoutGoal = screen.getByTestId("coverage-without-goal");
    expect(within(withoutGoal).getByRole("heading", { name: "Vereinbarungen ohne Ziel" })).toBeTruthy();
    const row = within(withoutGoal).getByTestId("coverage-agreement");
    expect(row.dataset.agreementId).toBe(NO_GOAL);
    expect(within(row).getByText("Ohne Ziel")).toBeTruthy();
    expect(within(row).getByText("Überfällig")).toBeTruthy();
    expect(within(otif).queryByText("Ohne Ziel")).toBeNull();
  });

  it("puts sales interests in rows and operations interests in columns, with cases and outcomes per cell", () => {
    openResults(seriesWithResults());
    const map = screen.getByTestId("collision-map");
    expect(
      within(map)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Große Lose", "Stabiler Produktionsplan"]);
    expect(
      within(map)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["Kurze Lieferzusagen"]);

    const cells = within(map).getAllByTestId("collision-cell");
    expect(cells.map((c) => [c.dataset.sales, c.dataset.operations])).toEqual([[SHORT_PROMISES, STABLE_PLAN]]);
    expect(cells[0]?.textContent).toBe("2 Fälle3 Vereinbarungen: 1 gewirkt · 1 nicht gewirkt · 1 nicht überprüft");
    expect(cells[0]?.className).toContain("heat-4");
    expect(rows(map)[0]).toEqual(["Kurze Lieferzusagen", "keine Kollision", expect.stringContaining("2 Fälle")]);
  });

  it("lists the order-to-cash stages in cycle order with cases and margin impact", () => {
    openResults(seriesWithResults());
    const table = screen.getByTestId("cycle-table");
    const body = within(table)
      .getAllByRole("row")
      .filter((row) => row.dataset.stage !== undefined);
    expect(body.map((row) => row.dataset.stage)).toEqual([...STAGES]);
    const byStage = Object.fromEntries(rows(table).map((row) => [row[0], row.slice(1)]));
    expect(byStage["Produktion"]).toEqual(["1", "-3.200 €", "-3.200 €", "2"]);
    expect(byStage["Service/Reklamation"]).toEqual(["1", "–keine Angabe", "–keine Angabe", "0"]);
    expect(byStage["Anfrage"]?.[0]).toBe("0");
    expect(
      screen.getByRole("img", {
        name: /Auftragskreislaufs.*Anfrage 0, Angebot 0, .*Produktion 1, .*Service\/Reklamation 1/,
      }),
    ).toBeTruthy();
  });

  it("shows a friendly empty state for a series without agreements or cases", () => {
    openResults(makeSeries());
    expect(screen.getByTestId("results-empty").textContent).toMatch(/Noch keine Ergebnisse/);
    expect(screen.queryByTestId("results-overview")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("speaks English, with English number formats, when the UI language is English", () => {
    const { store } = openResults(seriesWithResults());
    act(() => setLanguage(store, "en"));
    expect(screen.getByRole("heading", { level: 1, name: "Results" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Overview" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Where interests collide" })).toBeTruthy();
    expect(within(tile("overview-kept-rate")).getByText("Kept")).toBeTruthy();
    expect(within(tile("overview-kept-rate")).getByText("50%")).toBeTruthy();
    expect(screen.getByText("No agreement")).toBeTruthy();
    expect(screen.getByText("No goal")).toBeTruthy();
    const production = within(screen.getByTestId("cycle-table")).getByRole("rowheader", { name: "Production" });
    expect(production.parentElement?.textContent).toContain("-€3,200");
    expect(screen.getByRole("link", { name: /Back to the board/ })).toBeTruthy();
  });
});
