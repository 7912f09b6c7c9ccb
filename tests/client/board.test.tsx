import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BoardScreen } from "../../client/src/features/board/BoardScreen.js";
import { Toasts } from "../../client/src/ui/Toasts.js";
import { commitNext, connectAndJoin, remote, startClient, type Harness } from "./support/harness.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, BOB, SERIES_ID, makeSeries, type EventLog } from "./support/series.js";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function openBoard(me: string, log: EventLog): Harness {
  const harness = startClient(me);
  renderWithStore(
    <>
      <BoardScreen />
      <Toasts />
    </>,
    { store: harness.store, sync: harness.client },
  );
  act(() => connectAndJoin(harness.transport, log));
  return harness;
}

function addCaseThroughForm(title: string, description = ""): void {
  const form = within(screen.getByRole("form", { name: "Neuer Fall" }));
  fireEvent.change(form.getByLabelText("Titel des Falls"), { target: { value: title } });
  fireEvent.change(form.getByLabelText("Beschreibung des Falls"), { target: { value: description } });
  fireEvent.click(form.getByRole("button", { name: "Fall hinzufügen" }));
}

describe("the board", () => {
  it("asks a newcomer for their name and joins with it", () => {
    const log = makeSeries({ withBob: false });
    const { transport } = openBoard(BOB, log);
    expect(screen.getByText("Wie heißen Sie?")).toBeTruthy();
    expect(screen.queryByTestId("board")).toBeNull();
    fireEvent.change(screen.getByLabelText("Ihr Name"), { target: { value: "Bob Berger" } });
    fireEvent.click(screen.getByRole("button", { name: "Teilnehmen" }));
    expect(transport.commands().map((c) => c.command)).toEqual([{ type: "person.join", name: "Bob Berger" }]);
    expect(screen.getByTestId("board")).toBeTruthy();
  });

  it("tells the user what to do while there are no cases or agreements", () => {
    openBoard(ALICE, makeSeries());
    expect(screen.getByTestId("cases-empty").textContent).toMatch(/Noch keine Fälle/);
    expect(screen.getByTestId("agreements-empty").textContent).toMatch(/Noch keine Vereinbarungen/);
  });

  it("shows an added case at once, marked as being saved until the server confirms it", () => {
    const log = makeSeries();
    const { transport } = openBoard(ALICE, log);
    addCaseThroughForm("Eilauftrag Müller", "Liefertermin ohne Rücksprache zugesagt");
    const card = screen.getByTestId("case-card");
    expect(card.dataset.pending).toBe("true");
    expect(within(card).getByText(/wird gespeichert/)).toBeTruthy();
    expect(within(card).getByLabelText<HTMLInputElement>("Titel").value).toBe("Eilauftrag Müller");

    act(() => void commitNext(transport, log, ALICE));
    expect(card.dataset.pending).toBeUndefined();
    expect(within(card).queryByText(/wird gespeichert/)).toBeNull();
  });

  it("removes a case the server refused and shows why", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { transport } = openBoard(ALICE, log);
    fireEvent.change(screen.getByLabelText("Vereinbarung"), {
      target: { value: "Liefertermine nur nach Rücksprache" },
    });
    fireEvent.change(screen.getByLabelText("Zum Fall"), { target: { value: "case-0001" } });
    fireEvent.click(screen.getByRole("button", { name: "Vereinbarung hinzufügen" }));
    expect(screen.getByTestId("agreement-card").textContent).toMatch(/Zum Fall: „Eilauftrag“/);

    act(() =>
      transport.take("command").answer(null, { ok: false, error: { code: "not_found", message: "case not found" } }),
    );
    expect(screen.queryByTestId("agreement-card")).toBeNull();
    expect(screen.getByTestId("toast").textContent).toMatch(/Der verknüpfte Fall wurde inzwischen gelöscht/);
  });

  it("proposes the newest case for a new agreement and respects “no case”", () => {
    const log = makeSeries({ cases: { "case-0001": "Erster Fall", "case-0002": "Neuester Fall" } });
    const { transport } = openBoard(ALICE, log);
    const form = within(screen.getByRole("form", { name: "Neue Vereinbarung" }));
    expect(form.getByLabelText<HTMLSelectElement>("Zum Fall").value).toBe("case-0002");
    fireEvent.change(form.getByLabelText("Vereinbarung"), { target: { value: "Erst abstimmen" } });
    fireEvent.click(form.getByRole("button", { name: "Vereinbarung hinzufügen" }));
    fireEvent.change(form.getByLabelText("Zum Fall"), { target: { value: "" } });
    fireEvent.change(form.getByLabelText("Vereinbarung"), { target: { value: "Allgemein" } });
    fireEvent.click(form.getByRole("button", { name: "Vereinbarung hinzufügen" }));
    expect(transport.commands().map((c) => c.command.type === "agreement.add" && c.command.caseId)).toEqual([
      "case-0002",
      null,
    ]);
  });

  it("keeps my draft when someone else changes the title I am editing", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { transport } = openBoard(ALICE, log);
    const title = within(screen.getByTestId("case-card")).getByLabelText<HTMLInputElement>("Titel");
    act(() => title.focus());
    fireEvent.change(title, { target: { value: "Eilauftrag Müller" } });
    act(() => remote(transport, log, BOB, { type: "case.update", caseId: "case-0001", field: "title", value: "Bobs" }));
    expect(title.value).toBe("Eilauftrag Müller");
    expect(screen.getByText(/Bob Berger hat dieses Feld gerade geändert/)).toBeTruthy();
  });

  it("tells the others which case I have open", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { transport } = openBoard(ALICE, log);
    act(() => within(screen.getByTestId("case-card")).getByLabelText("Beschreibung").focus());
    expect(transport.take("presence").message).toEqual({ focus: "case-0001" });
  });

  it("shows who is online once per person and marks what the others look at", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { transport } = openBoard(ALICE, log);
    act(() =>
      transport.presenceOf({
        online: [
          { connectionId: "c1", personId: ALICE, focus: null },
          { connectionId: "c2", personId: BOB, focus: "case-0001" },
          { connectionId: "c3", personId: BOB, focus: null },
        ],
      }),
    );
    const people = within(screen.getByTestId("online-people")).getAllByTestId("online-person");
    expect(people.map((p) => p.textContent)).toEqual(["AAAlice Adler (Sie)", "BBBob Berger"]);
    expect(within(screen.getByTestId("case-card")).getByTestId("presence-marker").textContent).toMatch(
      /Bob Berger schaut gerade hier/,
    );
  });

  it("shows offline with the changes that are not saved yet", () => {
    const log = makeSeries();
    const { transport, network } = openBoard(ALICE, log);
    act(() => {
      network.set(false);
      transport.drop();
    });
    addCaseThroughForm("Eins");
    addCaseThroughForm("Zwei");
    expect(screen.getByTestId("connection-status").textContent).toBe("Offline · 2 ungespeicherte Änderungen");
  });

  it("switches to English and back", () => {
    openBoard(ALICE, makeSeries());
    fireEvent.click(screen.getByRole("button", { name: "Englisch" }));
    expect(screen.getByRole("heading", { name: /Cases/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("einklang.language")).toBe("en");
    fireEvent.click(screen.getByRole("button", { name: "German" }));
    expect(screen.getByRole("heading", { name: /Fälle/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe("de");
  });

  it("remembers the series for the start page", () => {
    openBoard(ALICE, makeSeries());
    expect(localStorage.getItem("einklang.recentSeries")).toContain(SERIES_ID);
  });
});
