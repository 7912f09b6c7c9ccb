import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GoalsView } from "../../client/src/features/setup/GoalsView.js";
import { InterestsView } from "../../client/src/features/setup/InterestsView.js";
import { ParticipantsView } from "../../client/src/features/setup/ParticipantsView.js";
import { STARTER_INTERESTS } from "@common/domain/starterCatalog.js";
import { makeGoal, makeState, renderView } from "./setupFixtures.js";
import { ALICE } from "./support/series.js";

afterEach(cleanup);

describe("goals", () => {
  it.each([
    { sales: "", operations: "", detail: /Vertrieb und Produktion/ },
    { sales: "Nur Aufträge über 5 t", operations: "", detail: /es fehlt: Produktion/ },
    { sales: "", operations: "Rüstzeiten senken", detail: /es fehlt: Vertrieb/ },
  ])("flags a goal not broken down for both sides ($detail)", ({ sales, operations, detail }) => {
    const goal = makeGoal("goal-0001", { salesMeaning: sales, operationsMeaning: operations });
    renderView(<GoalsView state={makeState({ goals: { [goal.id]: goal } })} me={ALICE} />, makeState());
    const flag = within(screen.getByTestId("goal-card")).getByTestId("goal-flag");
    expect(flag.textContent).toMatch(/Nicht für beide Seiten heruntergebrochen/);
    expect(flag.textContent).toMatch(detail);
  });

  it("does not flag a goal broken down for both sides", () => {
    const goal = makeGoal("goal-0001", { salesMeaning: "Mindestmengen", operationsMeaning: "Rüstzeiten senken" });
    renderView(<GoalsView state={makeState({ goals: { [goal.id]: goal } })} me={ALICE} />, makeState());
    expect(screen.queryByTestId("goal-flag")).toBeNull();
    expect(screen.getByTestId("goal-ok")).toBeTruthy();
  });

  it("sends a changed breakdown as a goal.update with changes", () => {
    const goal = makeGoal("goal-0001");
    const { sent } = renderView(
      <GoalsView state={makeState({ goals: { [goal.id]: goal } })} me={ALICE} />,
      makeState(),
    );
    const field = screen.getByLabelText("Was bedeutet das für die Produktion?");
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: "Rüstzeiten senken" } });
    fireEvent.blur(field);
    expect(sent).toContainEqual({
      type: "goal.update",
      goalId: "goal-0001",
      changes: { operationsMeaning: "Rüstzeiten senken" },
    });
  });

  it.each([
    ["chooses a kind of change", undefined, "Optimieren", "optimize"],
    ["changes it", "scale", "Neu gestalten", "redesign"],
    ["takes it back by choosing it again", "scale", "Skalieren", null],
  ] as const)("%s as a goal.update", (_name, before, button, after) => {
    const goal = makeGoal("goal-0001", before === undefined ? {} : { changeKind: before });
    const { sent } = renderView(
      <GoalsView state={makeState({ goals: { [goal.id]: goal } })} me={ALICE} />,
      makeState(),
    );
    const choice = within(screen.getByTestId("goal-card")).getByTestId("change-kind");
    fireEvent.click(within(choice).getByRole("button", { name: button }));
    expect(sent).toEqual([{ type: "goal.update", goalId: "goal-0001", changes: { changeKind: after } }]);
  });
});

describe("the starter catalog", () => {
  it("takes the offered interests in the UI language, as edited, without the unticked ones", () => {
    const state = makeState({ starterCatalog: "offered" });
    const { sent } = renderView(<InterestsView state={state} me={ALICE} />, state);
    const offer = within(screen.getByTestId("starter-offer"));
    fireEvent.change(offer.getByTestId("starter-label-quality"), { target: { value: "Lebensmittelsicherheit" } });
    fireEvent.click(offer.getByRole("checkbox", { name: "„Preisspielraum“ übernehmen" }));
    fireEvent.click(offer.getByTestId("starter-take"));

    expect(sent).toHaveLength(1);
    const command = sent[0];
    if (command?.type !== "interests.starter") throw new Error(`unexpected ${command?.type}`);
    expect(command.decision).toBe("take");
    const expected = STARTER_INTERESTS.filter((s) => s.key !== "price_flexibility").map((s) => ({
      side: s.side,
      label: s.key === "quality" ? "Lebensmittelsicherheit" : s.label.de,
    }));
    expect(command.interests.map(({ side, label }) => ({ side, label }))).toEqual(expected);
    expect(new Set(command.interests.map((i) => i.interestId)).size).toBe(expected.length);
  });

  it("skips the catalog with an empty list", () => {
    const state = makeState({ starterCatalog: "offered" });
    const { sent } = renderView(<InterestsView state={state} me={ALICE} />, state);
    fireEvent.click(screen.getByTestId("starter-skip"));
    expect(sent).toEqual([{ type: "interests.starter", decision: "skip", interests: [] }]);
  });

  it("is not offered again once taken or skipped", () => {
    const state = makeState({ starterCatalog: "skipped" });
    renderView(<InterestsView state={state} me={ALICE} />, state);
    expect(screen.queryByTestId("starter-offer")).toBeNull();
  });
});

describe("collisions", () => {
  it("records a collision only of interests from opposite sides", () => {
    const state = makeState({
      starterCatalog: "taken",
      interests: {
        "int-sales1": { id: "int-sales1", side: "sales", label: "Kurze Lieferzusagen", createdSeq: 2 },
        "int-sales2": { id: "int-sales2", side: "sales", label: "Sonderwünsche", createdSeq: 3 },
        "int-ops0001": { id: "int-ops0001", side: "operations", label: "Stabiler Plan", createdSeq: 4 },
      },
    });
    const { sent } = renderView(<InterestsView state={state} me={ALICE} />, state);
    const picks = screen.getAllByTestId("collision-pick");
    fireEvent.click(picks[0] as HTMLElement);
    fireEvent.click(picks[1] as HTMLElement);
    expect(screen.getByTestId<HTMLButtonElement>("collision-add").disabled).toBe(true);
    fireEvent.click(picks[2] as HTMLElement);
    fireEvent.click(screen.getByTestId("collision-add"));
    const command = sent[0];
    if (command?.type !== "collision.add") throw new Error("no collision.add sent");
    expect(command.interestIds).toEqual(["int-sales1", "int-sales2", "int-ops0001"]);
  });
});

describe("people", () => {
  it("names the Sales Operations function Vertriebssteuerung (Sales Ops), not inside sales", () => {
    const state = makeState();
    const alice = state.people[ALICE];
    if (!alice) throw new Error("Alice is missing");
    const withSalesOps = makeState({ people: { [ALICE]: { ...alice, function: "sales_operations" } } });
    renderView(<ParticipantsView state={withSalesOps} me={ALICE} />, withSalesOps);
    const selected = screen
      .getAllByRole("option")
      .filter((option) => option instanceof HTMLOptionElement && option.selected)
      .map((option) => option.textContent);
    expect(selected).toContain("Vertriebssteuerung (Sales Ops)");
    expect(document.body.textContent).not.toContain("Vertriebsinnendienst");
  });
});
