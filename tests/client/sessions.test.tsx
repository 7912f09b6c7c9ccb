import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { BoardContent } from "../../client/src/features/board/BoardContent.js";
import { SessionBoard } from "../../client/src/features/sessions/SessionBoard.js";
import { SessionDetails } from "../../client/src/features/sessions/SessionDetails.js";
import { PermissionProvider } from "../../client/src/ui/permissions.js";
import { makeAgreement, makeSession, makeState, renderView } from "./setupFixtures.js";
import { ALICE } from "./support/series.js";

afterEach(cleanup);

const PAST = makeSession("session-past", { date: "2025-01-15", closedSeq: 5, phase: "close", createdSeq: 2 });

function closeState(withDueAgreement: boolean) {
  const now = makeSession("session-now", { date: "2025-03-01", phase: "close", createdSeq: 6 });
  const due = makeAgreement("agreement-01", { sessionId: PAST.id, createdSeq: 4 });
  return {
    now,
    state: makeState({
      sessions: { [PAST.id]: PAST, [now.id]: now },
      agreements: withDueAgreement ? { [due.id]: due } : {},
    }),
  };
}

describe("the agenda", () => {
  it("sends the phase the facilitator steps to, for everyone", () => {
    const session = makeSession("session-now");
    const state = makeState({ sessions: { [session.id]: session } });
    const { sent } = renderView(<SessionBoard state={state} session={session} me={ALICE} />, state);
    expect(screen.getByTestId("phase-check_in").getAttribute("aria-current")).toBe("step");
    fireEvent.click(within(screen.getByTestId("phase-stepper")).getByRole("button", { name: /Fälle/ }));
    fireEvent.click(screen.getByTestId("phase-next"));
    expect(sent).toEqual([
      { type: "session.phase", sessionId: "session-now", phase: "cases" },
      { type: "session.phase", sessionId: "session-now", phase: "review" },
    ]);
  });

  it("shows who is here grouped by side at check-in", () => {
    const session = makeSession("session-now");
    const state = makeState({ sessions: { [session.id]: session } });
    renderView(<SessionBoard state={state} session={session} me={ALICE} />, state);
    expect(within(screen.getByTestId("check-in-sales")).getByText("Alice Adler (Sie)")).toBeTruthy();
  });
});

describe("the session's facts", () => {
  it("are text, not controls, for someone who cannot change them", () => {
    const session = makeSession("session-now", { place: "Werk Nord", kind: "peer_visit", hostOrgId: null });
    const state = makeState({ sessions: { [session.id]: session } });
    renderView(
      <PermissionProvider canSend={(type) => type !== "session.update"}>
        <SessionDetails state={state} session={session} />
      </PermissionProvider>,
      state,
    );
    expect(screen.getByTestId("session-facts").textContent).toBe("Werk Nord · Betriebsbesuch");
    expect(screen.queryByLabelText("Datum")).toBeNull();
    expect(screen.queryByRole("combobox")).toBeNull();
  });

  it("are controls for the facilitator", () => {
    const session = makeSession("session-now");
    const state = makeState({ sessions: { [session.id]: session } });
    renderView(<SessionDetails state={state} session={session} />, state);
    expect(screen.queryByTestId("session-facts")).toBeNull();
    expect(screen.getByLabelText("Datum")).toBeTruthy();
  });
});

describe("memberships waiting for confirmation", () => {
  function withNewcomers(count: number) {
    const session = makeSession("session-now");
    const base = makeState({ sessions: { [session.id]: session } });
    const people = { ...base.people };
    for (let i = 1; i <= count; i++) {
      const id = `person-new${i}`;
      people[id] = {
        id,
        name: `Neu ${i}`,
        orgId: "org-b",
        function: "sales",
        role: "participant",
        orgConfirmed: false,
        joinedSeq: 2,
      };
    }
    const state = { ...base, people, orgs: { "org-b": { id: "org-b", name: "Firma B", createdSeq: 1 } } };
    return { session, state };
  }

  it("shows the moderator how many wait, and confirms one or all in one click", () => {
    const { session, state } = withNewcomers(2);
    const { sent } = renderView(<SessionBoard state={state} session={session} me={ALICE} />, state);
    expect(screen.getByTestId("pending-memberships-toggle").textContent).toBe(
      "2 Personen warten auf die Bestätigung ihrer Organisation",
    );
    fireEvent.click(screen.getByTestId("pending-memberships-toggle"));
    expect(screen.getAllByTestId("pending-membership").map((li) => li.textContent)).toEqual([
      "Neu 1 – Firma BBestätigen",
      "Neu 2 – Firma BBestätigen",
    ]);
    fireEvent.click(screen.getByTestId("pending-memberships-all"));
    expect(sent).toEqual([
      { type: "person.confirm", personId: "person-new1" },
      { type: "person.confirm", personId: "person-new2" },
    ]);
  });

  it("confirms a single newcomer from the list, with no 'all' for one", () => {
    const { session, state } = withNewcomers(1);
    const { sent } = renderView(<SessionBoard state={state} session={session} me={ALICE} />, state);
    expect(screen.getByTestId("pending-memberships-toggle").textContent).toBe(
      "1 Person wartet auf die Bestätigung ihrer Organisation",
    );
    expect(screen.queryByTestId("pending-memberships-all")).toBeNull();
    fireEvent.click(screen.getByTestId("pending-memberships-toggle"));
    fireEvent.click(screen.getByTestId("pending-membership-confirm-person-new1"));
    expect(sent).toEqual([{ type: "person.confirm", personId: "person-new1" }]);
  });

  it("says nothing when nobody waits", () => {
    const { session, state } = withNewcomers(0);
    renderView(<SessionBoard state={state} session={session} me={ALICE} />, state);
    expect(screen.queryByTestId("pending-memberships")).toBeNull();
  });
});

describe("closing a session", () => {
  it("asks for confirmation while a due agreement has no decision, then closes with confirmUndecided", () => {
    const { now, state } = closeState(true);
    const { sent } = renderView(<SessionBoard state={state} session={now} me={ALICE} />, state);
    expect(screen.getByTestId("close-blocker").textContent).toBe("Eilaufträge nur nach Rücksprache");
    fireEvent.click(screen.getByTestId("session-close"));
    expect(sent).toEqual([]);
    expect(screen.getByTestId("close-confirm").textContent).toMatch(/Trotzdem abschließen/);
    fireEvent.click(screen.getByTestId("session-close-confirm"));
    expect(sent).toEqual([{ type: "session.close", sessionId: "session-now", confirmUndecided: true }]);
  });

  it("closes at once when every due agreement is decided", () => {
    const { now, state } = closeState(false);
    const { sent } = renderView(<SessionBoard state={state} session={now} me={ALICE} />, state);
    fireEvent.click(screen.getByTestId("session-close"));
    expect(sent).toEqual([{ type: "session.close", sessionId: "session-now", confirmUndecided: false }]);
  });

  it("shows a closed session as closed and reopens it", () => {
    const state = makeState({ sessions: { [PAST.id]: PAST } });
    const { sent } = renderView(<SessionBoard state={state} session={PAST} me={ALICE} />, state);
    expect(screen.getByTestId("session-closed")).toBeTruthy();
    expect(screen.queryByTestId("session-close")).toBeNull();
    fireEvent.click(screen.getByTestId("session-reopen"));
    expect(sent).toEqual([{ type: "session.reopen", sessionId: PAST.id }]);
  });
});

describe("the session board", () => {
  it("tells a newcomer to add the first session", () => {
    const state = makeState();
    renderView(<BoardContent state={state} me={ALICE} />, state);
    expect(screen.getByTestId("sessions-empty").textContent).toMatch(/Legen Sie die erste Sitzung an/);
  });

  it("opens the earliest session not closed", () => {
    const next = makeSession("session-next", { date: "2025-04-01", createdSeq: 7 });
    const { now, state } = closeState(false);
    const all = makeState({ sessions: { ...state.sessions, [next.id]: next } });
    renderView(<BoardContent state={all} me={ALICE} />, all);
    expect(screen.getByTestId("session-board").dataset.sessionId).toBe(now.id);
    fireEvent.click(screen.getAllByTestId("session-item")[2] as HTMLElement);
    expect(screen.getByTestId("session-board").dataset.sessionId).toBe(next.id);
  });
});
