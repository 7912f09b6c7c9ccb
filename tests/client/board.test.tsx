import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openBoard } from "./support/board.js";
import { ALICE, BOB, SERIES_ID, addCase, makeSeries } from "./support/series.js";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("the board", () => {
  it("shows no board to a device whose person is not in the series", () => {
    openBoard(BOB, makeSeries({ withBob: false }));
    expect(screen.getByTestId("no-access")).toBeTruthy();
    expect(screen.queryByTestId("board")).toBeNull();
  });

  it("shows who is online once per person and marks what the others look at", () => {
    const log = makeSeries({ cases: { "case-0001": "Eilauftrag" } });
    const { transport } = openBoard(ALICE, log);
    act(() =>
      transport.presenceOf({
        online: [
          { connectionId: "c1", personId: ALICE, focus: null, typing: null },
          { connectionId: "c2", personId: BOB, focus: "case-0001", typing: null },
          { connectionId: "c3", personId: BOB, focus: null, typing: null },
        ],
      }),
    );
    const people = within(screen.getByTestId("online-people")).getAllByTestId("online-person");
    expect(people.map((p) => p.textContent)).toEqual(["AAAlice Adler (Sie)", "BBBob Berger"]);
  });

  it("shows offline with the changes that are not saved yet", () => {
    const log = makeSeries();
    const { transport, network, client } = openBoard(ALICE, log);
    act(() => {
      network.set(false);
      transport.drop();
    });
    act(() => {
      client.send(addCase("case-0001", "Eins"));
      client.send(addCase("case-0002", "Zwei"));
    });
    expect(screen.getByTestId("connection-status").textContent).toBe("Offline · 2 ungespeicherte Änderungen");
  });

  it("switches to English and back", () => {
    openBoard(ALICE, makeSeries());
    fireEvent.click(screen.getByRole("button", { name: "EN – Englisch" }));
    expect(screen.getByRole("button", { name: "DE – German" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("einklang.language")).toBe("en");
    fireEvent.click(screen.getByRole("button", { name: "DE – German" }));
    expect(screen.getByRole("button", { name: "EN – Englisch" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("de");
  });

  it("remembers the series for the start page", () => {
    openBoard(ALICE, makeSeries());
    expect(localStorage.getItem("einklang.recentSeries")).toContain(SERIES_ID);
  });
});
