import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ProjectorScreen } from "../../client/src/features/projector/ProjectorScreen.js";
import { rememberInviteToken, chooseProjectorInvite } from "../../client/src/features/invites/inviteTokens.js";
import { connectAndJoin, remote, startClient } from "./support/harness.js";
import { renderWithStore } from "./support/render.js";
import { openBoard, caseCard } from "./support/board.js";
import { ALICE, BOB, SERIES_ID, joinAs, type EventLog } from "./support/series.js";
import { CASE_RUSH, EARLIER, TODAY, makeMeetingSeries } from "./support/meetingSeries.js";

const CAROL = "person-carol";
const CASE_COLD = "case-cold-0001";

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", `/s/${SERIES_ID}`);
});
afterEach(cleanup);

/** Today's session in its Cases phase, with two cases and Carol as an observer. */
function roomSeries(): EventLog {
  const log = makeMeetingSeries();
  log.add(CAROL, joinAs("Carol Gast", { role: "observer" }));
  log.add(ALICE, { type: "case.add", caseId: CASE_COLD, values: { title: "Kühlkette", sessionId: TODAY } });
  return log;
}

function inCasesPhase(log: EventLog): EventLog {
  log.add(ALICE, { type: "session.close", sessionId: EARLIER, confirmUndecided: true });
  log.add(ALICE, { type: "session.phase", sessionId: TODAY, phase: "cases" });
  return log;
}

describe("the room bar", () => {
  it("gives the facilitator the room controls and everyone the state", () => {
    const log = inCasesPhase(roomSeries());
    const { transport } = openBoard(ALICE, log);
    fireEvent.click(screen.getByTestId("room-tool-timer"));
    fireEvent.change(screen.getByTestId("timer-minutes"), { target: { value: "7" } });
    fireEvent.click(screen.getByTestId("timer-set"));
    fireEvent.click(screen.getByTestId("room-tool-locks"));
    fireEvent.click(screen.getByTestId("lock-board"));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "timer.set", durationMs: 7 * 60_000, signal: true },
      { type: "room.lock", scope: "board", locked: true },
    ]);
    expect(screen.getByTestId("timer-display").textContent).toBe("07:00");
    expect(screen.getByTestId("lock-banner")).toBeTruthy();
    expect(screen.getByTestId("ready-count").textContent).toBe("0 von 1 bereit");
  });

  it("starts the timer in one action with the minutes typed, and resumes a paused one without resetting it", () => {
    const log = inCasesPhase(roomSeries());
    const { transport } = openBoard(ALICE, log);
    fireEvent.click(screen.getByTestId("room-tool-timer"));
    fireEvent.change(screen.getByTestId("timer-minutes"), { target: { value: "5" } });
    fireEvent.click(screen.getByTestId("timer-start"));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "timer.set", durationMs: 5 * 60_000, signal: true },
      { type: "timer.start" },
    ]);
    expect(screen.queryByTestId("timer-start")).toBeNull();
    fireEvent.click(screen.getByTestId("timer-pause"));
    expect(screen.getByTestId("timer-start").textContent).toBe("Fortsetzen");
    fireEvent.click(screen.getByTestId("timer-start"));
    expect(transport.commands().map((c) => c.command.type)).toEqual([
      "timer.set",
      "timer.start",
      "timer.pause",
      "timer.start",
    ]);
  });

  it("resumes a timer another facilitator paused instead of setting it anew", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "timer.set", durationMs: 8 * 60_000, signal: true });
    const { transport } = openBoard(ALICE, log);
    fireEvent.click(screen.getByTestId("room-tool-timer"));
    expect(screen.getByTestId("timer-start").textContent).toBe("Fortsetzen");
    fireEvent.click(screen.getByTestId("timer-start"));
    expect(transport.commands().map((c) => c.command)).toEqual([{ type: "timer.start" }]);
  });

  it("shows a participant the state but none of the facilitator's controls", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "timer.set", durationMs: 90_000, signal: false });
    const { transport } = openBoard(BOB, log);
    expect(screen.getByTestId("timer-display").textContent).toBe("01:30");
    expect(screen.queryByTestId("room-tools")).toBeNull();
    expect(screen.queryByTestId("timer-start")).toBeNull();
    expect(screen.queryByTestId("ready-count")).toBeNull();
    expect(screen.queryByTestId(`room-spotlight-${CASE_RUSH}`)).toBeNull();
    fireEvent.click(screen.getByTestId("ready-toggle"));
    expect(transport.commands().map((c) => c.command)).toEqual([{ type: "ready.set", ready: true }]);
    expect(screen.getByTestId("ready-toggle").getAttribute("aria-pressed")).toBe("true");
  });

  it("locks a participant's editing but keeps voting and ready open", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "room.lock", scope: "cases", locked: true });
    log.add(ALICE, { type: "vote.open", sessionId: TODAY, target: "cases", dotsPerPerson: 2, stacking: false });
    openBoard(BOB, log);
    expect(screen.getByTestId("lock-banner").textContent).toMatch(/gesperrt/);
    expect(screen.queryByTestId("add-case-form")).toBeNull();
    expect((within(caseCard(CASE_RUSH)).getByLabelText("Titel") as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByTestId(`vote-dot-${CASE_RUSH}`) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByTestId("ready-toggle") as HTMLButtonElement).disabled).toBe(false);
  });

  it("brings everyone to the spotlight and back after they navigated away", () => {
    const log = inCasesPhase(roomSeries());
    const { transport } = openBoard(BOB, log);
    act(() => remote(transport, log, ALICE, { type: "room.spotlight", item: { kind: "case", id: CASE_RUSH } }));
    expect(screen.getByTestId("room-spotlight-current").textContent).toContain("Eilauftrag Müller");
    expect(caseCard(CASE_RUSH).className).toContain("card-spotlight");
    // The case in the spotlight opens its detail for those who follow; the others stay closed.
    expect(within(caseCard(CASE_RUSH)).getByTestId("case-expand").getAttribute("aria-expanded")).toBe("true");
    expect(within(caseCard(CASE_COLD)).getByTestId("case-expand").getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByTestId("follow-return")).toBeNull();
    fireEvent.click(screen.getByRole("link", { name: "Ziele" }));
    expect(screen.getByTestId("board").dataset.view).toBe("goals");
    fireEvent.click(screen.getByTestId("follow-return"));
    expect(screen.getByTestId("board").dataset.view).toBe("session");
    expect(screen.queryByTestId("follow-return")).toBeNull();
  });
});

describe("dot voting", () => {
  it("lets a participant place their dots without seeing anyone's totals before the reveal", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "vote.open", sessionId: TODAY, target: "cases", dotsPerPerson: 2, stacking: false });
    log.add(ALICE, { type: "vote.cast", itemId: CASE_COLD, delta: 1 });
    const { transport } = openBoard(BOB, log);
    expect(screen.getByTestId("vote-left").textContent).toBe("noch 2 Punkte");
    fireEvent.click(screen.getByTestId(`vote-dot-${CASE_RUSH}`));
    expect(transport.commands().map((c) => c.command)).toEqual([{ type: "vote.cast", itemId: CASE_RUSH, delta: 1 }]);
    expect(screen.getByTestId("vote-left").textContent).toBe("noch 1 Punkt");
    // Without stacking one dot per item.
    expect((screen.getByTestId(`vote-dot-${CASE_RUSH}`) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId(`vote-total-${CASE_COLD}`)).toBeNull();
    expect(screen.queryByTestId(`vote-total-${CASE_RUSH}`)).toBeNull();
    expect(screen.queryByTestId("vote-results")).toBeNull();
  });

  it("ranks the cases by their totals once revealed", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "vote.open", sessionId: TODAY, target: "cases", dotsPerPerson: 3, stacking: true });
    log.add(ALICE, { type: "vote.cast", itemId: CASE_COLD, delta: 1 });
    log.add(BOB, { type: "vote.cast", itemId: CASE_COLD, delta: 1 });
    log.add(BOB, { type: "vote.cast", itemId: CASE_RUSH, delta: 1 });
    log.add(ALICE, { type: "vote.reveal" });
    openBoard(ALICE, log);
    expect(screen.getByTestId(`vote-total-${CASE_COLD}`).textContent).toBe("2 Punkte");
    expect(screen.getByTestId(`vote-total-${CASE_RUSH}`).textContent).toBe("1 Punkt");
    expect(screen.getAllByTestId("case-card").map((c) => c.dataset.caseId)).toEqual([CASE_COLD, CASE_RUSH]);
    expect(within(screen.getByTestId("vote-results")).getAllByTestId("vote-result")[0]?.textContent).toContain(
      "Kühlkette",
    );
    fireEvent.click(screen.getByTestId("room-tool-vote"));
    expect(screen.getByTestId("vote-close")).toBeTruthy();
  });
});

describe("the facilitator's toolbar", () => {
  it("keeps every tool folded until asked for, one at a time, and marks the tools at work", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "timer.set", durationMs: 60_000, signal: false });
    openBoard(ALICE, log);
    const panels = () => screen.queryAllByTestId(/^room-tool-panel-/).map((p) => p.dataset.testid);
    expect(panels()).toEqual([]);
    expect(screen.getByTestId("room-tool-timer").dataset.active).toBe("true");
    expect(screen.getByTestId("room-tool-vote").dataset.active).toBeUndefined();
    fireEvent.click(screen.getByTestId("room-tool-vote"));
    fireEvent.click(screen.getByTestId("room-tool-locks"));
    expect(panels()).toEqual(["room-tool-panel-locks"]);
    expect(screen.getByTestId("room-tool-locks").getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(screen.getByTestId("room-tool-locks"));
    expect(panels()).toEqual([]);
  });
});

describe("dot voting counts", () => {
  it("offers only the dots that can be placed and says how many of those present voted", () => {
    const log = inCasesPhase(roomSeries());
    // Three dots, two cases, no stacking: the third dot could go nowhere.
    log.add(ALICE, { type: "vote.open", sessionId: TODAY, target: "cases", dotsPerPerson: 3, stacking: false });
    log.add(ALICE, { type: "vote.cast", itemId: CASE_COLD, delta: 1 });
    openBoard(BOB, log);
    expect(screen.getByTestId("vote-left").textContent).toBe("noch 2 Punkte");
    expect(screen.getByTestId("vote-voters").textContent).toBe("1 von 1 hat abgestimmt");
  });

  it("shows a tie as a tie: equal dots share the place", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "vote.open", sessionId: TODAY, target: "cases", dotsPerPerson: 1, stacking: false });
    log.add(ALICE, { type: "vote.cast", itemId: CASE_COLD, delta: 1 });
    log.add(BOB, { type: "vote.cast", itemId: CASE_RUSH, delta: 1 });
    log.add(ALICE, { type: "vote.reveal" });
    openBoard(ALICE, log);
    const results = within(screen.getByTestId("vote-results")).getAllByTestId("vote-result");
    expect(results.map((r) => r.dataset.rank)).toEqual(["1", "1"]);
    expect(results.map((r) => within(r).queryByTestId("vote-tie")?.textContent)).toEqual([
      "Gleichstand",
      "Gleichstand",
    ]);
  });
});

describe("observers", () => {
  it("read the board with every editing control hidden or disabled", () => {
    const log = inCasesPhase(roomSeries());
    openBoard(CAROL, log);
    expect(screen.getByTestId("observer-badge").textContent).toBe("Gast – nur lesen");
    expect(screen.queryByTestId("invite-open")).toBeNull();
    expect(screen.queryByTestId("add-case-form")).toBeNull();
    expect(screen.queryByTestId("ready-toggle")).toBeNull();
    expect(screen.queryByRole("button", { name: "Fall entfernen" })).toBeNull();
    expect((within(caseCard(CASE_RUSH)).getByLabelText("Titel") as HTMLInputElement).readOnly).toBe(true);
    fireEvent.click(within(caseCard(CASE_RUSH)).getByTestId("case-expand"));
    expect(within(caseCard(CASE_RUSH)).getByTestId("case-detail").closest("fieldset")?.disabled).toBe(true);
  });
});

describe("breakout groups", () => {
  it("shows a participant their group and puts their case first", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, {
      type: "breakout.start",
      sessionId: TODAY,
      groups: [{ groupId: "group-0001", name: "Gruppe 2", memberIds: [BOB], caseId: CASE_COLD }],
    });
    openBoard(BOB, log);
    expect(screen.getByTestId("breakout-banner").textContent).toBe("Gruppe 2 – Fall: Kühlkette");
    expect(screen.getAllByTestId("case-card")[0]?.dataset.caseId).toBe(CASE_COLD);
  });

  it("lets the facilitator give each group a case and start", () => {
    const log = inCasesPhase(roomSeries());
    const { transport } = openBoard(ALICE, log);
    fireEvent.click(screen.getByTestId("room-tool-breakout"));
    fireEvent.change(screen.getByTestId("breakout-count"), { target: { value: "1" } });
    fireEvent.change(screen.getByTestId(`breakout-member-${BOB}`), { target: { value: "0" } });
    fireEvent.change(screen.getByTestId("breakout-case-0"), { target: { value: CASE_RUSH } });
    fireEvent.click(screen.getByTestId("breakout-start"));
    const [sent] = transport.commands().map((c) => c.command);
    expect(sent).toMatchObject({
      type: "breakout.start",
      sessionId: TODAY,
      groups: [{ name: "Gruppe 1", memberIds: [BOB], caseId: CASE_RUSH }],
    });
    act(() => transport.presenceOf({ online: [{ connectionId: "c1", personId: BOB, focus: null, typing: null }] }));
    expect(screen.getByTestId("breakout-overview")).toBeTruthy();
    expect(screen.getByTestId("breakout-progress").textContent).toMatch(/^1 von 1 online/);
  });
});

describe("anonymity", () => {
  it("names the side and organisation of an anonymous note instead of its author", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "org.add", orgId: "org-b00001", name: "Firma B" });
    log.add(ALICE, { type: "person.update", personId: BOB, changes: { orgId: "org-b00001" } });
    log.add(ALICE, { type: "session.anonymity", sessionId: TODAY, phase: "cases", mode: "side" });
    const state = log.state();
    const harness = openBoard(ALICE, log);
    const theCase = state.cases[CASE_RUSH];
    if (!theCase) throw new Error("no case");
    // What a viewer who may not know the author receives: `by` blank, side and organisation kept.
    const note = {
      id: "note-0001",
      text: "Zu spät",
      by: "",
      anonymity: "side" as const,
      authorSide: "operations" as const,
      authorOrgId: "org-b00001",
    };
    act(() =>
      harness.store.setState({
        document: {
          ...harness.store.getState().document,
          view: { ...state, cases: { ...state.cases, [CASE_RUSH]: { ...theCase, wentWrong: [note] } } },
        },
      }),
    );
    fireEvent.click(within(caseCard(CASE_RUSH)).getByTestId("case-expand"));
    expect(within(caseCard(CASE_RUSH)).getByTestId("note-by").textContent).toBe("Produktion, Firma B");
    expect(screen.getByTestId("anonymity-badge").textContent).toBe("Beiträge: Nur Seite und Organisation");
  });

  it("lets the facilitator pick the mode per phase", () => {
    const { transport } = openBoard(ALICE, inCasesPhase(roomSeries()));
    fireEvent.click(screen.getByTestId("room-tool-anonymity"));
    fireEvent.change(screen.getByTestId("anonymity-select"), { target: { value: "anonymous" } });
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "session.anonymity", sessionId: TODAY, phase: "cases", mode: "anonymous" },
    ]);
  });
});

describe("internal items", () => {
  it("lets a person of an organisation keep a case internal to it", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "org.add", orgId: "org-a00001", name: "Firma A" });
    log.add(ALICE, { type: "person.update", personId: ALICE, changes: { orgId: "org-a00001" } });
    log.add(ALICE, { type: "case.update", caseId: CASE_RUSH, changes: { orgId: "org-a00001" } });
    const { transport } = openBoard(ALICE, log);
    fireEvent.click(screen.getByTestId(`internal-toggle-${CASE_RUSH}`));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "item.visibility", kind: "case", itemId: CASE_RUSH, internalTo: "org-a00001" },
    ]);
    expect(within(caseCard(CASE_RUSH)).getByTestId("internal-badge").textContent).toBe("Intern · Firma A");
  });

  it("offers no internal toggle on a case that belongs to no organisation or another one", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "org.add", orgId: "org-a00001", name: "Firma A" });
    log.add(ALICE, { type: "person.update", personId: ALICE, changes: { orgId: "org-a00001" } });
    openBoard(ALICE, log);
    expect(screen.queryByTestId(`internal-toggle-${CASE_RUSH}`)).toBeNull();
  });
});

describe("the projector", () => {
  it("shows phase, spotlight, timer, ready count and the participant link made on this device", () => {
    const log = inCasesPhase(roomSeries());
    log.add(ALICE, { type: "room.spotlight", item: { kind: "case", id: CASE_RUSH } });
    log.add(ALICE, { type: "timer.set", durationMs: 300_000, signal: true });
    log.add(BOB, { type: "ready.set", ready: true });
    rememberInviteToken(SERIES_ID, "invite-0001", "ekp_projectortoken0000000");
    chooseProjectorInvite(SERIES_ID, "invite-0001");
    const harness = startClient(ALICE);
    renderWithStore(<ProjectorScreen />, { store: harness.store, sync: harness.client });
    act(() => connectAndJoin(harness.transport, log));
    expect(screen.getByTestId("projector-phase").textContent).toContain("Fälle");
    expect(screen.getByTestId("projector-spotlight").textContent).toContain("Eilauftrag Müller");
    expect(screen.getByTestId("projector-timer").textContent).toBe("05:00");
    expect(screen.getByTestId("projector-ready").textContent).toBe("1 von 1 bereit");
    expect(screen.getByTestId("projector-link").textContent).toBe(
      `${window.location.origin}/join#ekp_projectortoken0000000`,
    );
  });

  it("says how to get a link when this device made none", () => {
    const harness = startClient(ALICE);
    renderWithStore(<ProjectorScreen />, { store: harness.store, sync: harness.client });
    act(() => connectAndJoin(harness.transport, inCasesPhase(roomSeries())));
    expect(screen.getByTestId("projector-no-invite")).toBeTruthy();
  });
});

describe("the invite panel", () => {
  const invite = (id: string, role: "participant" | "observer", joined = 0) => ({
    id,
    role,
    orgId: null,
    createdAt: "2026-12-01T09:00:00.000Z",
    createdBy: ALICE,
    revokedAt: null,
    expiresAt: "2026-11-15T09:00:00.000Z",
    joined,
  });

  it("makes a participant link, keeps its token on this device and warns before revoking it", async () => {
    const { transport } = openBoard(ALICE, inCasesPhase(roomSeries()));
    fireEvent.click(screen.getByTestId("invite-open"));
    await act(async () =>
      transport.take("access").answer(null, { ok: true, invites: [invite("invite-old1", "observer", 2)] }),
    );
    // A link made on another device: its token is not here.
    expect(screen.getByTestId("invite-elsewhere").textContent).toContain("neuen Link erzeugen");
    fireEvent.click(screen.getByTestId("invite-create-participant"));
    const request = transport.take("access");
    // New links can be used to join for two weeks unless the facilitator picks otherwise.
    expect(request.message).toEqual({ action: "createInvite", role: "participant", validDays: 14 });
    await act(async () =>
      request.answer(null, {
        ok: true,
        invites: [invite("invite-old1", "observer", 2), invite("invite-new1", "participant")],
        created: { inviteId: "invite-new1", token: "ekp_newtoken000000000000" },
      }),
    );
    expect((screen.getByTestId("invite-link") as HTMLInputElement).value).toBe(
      `${window.location.origin}/join#ekp_newtoken000000000000`,
    );
    expect(JSON.parse(localStorage.getItem(`einklang.invites.${SERIES_ID}`) ?? "{}")).toEqual({
      "invite-new1": "ekp_newtoken000000000000",
    });
    const oldRow = screen.getAllByTestId("invite-row").find((r) => r.dataset.inviteId === "invite-old1");
    if (!oldRow) throw new Error("no row");
    fireEvent.click(within(oldRow).getByTestId("invite-revoke"));
    expect(within(oldRow).getByRole("group").textContent).toContain("verliert den Zugang");
    fireEvent.click(within(oldRow).getByTestId("invite-revoke-confirm"));
    expect(transport.take("access").message).toEqual({ action: "revokeInvite", inviteId: "invite-old1" });
  });

  it("changes roles and hands over facilitation", () => {
    const { transport } = openBoard(ALICE, inCasesPhase(roomSeries()));
    fireEvent.click(screen.getByTestId("invite-open"));
    fireEvent.change(screen.getByTestId(`person-role-${CAROL}`), { target: { value: "participant" } });
    fireEvent.click(screen.getByTestId(`person-handover-${BOB}`));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "person.role", personId: CAROL, role: "participant" },
      { type: "facilitation.handover", personId: BOB },
    ]);
  });
});
