import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReviewPhase } from "../../client/src/features/review/ReviewPhase.js";
import { Toasts } from "../../client/src/ui/Toasts.js";
import { commitNext, connectAndJoin, startClient, type Harness } from "./support/harness.js";
import { EARLIER, GOAL_OTIF, TODAY, addEarlierAgreement, makeMeetingSeries } from "./support/meetingSeries.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, type EventLog } from "./support/series.js";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function openReview(log: EventLog): Harness {
  const harness = startClient(ALICE);
  renderWithStore(
    <>
      <ReviewPhase sessionId={TODAY} />
      <Toasts />
    </>,
    { store: harness.store, sync: harness.client },
  );
  act(() => connectAndJoin(harness.transport, log));
  return harness;
}

function item(agreementId: string): HTMLElement {
  const found = screen.getAllByTestId("review-item").find((i) => i.dataset.agreementId === agreementId);
  if (!found) throw new Error(`${agreementId} is not up for review`);
  return found;
}

function dueSeries(): EventLog {
  const log = makeMeetingSeries();
  addEarlierAgreement(log, "agreement-old1", "Eilaufträge melden", [GOAL_OTIF]);
  addEarlierAgreement(log, "agreement-old2", "Wochenplan teilen");
  log.add(ALICE, {
    type: "agreement.add",
    agreementId: "agreement-today",
    values: { text: "Heute vereinbart", sessionId: TODAY },
  });
  return log;
}

describe("the review phase", () => {
  it("lists the agreements due from earlier sessions and counts the decisions", () => {
    const log = dueSeries();
    const { transport } = openReview(log);
    expect(screen.getAllByTestId("review-item").map((i) => i.dataset.agreementId)).toEqual([
      "agreement-old1",
      "agreement-old2",
    ]);
    expect(screen.getByTestId("review-progress").textContent).toMatch(/0 von 2 entschieden/);
    fireEvent.click(within(item("agreement-old2")).getByRole("button", { name: "Abschließen" }));
    expect(transport.commands()[0]?.command).toEqual({
      type: "review.decide",
      sessionId: TODAY,
      agreementId: "agreement-old2",
      decision: "close",
      successor: null,
    });
    expect(screen.getByTestId("review-progress").textContent).toMatch(/1 von 2 entschieden/);
  });

  it("records kept, outcome and the fit with each linked goal", () => {
    const log = dueSeries();
    const { transport } = openReview(log);
    const old1 = within(item("agreement-old1"));
    fireEvent.click(within(old1.getByTestId("review-kept")).getByRole("button", { name: "Teilweise" }));
    fireEvent.click(within(old1.getByTestId("review-outcome")).getByRole("button", { name: "Ja" }));
    fireEvent.click(old1.getByRole("button", { name: "Unterstützt" }));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "review.set", sessionId: TODAY, agreementId: "agreement-old1", changes: { kept: "partly" } },
      { type: "review.set", sessionId: TODAY, agreementId: "agreement-old1", changes: { outcome: "yes" } },
      { type: "review.fit", sessionId: TODAY, agreementId: "agreement-old1", goalId: GOAL_OTIF, fit: "supports" },
    ]);
    expect(old1.getByRole("button", { name: "Unterstützt" }).getAttribute("aria-pressed")).toBe("true");
    expect(old1.getByRole("group", { name: "Passt zu „Liefertreue OTIF“?" })).toBeTruthy();
  });

  it("revises an agreement into a new one that names its predecessor", () => {
    const log = dueSeries();
    const { transport } = openReview(log);
    const old1 = within(item("agreement-old1"));
    fireEvent.click(old1.getByRole("button", { name: "Überarbeiten" }));
    expect(transport.commands()).toEqual([]);
    fireEvent.change(old1.getByLabelText("Neue Fassung der Vereinbarung"), {
      target: { value: "Eilaufträge vor Zusage mit der Planung abstimmen" },
    });
    fireEvent.click(old1.getByRole("button", { name: "Neue Fassung anlegen" }));
    const sent = transport.commands()[0]?.command;
    if (sent?.type !== "review.decide") throw new Error("no decision sent");
    expect(sent.decision).toBe("revise");
    expect(sent.successor?.text).toBe("Eilaufträge vor Zusage mit der Planung abstimmen");
    expect(sent.successor?.agreementId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    act(() => void commitNext(transport, log, ALICE));
    expect(old1.getByTestId("review-successor").textContent).toMatch(/ersetzt durch „Eilaufträge vor Zusage/);
    const successor = log.state().agreements[sent.successor?.agreementId ?? ""];
    expect(successor?.predecessorId).toBe("agreement-old1");
    expect(item("agreement-old1").dataset.decision).toBe("revise");
  });

  it("says so when nothing is due", () => {
    openReview(makeMeetingSeries());
    expect(screen.getByTestId("review-empty").textContent).toMatch(/keine Vereinbarung zur Überprüfung fällig/);
  });
  it("shows the goal's KPI beside the KPI value: unit, baseline, target and the last measured value", () => {
    const log = dueSeries();
    log.add(ALICE, {
      type: "goal.update",
      goalId: GOAL_OTIF,
      changes: { kpiName: "OTIF", kpiUnit: "%", baseline: 82, target: 95 },
    });
    openReview(log);
    const context = within(item("agreement-old1")).getByTestId("review-kpi-context");
    expect(context.textContent).toBe("OTIF: Ausgangswert 82\u00a0% → Zielwert 95\u00a0% · noch kein Wert gemessen");
    // An agreement without goals has nothing to put beside its KPI value.
    expect(within(item("agreement-old2")).queryByTestId("review-kpi-context")).toBeNull();
  });
});

describe("the realised margin effect at the review", () => {
  it("sends what was measured, refuses another currency with a clear word, and takes 'nicht messbar' with a reason", () => {
    const log = dueSeries();
    log.add(ALICE, {
      type: "agreement.update",
      agreementId: "agreement-old1",
      changes: { effect: { amount: 1800, per: "month", currency: "EUR", basis: "2 Rüstwechsel × 450 €" } },
    });
    const { transport } = openReview(log);
    const review = within(item("agreement-old1"));
    expect(review.getByTestId("realised-expected").textContent).toMatch(/Erwartet waren 1\.800\s€ pro Monat/);
    const amount = review.getByTestId("realised-effect-amount");
    fireEvent.change(amount, { target: { value: "450 $" } });
    fireEvent.blur(amount);
    expect(review.getByTestId("euro-problem").textContent).toMatch(/nur in €/);
    expect(transport.commands()).toEqual([]);
    fireEvent.change(amount, { target: { value: "1.500 €" } });
    fireEvent.blur(amount);
    expect(review.queryByTestId("euro-problem")).toBeNull();
    expect(transport.commands()[0]?.command).toEqual({
      type: "review.set",
      sessionId: TODAY,
      agreementId: "agreement-old1",
      changes: { realisedEffect: { measured: true, amount: 1500, per: "month", currency: "EUR" } },
    });
    fireEvent.click(review.getByTestId("realised-not-measurable"));
    expect(transport.commands()[1]?.command).toMatchObject({
      changes: { realisedEffect: { measured: false, reason: "Grund noch offen" } },
    });
  });
});

describe("the redesign question in the review", () => {
  /** An agreement made between sessions, due at both; its outcome missed at the earlier one and, if `today`, at this one. */
  function missedSeries(today: "no" | "yes"): EventLog {
    const log = makeMeetingSeries();
    log.add(ALICE, {
      type: "agreement.add",
      agreementId: "agreement-rush",
      values: { text: "Eilaufträge mit Rücksprache", changeKind: "optimize" },
    });
    for (const [sessionId, outcome] of [
      [EARLIER, "no"],
      [TODAY, today],
    ] as const) {
      log.add(ALICE, { type: "review.set", sessionId, agreementId: "agreement-rush", changes: { outcome } });
    }
    return log;
  }

  it.each([
    ["missed twice in a row: asked, and one click tags it", "no", true],
    ["missed, then reached: not asked", "yes", false],
  ] as const)("%s", (_name, today, asked) => {
    const { transport } = openReview(missedSeries(today));
    const hint = within(item("agreement-rush")).queryByTestId("redesign-hint");
    expect(hint?.textContent ?? null).toEqual(
      asked ? expect.stringContaining("Optimieren reicht offenbar nicht: neu gestalten?") : null,
    );
    if (!hint) return;
    fireEvent.click(within(hint).getByTestId("redesign-apply"));
    expect(transport.commands().at(-1)?.command).toEqual({
      type: "agreement.update",
      agreementId: "agreement-rush",
      changes: { changeKind: "redesign" },
    });
  });
});
