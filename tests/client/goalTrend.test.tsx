import { act, cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ResultsScreen } from "../../client/src/features/results/ResultsScreen.js";
import { GoalsView } from "../../client/src/features/setup/GoalsView.js";
import { setLanguage } from "../../client/src/i18n/language.js";
import { renderView } from "./setupFixtures.js";
import { connectAndJoin, remote, startClient } from "./support/harness.js";
import { addEarlierAgreement, GOAL_OTIF, makeMeetingSeries, TODAY } from "./support/meetingSeries.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, type EventLog } from "./support/series.js";

const RUSH = "agreement-rush-0001";

beforeEach(() => {
  localStorage.clear();
  // jsdom has no canvas: the chart stays blank, its table and summary carry the figures.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/**
 * Werk Nord's OTIF goal: 87 % at the start (15 January 2025), 95 % by a far
 * horizon, so that the plan expects hardly more than the baseline on 12 March;
 * an agreement for it reviewed today with OTIF 91 %.
 */
function seriesMeasuringOtif(): EventLog {
  const log = makeMeetingSeries();
  log.add(ALICE, {
    type: "goal.update",
    goalId: GOAL_OTIF,
    changes: { kpiName: "OTIF", kpiUnit: "%", baseline: 87, target: 95, better: "higher", horizon: "2099-12-31" },
  });
  addEarlierAgreement(log, RUSH, "Eilaufträge nur nach Rücksprache zusagen", [GOAL_OTIF]);
  log.add(ALICE, { type: "review.set", sessionId: TODAY, agreementId: RUSH, changes: { kpiValue: 91 } });
  return log;
}

/** The text of a table's body rows, cell by cell. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole("row")
    .filter((row) => row.parentElement?.tagName === "TBODY")
    .map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, " ").trim() ?? ""));
}

function otifTrend(): HTMLElement {
  const block = screen.getAllByTestId("goal-trend").find((el) => el.dataset.goalId === GOAL_OTIF);
  if (!block) throw new Error("no KPI trend for the OTIF goal");
  return block;
}

describe("a goal's KPI trend", () => {
  it("shows baseline, the measured value with its source and the target as a table, and the status as a chip", () => {
    const log = seriesMeasuringOtif();
    const harness = startClient(ALICE);
    renderWithStore(<ResultsScreen />, { store: harness.store, sync: harness.client });
    act(() => connectAndJoin(harness.transport, log));

    const block = otifTrend();
    expect(within(block).getByTestId("goal-trend-status").textContent).toBe("Im Plan");
    expect(within(block).getByTestId("goal-trend-latest").textContent).toBe("Zuletzt 91 % am 12. März 2025");
    expect(rows(within(block).getByTestId("goal-trend-table"))).toEqual([
      ["15. Jan. 2025", "87 %", "–keine Angabe", "Ausgangswert beim Start der Reihe"],
      ["12. März 2025", "91 %", "87 %", "Überprüfung in der Sitzung: Eilaufträge nur nach Rücksprache zusagen"],
      ["31. Dez. 2099", "95 %", "–keine Angabe", "Zielwert am Horizont"],
    ]);
    expect(
      within(block).getByRole("img", {
        name: "Liniendiagramm der Kennzahl OTIF: Ausgangswert 87 %, zuletzt gemessen 91 %, Ziel 95 %. Im Plan.",
      }),
    ).toBeTruthy();

    // A worse value at the same review: below the plan's line.
    act(() =>
      remote(harness.transport, log, ALICE, {
        type: "review.set",
        sessionId: TODAY,
        agreementId: RUSH,
        changes: { kpiValue: 85.5 },
      }),
    );
    expect(within(otifTrend()).getByTestId("goal-trend-status").textContent).toBe("Hinter dem Plan");

    act(() => setLanguage(harness.store, "en"));
    expect(within(otifTrend()).getByTestId("goal-trend-status").textContent).toBe("Behind plan");
    expect(within(otifTrend()).getByTestId("goal-trend-latest").textContent).toBe("Latest 85.5 % on 12 Mar 2025");
  });

  it("shows the status chip and the latest value on the goals page; a goal without a KPI shows none", () => {
    const log = seriesMeasuringOtif();
    log.add(ALICE, { type: "review.set", sessionId: TODAY, agreementId: RUSH, changes: { kpiValue: 96 } });
    const harness = startClient(ALICE);
    act(() => connectAndJoin(harness.transport, log));
    const state = harness.store.getState().document.view;
    if (!state) throw new Error("the series did not load");
    renderView(<GoalsView state={state} me={ALICE} />, state);

    const statuses = screen.getAllByTestId("goal-kpi-status");
    expect(statuses).toHaveLength(1);
    const card = screen.getAllByTestId("goal-card").find((el) => el.dataset.goalId === GOAL_OTIF);
    expect(card && within(card).getByTestId("goal-trend-status").textContent).toBe("Ziel erreicht");
    expect(card && within(card).getByTestId("goal-trend-latest").textContent).toBe("Zuletzt 96 % am 12. März 2025");
  });
});
