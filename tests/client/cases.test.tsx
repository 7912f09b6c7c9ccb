import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { CaseInbox } from "../../client/src/features/cases/CaseInbox.js";
import { CasesPhase } from "../../client/src/features/cases/CasesPhase.js";
import { Toasts } from "../../client/src/ui/Toasts.js";
import { commitNext, connectAndJoin, remote, startClient, type Harness } from "./support/harness.js";
import { CASE_RUSH, SHORT_PROMISES, STABLE_PLAN, TODAY, makeMeetingSeries } from "./support/meetingSeries.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, BOB, type EventLog } from "./support/series.js";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function openCases(me: string, log: EventLog): Harness {
  const harness = startClient(me);
  renderWithStore(
    <>
      <CasesPhase sessionId={TODAY} />
      <Toasts />
    </>,
    { store: harness.store, sync: harness.client },
  );
  act(() => connectAndJoin(harness.transport, log));
  return harness;
}

function addCaseThroughForm(title: string): void {
  const form = within(screen.getByRole("form", { name: "Neuer Fall" }));
  fireEvent.change(form.getByLabelText("Titel des Falls"), { target: { value: title } });
  fireEvent.click(form.getByRole("button", { name: "Fall hinzufügen" }));
}

function rushCard(): HTMLElement {
  const card = screen.getAllByTestId("case-card").find((c) => c.dataset.caseId === CASE_RUSH);
  if (!card) throw new Error("rush case not shown");
  return card;
}

function openDetail(card: HTMLElement): void {
  fireEvent.click(within(card).getByTestId("case-expand"));
}

describe("the cases phase", () => {
  it("says “tippt …” from a keystroke in a case, not for a cursor resting in it, and stops on leaving", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    const typingSent = () => transport.sent.flatMap((m) => (m.kind === "presence" ? [m.message.typing] : []));
    const title = within(rushCard()).getByLabelText("Titel");
    act(() => title.focus());
    expect(typingSent()).not.toContain(CASE_RUSH);
    fireEvent.input(title, { target: { value: "Eilauftrag Müller!" } });
    expect(typingSent().at(-1)).toBe(CASE_RUSH);
    act(() => title.blur());
    expect(typingSent().at(-1)).toBeNull();
  });

  it("adds a case to this session at once, marked as saving until the server confirms it", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    addCaseThroughForm("Reklamation Feinkost Schulz");
    const sent = transport.commands()[0]?.command;
    expect(sent).toMatchObject({
      type: "case.add",
      values: { title: "Reklamation Feinkost Schulz", sessionId: TODAY },
    });
    const card = screen.getAllByTestId("case-card")[1];
    if (!card) throw new Error("new case not shown");
    expect(card.dataset.pending).toBe("true");
    expect(within(card).getByText(/wird gespeichert/)).toBeTruthy();

    act(() => void commitNext(transport, log, ALICE));
    expect(card.dataset.pending).toBeUndefined();
    expect(within(card).queryByText(/wird gespeichert/)).toBeNull();
  });

  it("takes back a case the server refused and says why", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    addCaseThroughForm("Zu viele Fälle");
    expect(screen.getAllByTestId("case-card")).toHaveLength(2);
    act(() =>
      transport.take("command").answer(null, { ok: false, error: { code: "limit_exceeded", message: "too many" } }),
    );
    expect(screen.getAllByTestId("case-card")).toHaveLength(1);
    expect(screen.getByTestId("toast").textContent).toMatch(/Limit/);
  });

  it("lets the other side confirm a mirror statement with “Genau so”", () => {
    const log = makeMeetingSeries();
    log.add(BOB, {
      type: "case.mirror.add",
      caseId: CASE_RUSH,
      mirrorId: "mirror-0001",
      ofSide: "sales",
      text: "Ihr wolltet den Kunden halten.",
    });
    const { transport } = openCases(ALICE, log);
    openDetail(rushCard());
    const mirror = screen.getByTestId("mirror");
    expect(mirror.textContent).toMatch(/Bob Berger gibt die Sicht von Vertrieb wieder/);
    fireEvent.click(within(mirror).getByRole("button", { name: "Genau so" }));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "case.mirror.respond", caseId: CASE_RUSH, mirrorId: "mirror-0001", verdict: "confirmed", correction: "" },
    ]);
    act(() => void commitNext(transport, log, ALICE));
    expect(screen.getByTestId("mirror").dataset.verdict).toBe("confirmed");
    expect(screen.getByTestId("mirror-verdict").textContent).toMatch(/bestätigt von Alice Adler/);
  });

  it("offers to remove only the notes the server lets me remove, removes at once and offers „Rückgängig“", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, { type: "org.add", orgId: "org-a", name: "Firma A" });
    log.add(ALICE, { type: "org.add", orgId: "org-b", name: "Firma B" });
    log.add(ALICE, { type: "person.update", personId: ALICE, changes: { orgId: "org-a" } });
    log.add(ALICE, { type: "person.update", personId: BOB, changes: { orgId: "org-b" } });
    const note = (noteId: string, text: string): ClientCommand => ({
      type: "case.note.add",
      caseId: CASE_RUSH,
      list: "went_well",
      noteId,
      text,
    });
    log.add(ALICE, note("note-alice", "Firma A hat schnell reagiert"));
    log.add(BOB, note("note-bob", "Firma B hat umgeplant"));
    const { transport } = openCases(BOB, log);
    openDetail(rushCard());
    const [ofAlice, ofBob] = within(screen.getByTestId("notes-went_well")).getAllByTestId("note");
    if (!ofAlice || !ofBob) throw new Error("notes not shown");
    // Alice's note belongs to Firma A: Bob of Firma B is not offered to remove it.
    expect(within(ofAlice).queryByRole("button", { name: "Punkt entfernen" })).toBeNull();
    fireEvent.click(within(ofBob).getByRole("button", { name: "Punkt entfernen" }));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "case.note.remove", caseId: CASE_RUSH, list: "went_well", noteId: "note-bob" },
    ]);
    const notes = () => within(screen.getByTestId("notes-went_well")).queryAllByTestId("note");
    expect(notes()).toHaveLength(1);
    const toast = screen.getByTestId("toast");
    expect(toast.textContent).toContain("„Firma B hat umgeplant“ entfernt");
    fireEvent.click(
      within(toast).getByRole("button", { name: "Entfernen von „Firma B hat umgeplant“ rückgängig machen" }),
    );
    expect(transport.commands().map((c) => c.command)[1]).toEqual({
      type: "item.restore",
      kind: "note",
      itemId: "note-bob",
    });
    // Back at once, in its place, before the server answers.
    expect(notes().map((n) => n.textContent)).toEqual([
      expect.stringContaining("Firma A hat schnell reagiert"),
      expect.stringContaining("Firma B hat umgeplant"),
    ]);
    expect(screen.queryByTestId("toast")).toBeNull();
  });

  it("offers to remove a mirror statement of my own organisation, not another's, at once", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, { type: "org.add", orgId: "org-a", name: "Firma A" });
    log.add(ALICE, { type: "org.add", orgId: "org-b", name: "Firma B" });
    log.add(ALICE, { type: "person.update", personId: ALICE, changes: { orgId: "org-a" } });
    log.add(ALICE, { type: "person.update", personId: BOB, changes: { orgId: "org-b" } });
    const mirror = (mirrorId: string, text: string): ClientCommand => ({
      type: "case.mirror.add",
      caseId: CASE_RUSH,
      mirrorId,
      ofSide: "operations",
      text,
    });
    log.add(ALICE, mirror("mirror-alice", "Ihr wolltet stabil planen."));
    log.add(BOB, mirror("mirror-bob", "Ihr braucht einen festen Plan."));
    const { transport } = openCases(BOB, log);
    openDetail(rushCard());
    const [ofAlice, ofBob] = screen.getAllByTestId("mirror");
    if (!ofAlice || !ofBob) throw new Error("mirror statements not shown");
    expect(within(ofAlice).queryByRole("button", { name: "Spiegelung entfernen" })).toBeNull();
    fireEvent.click(within(ofBob).getByRole("button", { name: "Spiegelung entfernen" }));
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "case.mirror.remove", caseId: CASE_RUSH, mirrorId: "mirror-bob" },
    ]);
  });

  it("offers the facilitator to remove any organisation's note", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, { type: "org.add", orgId: "org-b", name: "Firma B" });
    log.add(ALICE, { type: "person.update", personId: BOB, changes: { orgId: "org-b" } });
    log.add(BOB, { type: "case.note.add", caseId: CASE_RUSH, list: "went_well", noteId: "note-bob", text: "B" });
    openCases(ALICE, log);
    openDetail(rushCard());
    const [ofBob] = within(screen.getByTestId("notes-went_well")).getAllByTestId("note");
    if (!ofBob) throw new Error("note not shown");
    expect(within(ofBob).getByRole("button", { name: "Punkt entfernen" })).toBeTruthy();
  });

  it("does not offer the author to answer their own mirror statement", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, {
      type: "case.mirror.add",
      caseId: CASE_RUSH,
      mirrorId: "mirror-0001",
      ofSide: "operations",
      text: "Ihr wolltet stabil planen.",
    });
    openCases(ALICE, log);
    openDetail(rushCard());
    expect(within(screen.getByTestId("mirror")).queryByRole("button", { name: "Genau so" })).toBeNull();
  });

  it("tags a collision of a Sales and an Operations interest on the case", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    openDetail(rushCard());
    fireEvent.change(screen.getByLabelText("Interesse Vertrieb…"), { target: { value: SHORT_PROMISES } });
    fireEvent.change(screen.getByLabelText("Interesse Produktion…"), { target: { value: STABLE_PLAN } });
    fireEvent.click(screen.getByRole("button", { name: "Kollision zuordnen" }));
    const [collision, link] = transport.commands().map((c) => c.command);
    expect(collision).toMatchObject({ type: "collision.add", interestIds: [SHORT_PROMISES, STABLE_PLAN] });
    expect(link).toMatchObject({ type: "case.link", caseId: CASE_RUSH, kind: "collision", linked: true });
    expect(screen.getByTestId("case-collision").textContent).toMatch(/Kurze Lieferzusagen ↔ Stabiler Produktionsplan/);
  });

  it("puts the case into a stage of the order-to-cash cycle", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    openDetail(rushCard());
    fireEvent.click(within(screen.getByTestId("stage-cycle")).getByRole("button", { name: "Planung" }));
    expect(transport.commands()[0]?.command).toEqual({
      type: "case.update",
      caseId: CASE_RUSH,
      changes: { stage: "planning" },
    });
    expect(within(rushCard()).getByTestId("case-summary").textContent).toMatch(/Planung/);
  });

  it("keeps my draft when someone else changes the title I am editing", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    const title = within(rushCard()).getByLabelText<HTMLInputElement>("Titel");
    act(() => title.focus());
    fireEvent.change(title, { target: { value: "Eilauftrag Müller KW 10" } });
    act(() => remote(transport, log, BOB, { type: "case.update", caseId: CASE_RUSH, changes: { title: "Bobs" } }));
    expect(title.value).toBe("Eilauftrag Müller KW 10");
    expect(screen.getByText(/Bob Berger hat dieses Feld gerade geändert/)).toBeTruthy();
  });

  it("tells the others which case I have open", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    act(() => within(rushCard()).getByLabelText("Titel").focus());
    expect(transport.take("presence").message).toEqual({ focus: CASE_RUSH, typing: null });
    // Focus in a text field is not typing yet.
    expect(transport.kinds()).toEqual([]);
  });

  it("marks the case somebody else is looking at", () => {
    const log = makeMeetingSeries();
    const { transport } = openCases(ALICE, log);
    act(() =>
      transport.presenceOf({ online: [{ connectionId: "c2", personId: BOB, focus: CASE_RUSH, typing: null }] }),
    );
    expect(within(rushCard()).getByTestId("presence-marker").textContent).toMatch(/Bob Berger schaut gerade hier/);
  });

  it("takes a case into the inbox of an upcoming session with its presenter", () => {
    const log = makeMeetingSeries();
    const harness = startClient(BOB);
    renderWithStore(<CaseInbox sessionId={TODAY} />, { store: harness.store, sync: harness.client });
    act(() => connectAndJoin(harness.transport, log));
    expect(screen.getAllByTestId("inbox-case").map((c) => c.textContent)).toEqual([
      expect.stringMatching(/Eilauftrag Müller.*vorgestellt von Alice Adler/),
    ]);
    addCaseThroughForm("Folie nicht vorrätig");
    expect(harness.transport.commands()[0]?.command).toMatchObject({
      type: "case.add",
      values: { title: "Folie nicht vorrätig", sessionId: TODAY, presenterId: BOB },
    });
    expect(screen.getAllByTestId("inbox-case")).toHaveLength(2);
  });
});
