import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ProjectorScreen } from "../../client/src/features/projector/ProjectorScreen.js";
import { commitNext, connectAndJoin, remote, startClient } from "./support/harness.js";
import { renderWithStore } from "./support/render.js";
import { openBoard, caseCard } from "./support/board.js";
import { ALICE, BOB, SERIES_ID, joinAs, makeSeries, type EventLog } from "./support/series.js";
import { CASE_RUSH, EARLIER, TODAY, makeMeetingSeries } from "./support/meetingSeries.js";

const DANA = "person-dana";
const ORG_A = "org-a00001";
const CASE_COLD = "case-cold-0001";

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", `/s/${SERIES_ID}`);
});
afterEach(cleanup);

/** Today's session in its Cases phase; Bob belongs to Firma A (confirmed), Dana picked it on an open link. */
function workshop(): EventLog {
  const log = makeMeetingSeries();
  log.add(ALICE, { type: "org.add", orgId: ORG_A, name: "Firma A" });
  log.add(ALICE, { type: "person.update", personId: BOB, changes: { orgId: ORG_A } });
  log.add(DANA, { ...joinAs("Dana Dorn", { orgId: ORG_A, function: "sales" }), confirmed: false });
  log.add(ALICE, { type: "case.add", caseId: CASE_COLD, values: { title: "Kühlkette", sessionId: TODAY } });
  log.add(ALICE, { type: "session.close", sessionId: EARLIER, confirmUndecided: true });
  log.add(ALICE, { type: "session.phase", sessionId: TODAY, phase: "cases" });
  return log;
}

describe("membership", () => {
  it("lets a confirmed member of the organisation vouch for an unconfirmed one", () => {
    const log = workshop();
    const { transport } = openBoard(BOB, log);
    fireEvent.click(screen.getByTestId("nav-people"));
    expect(screen.getByTestId(`person-unconfirmed-${DANA}`).textContent).toBe("unbestätigt");
    expect(screen.queryByTestId(`person-unconfirmed-${BOB}`)).toBeNull();
    fireEvent.click(screen.getByTestId(`person-confirm-${DANA}`));
    expect(transport.commands().map((c) => c.command)).toEqual([{ type: "person.confirm", personId: DANA }]);
  });

  it("tells the unconfirmed person why and offers them nothing to confirm", () => {
    openBoard(DANA, workshop());
    expect(screen.getByTestId("membership-pending").textContent).toBe(
      "Ihre Zugehörigkeit zu Firma A ist noch nicht bestätigt – interne Einträge von Firma A sehen Sie, sobald jemand aus Firma A oder die Moderation sie bestätigt.",
    );
    fireEvent.click(screen.getByTestId("nav-people"));
    expect(screen.queryByTestId(`person-confirm-${DANA}`)).toBeNull();
  });

  it("offers the facilitator the confirmation in the invite panel, and no notice to the confirmed", () => {
    const { transport } = openBoard(ALICE, workshop());
    expect(screen.queryByTestId("membership-pending")).toBeNull();
    fireEvent.click(screen.getByTestId("invite-open"));
    fireEvent.click(screen.getByTestId(`person-confirm-${DANA}`));
    expect(transport.commands().map((c) => c.command)).toEqual([{ type: "person.confirm", personId: DANA }]);
  });
});

describe("the invite panel", () => {
  const invite = (id: string, role: "participant" | "observer", orgId: string | null, joined: number) => ({
    id,
    role,
    orgId,
    createdAt: "2025-03-01T09:00:00.000Z",
    createdBy: ALICE,
    revokedAt: null,
    expiresAt: "2026-11-15T09:00:00.000Z",
    joined,
  });

  it("adds a company where its links are made, and offers its own link at once", async () => {
    const log = makeSeries();
    const { transport } = openBoard(ALICE, log);
    fireEvent.click(screen.getByTestId("invite-open"));
    await act(async () => transport.take("access").answer(null, { ok: true, invites: [] }));
    expect(screen.queryByTestId("invite-org-participant")).toBeNull();
    const orgs = screen.getByTestId("invite-orgs");
    fireEvent.change(within(orgs).getByTestId("org-add-name"), { target: { value: "Feinkost Nord" } });
    fireEvent.click(within(orgs).getByRole("button", { name: "Organisation hinzufügen" }));
    act(() => void commitNext(transport, log, ALICE));
    expect(screen.getByTestId("invite-orgs-names").textContent).toBe("Beteiligte Organisationen: Feinkost Nord");
    const choices = screen.getByTestId("invite-org-participant").querySelectorAll("option");
    expect([...choices].map((option) => option.textContent)).toContain("Feinkost Nord");
  });

  it("makes a link for one organisation and names it on its row", async () => {
    const { transport } = openBoard(ALICE, workshop());
    fireEvent.click(screen.getByTestId("invite-open"));
    await act(async () => transport.take("access").answer(null, { ok: true, invites: [] }));
    fireEvent.change(screen.getByTestId("invite-org-participant"), { target: { value: ORG_A } });
    fireEvent.change(screen.getByTestId("invite-validity"), { target: { value: "revoked" } });
    fireEvent.click(screen.getByTestId("invite-create-participant"));
    const request = transport.take("access");
    expect(request.message).toEqual({ action: "createInvite", role: "participant", orgId: ORG_A, validDays: null });
    await act(async () =>
      request.answer(null, {
        ok: true,
        invites: [invite("invite-a1", "participant", ORG_A, 0)],
        created: { inviteId: "invite-a1", token: "ekp_bound000000000000000" },
      }),
    );
    expect(screen.getByTestId("invite-org").textContent).toBe("nur Firma A");
  });

  it("makes an observer link for the projector PC that opens the projector and carries the participant link it shows", async () => {
    const { transport } = openBoard(ALICE, workshop());
    fireEvent.click(screen.getByTestId("invite-open"));
    await act(async () => transport.take("access").answer(null, { ok: true, invites: [] }));
    fireEvent.click(screen.getByTestId("invite-projector-link"));
    // This device has made no participant link yet: the projector's QR code needs one, so it is made first.
    const participant = transport.take("access");
    expect(participant.message).toEqual({ action: "createInvite", role: "participant", orgId: null });
    await act(async () =>
      participant.answer(null, {
        ok: true,
        invites: [invite("invite-q1", "participant", null, 0)],
        created: { inviteId: "invite-q1", token: "ekp_shown0000000000000" },
      }),
    );
    const request = transport.take("access");
    expect(request.message).toEqual({ action: "createInvite", role: "observer", orgId: null });
    await act(async () =>
      request.answer(null, {
        ok: true,
        invites: [invite("invite-q1", "participant", null, 0), invite("invite-p1", "observer", null, 0)],
        created: { inviteId: "invite-p1", token: "eko_projector0000000000" },
      }),
    );
    expect((screen.getByTestId("invite-projector-url") as HTMLInputElement).value).toBe(
      `${window.location.origin}/join#eko_projector0000000000&projector&invite=ekp_shown0000000000000`,
    );
    expect(screen.getByTestId("invite-projector").getAttribute("href")).toBe(`/s/${SERIES_ID}/projector`);
  });

  it("says that revoking a person leaves the link they came by valid, and closes on Escape", async () => {
    const { transport } = openBoard(ALICE, workshop());
    fireEvent.click(screen.getByTestId("invite-open"));
    await act(async () =>
      transport.take("access").answer(null, {
        ok: true,
        invites: [invite("invite-all", "participant", null, 3), invite("invite-guests", "observer", null, 1)],
      }),
    );
    fireEvent.click(screen.getByTestId(`person-revoke-${BOB}`));
    const warning = screen.getByTestId(`person-revoke-warning-${BOB}`).textContent ?? "";
    expect(warning).toContain("Bob Berger verliert sofort den Zugang auf allen Geräten.");
    expect(warning).toContain("(Link für Teilnehmende vom");
    expect(warning).toContain("bleibt gültig, bis Sie ihn ebenfalls zurückziehen");
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByTestId("invite-panel")).toBeNull();
  });
});

describe("removing items", () => {
  it("offers „Fall entfernen“ to the facilitator and to whoever made the case, not to others", () => {
    const log = workshop();
    log.add(DANA, { type: "case.add", caseId: "case-dana-0001", values: { title: "Danas Fall", sessionId: TODAY } });
    openBoard(DANA, log);
    expect(within(caseCard("case-dana-0001")).queryByRole("button", { name: "Fall entfernen" })).toBeTruthy();
    expect(within(caseCard(CASE_RUSH)).queryByRole("button", { name: "Fall entfernen" })).toBeNull();
    cleanup();
    openBoard(ALICE, log);
    expect(within(caseCard(CASE_RUSH)).queryByRole("button", { name: "Fall entfernen" })).toBeTruthy();
  });
});

describe("the header", () => {
  it("shows five faces and +N, with everyone in the list", () => {
    const log = makeSeries();
    const others = Array.from({ length: 8 }, (_, i) => `person-extra-${i}`);
    others.forEach((id, i) => log.add(id, joinAs(`Person ${String.fromCharCode(65 + i)}`)));
    const { transport } = openBoard(ALICE, log);
    const online = [ALICE, BOB, ...others].map((personId, i) => ({
      connectionId: `c${i}`,
      personId,
      focus: null,
      typing: null,
    }));
    act(() => transport.presenceOf({ online }));
    expect(screen.getAllByTestId("online-person")).toHaveLength(10);
    expect(screen.getByTestId("online-more").textContent).toBe("+5");
    expect(screen.getByTestId("online-people").hidden).toBe(true);
    fireEvent.click(screen.getByTestId("online-toggle"));
    expect(screen.getByTestId("online-people").hidden).toBe(false);
  });

  it("says (Sie) once for a name that already has a parenthesis", () => {
    const log = makeSeries();
    log.add(ALICE, { type: "person.update", personId: ALICE, changes: { name: "Alice Adler (Moderation)" } });
    const { transport } = openBoard(ALICE, log);
    act(() => transport.presenceOf({ online: [{ connectionId: "c1", personId: ALICE, focus: null, typing: null }] }));
    expect(screen.getByTestId("online-person").textContent).toBe("AAAlice Adler (Moderation, Sie)");
  });
});

describe("a participant", () => {
  it("waits for the facilitator to add the first session", () => {
    openBoard(BOB, makeSeries());
    expect(screen.getByTestId("sessions-empty").textContent).toContain("Die Moderation legt die erste Sitzung an.");
    expect(screen.queryByTestId("session-add-form")).toBeNull();
  });

  it("in a breakout group sees its case open, the others folded, and does not follow the spotlight", () => {
    const log = workshop();
    log.add(ALICE, {
      type: "breakout.start",
      sessionId: TODAY,
      groups: [{ groupId: "group-0001", name: "Gruppe 1", memberIds: [BOB], caseId: CASE_COLD }],
    });
    const { transport } = openBoard(BOB, log);
    expect(screen.getAllByTestId("case-card")[0]?.dataset.caseId).toBe(CASE_COLD);
    expect(within(caseCard(CASE_COLD)).getByTestId("case-detail")).toBeTruthy();
    expect(screen.getByTestId("cases-others-toggle").textContent).toBe("Andere Fälle (1)");
    expect(within(screen.getByTestId("cases-others")).getAllByTestId("case-card")).toHaveLength(1);
    act(() => remote(transport, log, ALICE, { type: "room.spotlight", item: { kind: "goal", id: "goal-otif-0001" } }));
    expect(screen.getByTestId("board").dataset.view).toBe("session");
    expect(screen.getByTestId("follow-paused")).toBeTruthy();
    expect(screen.queryByTestId("follow-return")).toBeNull();
  });

  it("sees how the others see their own anonymous note", () => {
    const log = workshop();
    log.add(ALICE, { type: "session.anonymity", sessionId: TODAY, phase: "cases", mode: "side" });
    log.add(BOB, {
      type: "case.note.add",
      caseId: CASE_RUSH,
      list: "went_wrong",
      noteId: "note-0001",
      text: "Zu spät",
    });
    openBoard(BOB, log);
    fireEvent.click(within(caseCard(CASE_RUSH)).getByTestId("case-expand"));
    expect(within(caseCard(CASE_RUSH)).getByTestId("anonymity-own").textContent).toBe(
      "für andere: Produktion, Firma A",
    );
  });
});

describe("check-in", () => {
  it("lists a facilitator without organisation and function under Moderation", () => {
    const log = makeSeries();
    log.add(ALICE, { type: "session.add", sessionId: TODAY, values: { date: "2025-03-12" } });
    const { transport } = openBoard(BOB, log);
    act(() =>
      transport.presenceOf({
        online: [
          { connectionId: "c1", personId: ALICE, focus: null, typing: null },
          { connectionId: "c2", personId: BOB, focus: null, typing: null },
        ],
      }),
    );
    expect(within(screen.getByTestId("check-in-facilitation")).getByText("Alice Adler")).toBeTruthy();
    expect(within(screen.getByTestId("check-in-none")).queryByText("Alice Adler")).toBeNull();
    expect(within(screen.getByTestId("check-in-none")).getByText("Bob Berger (Sie)")).toBeTruthy();
  });
});

describe("the projector", () => {
  it("shows which group works on which case", () => {
    const log = workshop();
    log.add(ALICE, {
      type: "breakout.start",
      sessionId: TODAY,
      groups: [
        { groupId: "group-0001", name: "Gruppe 1", memberIds: [BOB], caseId: CASE_COLD },
        { groupId: "group-0002", name: "Gruppe 2", memberIds: [DANA], caseId: CASE_RUSH },
      ],
    });
    const harness = startClient(ALICE);
    renderWithStore(<ProjectorScreen />, { store: harness.store, sync: harness.client });
    act(() => connectAndJoin(harness.transport, log));
    expect(screen.getByTestId("projector-breakout").textContent).toBe(
      "Gruppenarbeit läuft:Gruppe 1 – Fall: KühlketteGruppe 2 – Fall: Eilauftrag Müller",
    );
  });
});
