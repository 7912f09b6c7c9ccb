import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { canSend } from "@common/domain/authorize.js";
import type { ClientCommand } from "@common/domain/commands.js";
import type { Case, Person, SeriesState, Session } from "@common/domain/types.js";
import type { AttendanceStatus } from "@common/domain/vocabulary.js";
import { SessionBoard } from "../../client/src/features/sessions/SessionBoard.js";
import { createAppStore, DocumentPhase } from "../../client/src/store/store.js";
import { PermissionProvider } from "../../client/src/ui/permissions.js";
import { makeAgreement, makeSession, makeState } from "./setupFixtures.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, BOB, SERIES_ID } from "./support/series.js";

afterEach(cleanup);

const CARL = "person-carl";
const OLGA = "person-olga";

function person(id: string, name: string, values: Partial<Person> = {}): Person {
  return {
    id,
    name,
    orgId: "org-a",
    function: "operations",
    role: "participant",
    orgConfirmed: true,
    joinedSeq: 2,
    ...values,
  };
}

function room(session: Session, extra: Partial<SeriesState> = {}): SeriesState {
  const base = makeState({ sessions: { [session.id]: session }, ...extra });
  return {
    ...base,
    orgs: { "org-a": { id: "org-a", name: "Firma A", createdSeq: 1 } },
    people: {
      ...base.people,
      [BOB]: person(BOB, "Bob Berg", { function: "sales" }),
      [CARL]: person(CARL, "Carl Conrad"),
      [OLGA]: person(OLGA, "Olga Ott", { role: "observer", function: null }),
    },
  };
}

/** The board as `me` sees it, with `online` connected, as the app wires it (permissions from the state). */
function renderAs(me: string, state: SeriesState, session: Session, online: string[]) {
  const sent: ClientCommand[] = [];
  const opened: string[] = [];
  const sync = {
    send: vi.fn((c: ClientCommand) => void sent.push(c)),
    setFocus: vi.fn(),
    setTyping: vi.fn(),
    access: vi.fn(async () => null),
  };
  const store = createAppStore();
  store.setState({
    document: {
      seriesId: SERIES_ID,
      me,
      phase: DocumentPhase.ready,
      confirmedSeq: state.seq,
      view: state,
      serverOffsetMs: 0,
    },
    presence: { online: online.map((personId, i) => ({ connectionId: `c${i}`, personId, focus: null, typing: null })) },
  });
  renderWithStore(
    <PermissionProvider canSend={(type) => canSend(state, me, type)}>
      <SessionBoard state={state} session={session} me={me} onOpenSession={(id) => opened.push(id)} />
    </PermissionProvider>,
    { store, sync },
  );
  return { sent, opened };
}

function rowOf(name: string): HTMLElement {
  const row = screen.getAllByTestId("check-in-person").find((li) => li.textContent?.includes(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

const set = (personId: string, status: AttendanceStatus | null): ClientCommand => ({
  type: "attendance.set",
  sessionId: "session-now",
  personId,
  status,
});

describe("attendance at check-in", () => {
  it("a participant marks themself present with one tap and cannot mark others", () => {
    const session = makeSession("session-now");
    const { sent } = renderAs(BOB, room(session), session, [ALICE, BOB]);
    fireEvent.click(screen.getByTestId("attendance-self"));
    expect(sent).toEqual([set(BOB, "present")]);
    expect(within(rowOf("Alice")).queryByTestId("attendance-choices")).toBeNull();
    expect(within(rowOf("Alice")).getByTestId("attendance-status").textContent).toBe("Nicht erfasst");
    const own = within(rowOf("Bob")).getByTestId("attendance-choices");
    expect(
      within(own)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Anwesend", "Nicht erfasst"]);
  });

  it("an observer comes as a guest", () => {
    const session = makeSession("session-now");
    const { sent } = renderAs(OLGA, room(session), session, [ALICE, OLGA]);
    expect(screen.getByTestId("attendance-self").textContent).toBe("Ich bin als Gast da");
    fireEvent.click(screen.getByTestId("attendance-self"));
    expect(sent).toEqual([set(OLGA, "guest")]);
  });

  it("the facilitator takes everyone online over, and excuses someone who is not online", () => {
    const session = makeSession("session-now");
    const { sent } = renderAs(ALICE, room(session), session, [ALICE, BOB, OLGA]);
    expect(screen.getAllByText("online, noch nicht erfasst")).toHaveLength(3);
    fireEvent.click(screen.getByTestId("attendance-take-online"));
    expect(sent).toEqual([set(ALICE, "present"), set(BOB, "present"), set(OLGA, "guest")]);
    const away = screen.getByTestId("check-in-away");
    expect(within(away).getByText("Nicht online (1)")).toBeTruthy();
    fireEvent.click(within(away).getByTestId("attendance-excused"));
    expect(sent.at(-1)).toEqual(set(CARL, "excused"));
  });

  it("shows what is recorded, and the facilitator corrects it with one tap", () => {
    const session = makeSession("session-now", { attendance: { [BOB]: "present", [CARL]: "excused" } });
    const { sent } = renderAs(ALICE, room(session), session, [ALICE]);
    expect(screen.getByTestId("attendance-summary").textContent).toBe("Anwesend 1 · Entschuldigt 1 · Gäste 0");
    // Carl is not online but recorded: he stays in his column.
    expect(within(screen.getByTestId("check-in-operations")).getByText("Carl Conrad")).toBeTruthy();
    expect(within(rowOf("Bob")).getByTestId("attendance-present").getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(within(rowOf("Bob")).getByTestId("attendance-guest"));
    fireEvent.click(within(rowOf("Carl")).getByTestId("attendance-none"));
    expect(sent).toEqual([set(BOB, "guest"), set(CARL, null)]);
  });
});

describe("the check-in round", () => {
  it("the facilitator asks one of the suggestions with one click; a participant sees no offer to ask", () => {
    const session = makeSession("session-now");
    const { sent } = renderAs(ALICE, room(session), session, [ALICE]);
    fireEvent.click(screen.getByRole("button", { name: "Was erwarten Sie von der heutigen Sitzung?" }));
    expect(sent).toEqual([
      {
        type: "session.update",
        sessionId: "session-now",
        changes: { checkInQuestion: "Was erwarten Sie von der heutigen Sitzung?" },
      },
    ]);
    cleanup();
    renderAs(BOB, room(session), session, [ALICE, BOB]);
    expect(screen.queryByTestId("check-in-question")).toBeNull();
  });

  it("a participant answers the question in a line, and sees everyone's answers by name", () => {
    const session = makeSession("session-now", {
      checkInQuestion: "Was erwarten Sie von heute?",
      checkInAnswers: { [CARL]: "Zahlen zur Liefertreue" },
    });
    const { sent } = renderAs(BOB, room(session), session, [ALICE, BOB]);
    expect(screen.getByTestId("check-in-question-text").textContent).toBe("Was erwarten Sie von heute?");
    expect(screen.getAllByTestId("check-in-answer-row").map((li) => li.textContent)).toEqual([
      "Carl Conrad: Zahlen zur Liefertreue",
    ]);
    fireEvent.change(screen.getByTestId("check-in-answer"), { target: { value: " Klarheit bei Eilaufträgen " } });
    fireEvent.click(screen.getByRole("button", { name: "Antworten" }));
    expect(sent).toEqual([{ type: "checkin.answer", sessionId: "session-now", text: "Klarheit bei Eilaufträgen" }]);
  });

  it("an observer reads the answers and gives none", () => {
    const session = makeSession("session-now", { checkInQuestion: "Was erwarten Sie von heute?" });
    renderAs(OLGA, room(session), session, [OLGA]);
    expect(screen.getByTestId("check-in-answers").textContent).toBe("Noch keine Antworten.");
    expect(screen.queryByTestId("check-in-answer")).toBeNull();
  });
});

function discussedCase(id: string, title: string, notes: number): Case {
  const note = { id: `${id}-n`, text: "x", by: BOB, anonymity: "named" as const, authorSide: null, authorOrgId: null };
  return {
    id,
    sessionId: "session-now",
    title,
    description: "",
    presenterId: null,
    orgId: null,
    happenedOn: "",
    stage: null,
    marginImpact: null,
    delayDays: null,
    customer: "",
    salesView: "",
    operationsView: "",
    wentWell: notes > 0 ? [note] : [],
    wentWrong: [],
    betterNext: [],
    mirrors: [],
    collisionIds: [],
    goalIds: [],
    internalTo: null,
    createdBy: ALICE,
    createdSeq: 7,
  };
}

describe("the recap at the close", () => {
  const past = makeSession("session-past", { date: "2025-01-15", closedSeq: 5, phase: "close", createdSeq: 2 });

  function closing(values: Partial<Session> = {}, more: Partial<SeriesState> = {}) {
    const session = makeSession("session-now", {
      date: "2025-03-01",
      phase: "close",
      createdSeq: 6,
      place: "Werk Nord",
      attendance: { [BOB]: "present", [ALICE]: "present", [CARL]: "excused", [OLGA]: "guest" },
      ...values,
    });
    const state = room(session, {
      sessions: { [past.id]: past, [session.id]: session },
      agreements: {
        "agreement-due": makeAgreement("agreement-due", { text: "Alte Zusage", sessionId: past.id, createdSeq: 4 }),
        "agreement-new": makeAgreement("agreement-new", {
          text: "Eilaufträge gemeinsam einplanen",
          sessionId: session.id,
          ownerIds: [BOB, CARL],
          due: "2025-04-30",
          outcome: "",
          createdSeq: 8,
        }),
      },
      cases: {
        "case-1": discussedCase("case-1", "Sonderformat", 1),
        "case-2": discussedCase("case-2", "Eilauftrag", 0),
      },
      ...more,
    });
    return { session, state };
  }

  it("reads out the agreements, the open points and who was there", () => {
    const { session, state } = closing();
    renderAs(ALICE, state, session, [ALICE]);
    const agreement = within(screen.getByTestId("recap-agreements")).getByTestId("recap-agreement");
    expect(agreement.textContent).toContain("Eilaufträge gemeinsam einplanen");
    expect(agreement.textContent).toContain("Verantwortlich: Bob Berg, Carl Conrad");
    expect(agreement.textContent).toContain("fällig am");
    expect(
      within(agreement)
        .getAllByTestId("agreement-flag")
        .map((f) => f.dataset.flag),
    ).toContain("no_outcome");
    expect(screen.getAllByTestId("recap-open-point").map((li) => li.textContent)).toEqual([
      "Fall noch nicht besprochen: Eilauftrag",
      "Überprüfung ohne Entscheidung: Alte Zusage",
    ]);
    expect(screen.getByTestId("recap-attendance-present").textContent).toBe("Anwesend (2): Alice Adler, Bob Berg");
    expect(screen.getByTestId("recap-attendance-excused").textContent).toBe("Entschuldigt (1): Carl Conrad");
    expect(screen.getByTestId("recap-attendance-guest").textContent).toBe("Gast (1): Olga Ott");
  });

  it("creates the next session from the chosen next date in one click and opens it", () => {
    const { session, state } = closing({ nextDate: "2025-04-01" });
    const { sent, opened } = renderAs(ALICE, state, session, [ALICE]);
    fireEvent.click(screen.getByTestId("recap-next-create"));
    expect(sent).toHaveLength(1);
    const [add] = sent;
    expect(add).toMatchObject({
      type: "session.add",
      values: { date: "2025-04-01", place: "Werk Nord", kind: "internal", hostOrgId: null },
    });
    expect(opened).toEqual([add?.type === "session.add" ? add.sessionId : "?"]);
  });

  it("asks for the next date first, and offers no second one once the next session exists", () => {
    const { session, state } = closing();
    renderAs(ALICE, state, session, [ALICE]);
    expect(screen.getByTestId("recap-next-needs-date")).toBeTruthy();
    expect(screen.queryByTestId("recap-next-create")).toBeNull();
    cleanup();
    const planned = closing({ nextDate: "2025-04-01" });
    const next = makeSession("session-next", { date: "2025-04-01", createdSeq: 9 });
    const withNext = { ...planned.state, sessions: { ...planned.state.sessions, [next.id]: next } };
    renderAs(ALICE, withNext, planned.session, [ALICE]);
    expect(screen.queryByTestId("recap-next-create")).toBeNull();
    expect(screen.getByTestId("recap-next-exists")).toBeTruthy();
  });

  it("makes the next session by the series' rhythm when closing, carrying the open case unless told otherwise", () => {
    const schedule = {
      cadence: { kind: "monthly" as const, week: 2 as const, weekday: 4 },
      startTime: "09:00",
      durationMin: 120,
      timeZone: "Europe/Berlin",
    };
    const { session, state } = closing({}, { schedule });
    const { sent } = renderAs(ALICE, state, session, [ALICE]);
    // 2025-03-01 closes: the 2nd Thursday of March 2025 is the 13th.
    expect(screen.getByTestId("recap-next-planned").textContent).toContain("13. März 2025");
    fireEvent.click(screen.getByTestId("session-close"));
    fireEvent.click(screen.getByTestId("session-close-confirm"));
    const [close] = sent;
    if (close?.type !== "session.close") throw new Error(`expected a close, got ${close?.type}`);
    expect(close.next?.values).toEqual({
      date: "2025-03-13",
      place: "Werk Nord",
      kind: "internal",
      hostOrgId: null,
      startTime: "09:00",
      durationMin: 120,
    });
    expect(close.carry).toEqual({ to: close.next?.sessionId, cases: { "case-2": "move" } });
  });

  it("drops or keeps an open case as chosen, and carries into a session planned already", () => {
    const later = makeSession("session-later", { date: "2025-03-20", createdSeq: 9 });
    const { session, state } = closing();
    const withLater = { ...state, sessions: { ...state.sessions, [later.id]: later } };
    const { sent } = renderAs(ALICE, withLater, session, [ALICE]);
    expect(screen.getByTestId("recap-next-exists")).toBeTruthy();
    fireEvent.change(screen.getByTestId("carry-choice-case-2"), { target: { value: "drop" } });
    fireEvent.click(screen.getByTestId("session-close"));
    fireEvent.click(screen.getByTestId("session-close-confirm"));
    expect(sent).toEqual([
      {
        type: "session.close",
        sessionId: "session-now",
        confirmUndecided: true,
        carry: { to: "session-later", cases: { "case-2": "drop" } },
      },
    ]);
    cleanup();
    const again = renderAs(ALICE, withLater, session, [ALICE]);
    fireEvent.change(screen.getByTestId("carry-choice-case-2"), { target: { value: "keep" } });
    fireEvent.click(screen.getByTestId("session-close"));
    fireEvent.click(screen.getByTestId("session-close-confirm"));
    expect(again.sent).toEqual([{ type: "session.close", sessionId: "session-now", confirmUndecided: true }]);
  });

  it("shows participants the recap but not the planning", () => {
    const { session, state } = closing({ nextDate: "2025-04-01" });
    renderAs(BOB, state, session, [BOB]);
    expect(screen.getByTestId("recap-agreements")).toBeTruthy();
    expect(screen.queryByTestId("recap-next")).toBeNull();
  });
});
