import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { sessionsInOrder } from "@common/domain/rules/sessions.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { MinutesDocument } from "../../client/src/features/minutes/MinutesDocument.js";
import { makeDemo } from "../common/exports/exportFixtures.js";

afterEach(cleanup);

function closedSessionMinutes() {
  const { state } = makeDemo();
  const closed = sessionsInOrder(state).filter((s) => s.closedSeq !== null);
  const session = closed.at(-1);
  if (!session) throw new Error("the demo has a closed session");
  const minutes = sessionMinutes(state, session.id);
  if (!minutes) throw new Error("minutes of a known session");
  return { state, minutes };
}

describe("the minutes page", () => {
  it("shows the session's parts in the order of the meeting, in German", () => {
    const { minutes } = closedSessionMinutes();
    render(<MinutesDocument minutes={minutes} lang="de" />);
    const doc = screen.getByTestId("minutes");
    expect(within(doc).getByRole("heading", { level: 1 }).textContent).toBe(`Protokoll: ${minutes.seriesName}`);
    const parts = within(doc)
      .getAllByRole("heading", { level: 2 })
      .map((h) => h.textContent);
    expect(parts).toEqual(["Teilnehmende", "Überprüfung", "Fälle", "Vereinbarungen", "Abschluss"]);
    expect(screen.getAllByTestId("minutes-case")).toHaveLength(minutes.cases.length);
    expect(screen.getAllByTestId("minutes-agreement")).toHaveLength(minutes.agreements.length);
    expect(screen.queryByTestId("minutes-draft")).toBeNull();
    for (const item of minutes.cases) expect(doc.textContent).toContain(item.title);
  });

  it("speaks English when the UI does, and marks an open session's minutes as a draft", () => {
    const { minutes } = closedSessionMinutes();
    render(<MinutesDocument minutes={{ ...minutes, session: { ...minutes.session, closed: false } }} lang="en" />);
    const parts = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(parts).toEqual(["Participants", "Review", "Cases", "Agreements", "Close"]);
    expect(screen.getByTestId("minutes-draft").textContent).toMatch(/draft/i);
  });

  it("names nobody for an anonymous note: only the label the session's anonymity shows", () => {
    const { minutes } = closedSessionMinutes();
    const anonymous = {
      ...minutes,
      cases: minutes.cases.slice(0, 1).map((c) => ({
        ...c,
        wentWell: [
          {
            text: "Rückruf innerhalb einer Stunde",
            author: { kind: "side" as const, side: "sales" as const, org: null },
          },
          { text: "Ohne Namen", author: { kind: "unnamed" as const } },
        ],
      })),
    };
    render(<MinutesDocument minutes={anonymous} lang="de" />);
    const notes = within(screen.getByTestId("minutes-case")).getAllByRole("listitem");
    const texts = notes.map((n) => n.textContent ?? "");
    expect(texts.find((t) => t.startsWith("Rückruf"))).toBe("Rückruf innerhalb einer Stunde — Vertrieb");
    expect(texts.find((t) => t.startsWith("Ohne Namen"))).toBe("Ohne Namen");
  });
});

describe("the minutes page with attendance taken", () => {
  it("lists present, excused and guests in place of the participants derived from contributions", () => {
    const { minutes } = closedSessionMinutes();
    const attendance = {
      present: [
        { name: "Jens Albrecht", org: "Feinkost Hansen GmbH", side: "sales" as const },
        { name: "Anja Schulz", org: "Hofmolkerei Lindner KG", side: "operations" as const },
      ],
      excused: [{ name: "Thomas Brandt", org: "Feinkost Hansen GmbH", side: "operations" as const }],
      guests: [],
    };
    render(<MinutesDocument minutes={{ ...minutes, attendance }} lang="de" />);
    const parts = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(parts[0]).toBe("Anwesenheit");
    expect(parts).not.toContain("Teilnehmende");
    const list = screen.getByTestId("minutes-attendance");
    expect(
      within(list)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(["Anwesend (2)", "Entschuldigt (1)", "Gäste (0)"]);
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Jens Albrecht (Feinkost Hansen GmbH, Vertrieb)",
      "Anja Schulz (Hofmolkerei Lindner KG, Produktion)",
      "Thomas Brandt (Feinkost Hansen GmbH, Produktion)",
    ]);
    expect(list.textContent).toContain("niemand");
  });
});
