import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commitNext, remote } from "./support/harness.js";
import { openBoard } from "./support/board.js";
import { ALICE, BOB, makeSeries } from "./support/series.js";

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", "/s/series-0001");
});
afterEach(cleanup);

describe("the series shell", () => {
  it("lets only the facilitator step through the agenda", () => {
    const log = makeSeries();
    log.add(ALICE, { type: "session.add", sessionId: "session-001", values: { date: "2026-12-03" } });
    const { transport } = openBoard(BOB, log);
    expect((screen.getByTestId("phase-review") as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId("phase-next")).toBeNull();
    expect(transport.commands()).toEqual([]);
  });

  it("navigates between the views of the series by address", () => {
    openBoard(ALICE, makeSeries());
    expect(screen.getByTestId("board").dataset.view).toBe("session");
    fireEvent.click(screen.getByRole("link", { name: "Ziele" }));
    expect(window.location.search).toBe("?view=goals");
    expect(screen.getByTestId("goals-empty")).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Teilnehmende" }));
    expect(screen.getByRole("link", { name: "Teilnehmende" }).getAttribute("aria-current")).toBe("page");
  });

  it("shows the phase another participant stepped to", () => {
    const log = makeSeries();
    log.add(ALICE, { type: "session.add", sessionId: "session-001", values: { date: "2026-12-03" } });
    const { transport } = openBoard(BOB, log);
    expect(screen.getByTestId("check-in")).toBeTruthy();
    act(() => remote(transport, log, ALICE, { type: "session.phase", sessionId: "session-001", phase: "close" }));
    expect(screen.getByTestId("session-board").dataset.phase).toBe("close");
    expect(screen.getByTestId("phase-close").getAttribute("aria-current")).toBe("step");
  });

  it("adds the first session from the empty state and shows it at once", () => {
    const log = makeSeries();
    const { transport } = openBoard(ALICE, log);
    fireEvent.change(screen.getByTestId("session-add-date"), { target: { value: "2026-12-03" } });
    fireEvent.click(screen.getByTestId("session-add-submit"));
    expect(screen.getByTestId("session-title").textContent).toMatch(/Sitzung am .*3\. Dezember 2026/);
    act(() => void commitNext(transport, log, ALICE));
    expect(log.state().sessions).not.toEqual({});
  });

  it("plans a workshop with its companies in the session form, and a peer visit hosted by one of them", () => {
    const log = makeSeries();
    const { transport } = openBoard(ALICE, log);
    const form = screen.getByTestId("session-add-form");
    expect(screen.queryByTestId("session-add-orgs")).toBeNull();
    fireEvent.change(within(form).getByLabelText("Art"), { target: { value: "workshop" } });
    expect(screen.getByTestId("session-add-orgs-names").textContent).toMatch(/^Mehrere Unternehmen am Tisch\?/);
    for (const name of ["Feinkost Nord", "Hofmolkerei Süd"]) {
      fireEvent.change(within(screen.getByTestId("session-add-orgs")).getByTestId("org-add-name"), {
        target: { value: name },
      });
      fireEvent.click(screen.getByRole("button", { name: "Organisation hinzufügen" }));
      act(() => void commitNext(transport, log, ALICE));
    }
    expect(Object.values(log.state().orgs).map((org) => org.name)).toEqual(["Feinkost Nord", "Hofmolkerei Süd"]);
    expect(screen.getByTestId("session-add-orgs-names").textContent).toBe(
      "Beteiligte Organisationen: Feinkost Nord, Hofmolkerei Süd",
    );
    fireEvent.change(within(form).getByLabelText("Art"), { target: { value: "peer_visit" } });
    const hosts = within(form).getByLabelText("Gastgeber").querySelectorAll("option");
    expect([...hosts].map((option) => option.textContent)).toContain("Hofmolkerei Süd");
    fireEvent.change(within(form).getByLabelText("Art"), { target: { value: "internal" } });
    expect(screen.queryByTestId("session-add-orgs")).toBeNull();
  });

  it("sets the series' rhythm under the list of sessions, and a participant reads it", () => {
    const log = makeSeries();
    log.add(ALICE, { type: "session.add", sessionId: "session-001", values: { date: "2026-12-03" } });
    const { transport } = openBoard(ALICE, log);
    expect(screen.getByTestId("schedule-summary").textContent).toMatch(/^Kein fester Rhythmus/);
    fireEvent.click(screen.getByTestId("schedule-edit"));
    fireEvent.change(screen.getByTestId("schedule-cadence"), { target: { value: "monthly" } });
    fireEvent.change(screen.getByTestId("schedule-week"), { target: { value: "2" } });
    fireEvent.change(screen.getByTestId("schedule-weekday"), { target: { value: "4" } });
    fireEvent.change(screen.getByTestId("schedule-start"), { target: { value: "09:00" } });
    fireEvent.change(screen.getByTestId("schedule-duration"), { target: { value: "0" } });
    expect((screen.getByTestId("schedule-save") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId("schedule-duration"), { target: { value: "120" } });
    fireEvent.click(screen.getByTestId("schedule-save"));
    act(() => void commitNext(transport, log, ALICE));
    expect(log.state().schedule).toEqual({
      cadence: { kind: "monthly", week: 2, weekday: 4 },
      startTime: "09:00",
      durationMin: 120,
      timeZone: "Europe/Berlin",
    });
    expect(screen.getByTestId("schedule-summary").textContent).toBe(
      "Monatlich, 2. Donnerstag im Monat · 09:00–11:00 Uhr",
    );
    cleanup();
    openBoard(BOB, log);
    expect(screen.getByTestId("schedule-summary").textContent).toBe(
      "Monatlich, 2. Donnerstag im Monat · 09:00–11:00 Uhr",
    );
    expect(screen.queryByTestId("schedule-edit")).toBeNull();
  });

  it("shows who is online once per person, and offline with the unsaved changes", () => {
    const log = makeSeries();
    const { transport, network } = openBoard(ALICE, log);
    act(() =>
      transport.presenceOf({
        online: [
          { connectionId: "c1", personId: ALICE, focus: null, typing: null },
          { connectionId: "c2", personId: BOB, focus: null, typing: null },
          { connectionId: "c3", personId: BOB, focus: null, typing: null },
        ],
      }),
    );
    const people = within(screen.getByTestId("online-people")).getAllByTestId("online-person");
    expect(people.map((p) => p.textContent)).toEqual(["AAAlice Adler (Sie)", "BBBob Berger"]);
    act(() => {
      network.set(false);
      transport.drop();
    });
    fireEvent.click(screen.getByRole("link", { name: "Teilnehmende" }));
    fireEvent.change(screen.getByTestId("org-add-name"), { target: { value: "Feinkost Nord" } });
    fireEvent.click(screen.getByRole("button", { name: "Organisation hinzufügen" }));
    expect(screen.getByTestId("connection-status").textContent).toBe("Offline · 1 ungespeicherte Änderung");
  });

  it("switches the navigation to English and back", () => {
    openBoard(ALICE, makeSeries());
    fireEvent.click(screen.getByRole("button", { name: "EN – Englisch" }));
    expect(screen.getByRole("link", { name: "Participants" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Add the first session" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "DE – German" }));
    expect(screen.getByRole("link", { name: "Teilnehmende" })).toBeTruthy();
  });
});
