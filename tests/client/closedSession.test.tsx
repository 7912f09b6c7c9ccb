import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SessionBoard } from "../../client/src/features/sessions/SessionBoard.js";
import { useAppStore } from "../../client/src/store/context.js";
import { connectAndJoin, startClient, type Harness } from "./support/harness.js";
import { CASE_RUSH, TODAY, makeMeetingSeries } from "./support/meetingSeries.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, BOB, type EventLog } from "./support/series.js";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

/** Today's session with a case, a note on it and an agreement, closed by Alice. */
function closedSession(): EventLog {
  const log = makeMeetingSeries();
  log.add(BOB, {
    type: "case.note.add",
    caseId: CASE_RUSH,
    list: "went_well",
    noteId: "note-0001",
    text: "Schnell umgeplant",
  });
  log.add(ALICE, {
    type: "agreement.add",
    agreementId: "agreement-0001",
    values: { text: "Eilaufträge vorab abstimmen", sessionId: TODAY, caseId: CASE_RUSH, ownerIds: [BOB] },
  });
  log.add(ALICE, { type: "session.phase", sessionId: TODAY, phase: "close" });
  log.add(ALICE, { type: "session.close", sessionId: TODAY, confirmUndecided: true });
  return log;
}

function TodayBoard({ me }: { me: string }) {
  const state = useAppStore((s) => s.document.view);
  const session = state?.sessions[TODAY];
  return state && session ? <SessionBoard state={state} session={session} me={me} /> : null;
}

function openBoard(me: string, log: EventLog): Harness {
  const harness = startClient(me);
  renderWithStore(<TodayBoard me={me} />, { store: harness.store, sync: harness.client });
  act(() => connectAndJoin(harness.transport, log));
  return harness;
}

function step(name: RegExp): void {
  fireEvent.click(within(screen.getByTestId("phase-stepper")).getByRole("button", { name }));
}

/** The controls in the phase's work that would change something (not read-only text, nor what only opens or folds). */
function editingControls(): string[] {
  const work = screen.getByTestId("phase-work");
  return [...work.querySelectorAll<HTMLElement>("input, textarea, select, button")]
    .filter((el) => !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly)
    .filter((el) => !el.closest("fieldset:disabled"))
    .filter((el) => !el.hasAttribute("aria-expanded"))
    .map((el) => `${el.tagName.toLowerCase()}:${el.getAttribute("aria-label") ?? el.textContent ?? ""}`);
}

describe("a closed session", () => {
  it.each([
    ["the facilitator", ALICE],
    ["a participant", BOB],
  ])("%s looks through every phase, read-only, without steering the session", (_who, me) => {
    const { transport } = openBoard(me, closedSession());
    expect(screen.getByTestId("session-closed").textContent).toMatch(/abgeschlossen/);
    for (const [name, phase] of [
      [/Check-in/, "check_in"],
      [/Überprüfung/, "review"],
      [/Fälle/, "cases"],
      [/Vereinbarungen/, "agreements"],
      [/Abschluss/, "close"],
    ] as const) {
      step(name);
      expect(screen.getByTestId("session-board").dataset.phase).toBe(phase);
      expect(screen.getByTestId(`phase-${phase}`).getAttribute("aria-current")).toBe("step");
      // Everything folded is opened, so that no control hides from the check.
      for (const fold of screen.getByTestId("phase-work").querySelectorAll('[aria-expanded="false"]')) {
        fireEvent.click(fold);
      }
      expect({ phase, controls: editingControls() }).toEqual({ phase, controls: [] });
    }
    expect(transport.commands()).toEqual([]);
  });

  it("shows its cases with their notes, and offers no removing, adding or editing", () => {
    const { transport } = openBoard(ALICE, closedSession());
    step(/Fälle/);
    expect(screen.getByTestId("cases-phase")).toBeTruthy();
    fireEvent.click(within(screen.getByTestId("case-card")).getByTestId("case-expand"));
    expect(within(screen.getByTestId("notes-went_well")).getByText("Schnell umgeplant")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Punkt entfernen" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Fall entfernen" })).toBeNull();
    expect(screen.queryByRole("form", { name: "Neuer Fall" })).toBeNull();
    expect(screen.queryByRole("form", { name: "Spiegelung hinzufügen" })).toBeNull();
    expect(screen.queryByLabelText(/Punkt zu .* hinzufügen/)).toBeNull();
    expect(editingControls()).toEqual([]);
    expect(transport.commands()).toEqual([]);
  });
});
