import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AgreementsPage } from "../../client/src/features/agreements/AgreementsPage.js";
import { AgreementsPhase } from "../../client/src/features/agreements/AgreementsPhase.js";
import { Toasts } from "../../client/src/ui/Toasts.js";
import { commitNext, connectAndJoin, remote, startClient, type Harness } from "./support/harness.js";
import {
  CASE_RUSH,
  GOAL_OTIF,
  SHORT_PROMISES,
  STABLE_PLAN,
  TODAY,
  addEarlierAgreement,
  makeMeetingSeries,
} from "./support/meetingSeries.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, BOB, type EventLog } from "./support/series.js";
import type { ReactNode } from "react";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function open(ui: ReactNode, me: string, log: EventLog): Harness {
  const harness = startClient(me);
  renderWithStore(
    <>
      {ui}
      <Toasts />
    </>,
    { store: harness.store, sync: harness.client },
  );
  act(() => connectAndJoin(harness.transport, log));
  return harness;
}

function flagsShown(): (string | undefined)[] {
  return screen.queryAllByTestId("agreement-flag").map((f) => f.dataset.flag);
}

function addAgreement(text: string): void {
  const form = within(screen.getByRole("form", { name: "Neue Vereinbarung" }));
  fireEvent.change(form.getByLabelText("Vereinbarung"), { target: { value: text } });
  fireEvent.click(form.getByRole("button", { name: "Vereinbarung hinzufügen" }));
}

describe("the agreements phase", () => {
  it("makes an agreement from the case just discussed, taking over its collision and session", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, {
      type: "collision.add",
      collisionId: "collision-0001",
      interestIds: [SHORT_PROMISES, STABLE_PLAN],
    });
    log.add(ALICE, {
      type: "case.link",
      caseId: CASE_RUSH,
      kind: "collision",
      targetId: "collision-0001",
      linked: true,
    });
    const { transport } = open(<AgreementsPhase sessionId={TODAY} />, ALICE, log);
    addAgreement("Eilaufträge nur nach Rücksprache mit der Planung zusagen");
    expect(transport.commands()[0]?.command).toMatchObject({
      type: "agreement.add",
      values: { sessionId: TODAY, caseId: CASE_RUSH, collisionId: "collision-0001" },
    });
    expect(screen.getByTestId("agreement-case").textContent).toMatch(/Zum Fall: „Eilauftrag Müller“/);
  });

  it("offers the cases' 'Nächstes Mal besser' notes beside the form and takes one over in a click", () => {
    const log = makeMeetingSeries();
    log.add(BOB, {
      type: "case.note.add",
      caseId: CASE_RUSH,
      list: "better_next",
      noteId: "note-better1",
      text: "Eilaufträge vorab mit der Feinplanung abstimmen",
    });
    const { transport } = open(<AgreementsPhase sessionId={TODAY} />, ALICE, log);
    const suggestion = within(screen.getByTestId("better-next")).getByTestId("better-next-item");
    expect(suggestion.textContent).toContain("Eilauftrag Müller");
    fireEvent.click(within(suggestion).getByRole("button", { name: "als Vereinbarung übernehmen" }));
    const form = within(screen.getByRole("form", { name: "Neue Vereinbarung" }));
    expect((form.getByLabelText("Vereinbarung") as HTMLTextAreaElement).value).toBe(
      "Eilaufträge vorab mit der Feinplanung abstimmen",
    );
    fireEvent.click(form.getByRole("button", { name: "Vereinbarung hinzufügen" }));
    expect(transport.commands()[0]?.command).toMatchObject({
      type: "agreement.add",
      values: { text: "Eilaufträge vorab mit der Feinplanung abstimmen", caseId: CASE_RUSH },
    });
    // Taken over: the note is no longer offered.
    expect(screen.queryByTestId("better-next")).toBeNull();
  });

  it("flags what an agreement lacks, each with a reason, until it is fixed", () => {
    const log = makeMeetingSeries();
    const { transport } = open(<AgreementsPhase sessionId={TODAY} />, ALICE, log);
    addAgreement("Mehr miteinander reden");
    act(() => void commitNext(transport, log, ALICE));
    expect(flagsShown()).toEqual(["no_goal", "no_owner", "no_outcome"]);
    expect(screen.getByText(/Keine strategische Grundlage/)).toBeTruthy();

    const id = screen.getByTestId("agreement-card").dataset.agreementId ?? "";
    act(() => {
      remote(transport, log, BOB, {
        type: "agreement.link",
        agreementId: id,
        kind: "owner",
        targetId: ALICE,
        linked: true,
      });
      remote(transport, log, BOB, {
        type: "agreement.update",
        agreementId: id,
        changes: { outcome: "besser abstimmen" },
      });
    });
    expect(flagsShown()).toEqual(["no_goal", "owners_one_sided", "outcome_not_measurable"]);
    expect(screen.getByText(/Nur eine Seite verantwortlich/)).toBeTruthy();

    // Counting visits is an activity: the hint asks what should change in orders, margin or delivery.
    act(() => {
      remote(transport, log, BOB, {
        type: "agreement.update",
        agreementId: id,
        changes: { outcome: "mindestens 20 Kundenbesuche pro Monat" },
      });
    });
    expect(flagsShown()).toEqual(["no_goal", "owners_one_sided", "outcome_is_activity"]);
    expect(screen.getByText(/Aktivität statt Ergebnis/)).toBeTruthy();
    expect(screen.getByText("Was soll sich an Aufträgen, Marge oder Liefertreue ändern?")).toBeTruthy();

    act(() => {
      remote(transport, log, BOB, {
        type: "agreement.link",
        agreementId: id,
        kind: "owner",
        targetId: BOB,
        linked: true,
      });
      remote(transport, log, BOB, {
        type: "agreement.link",
        agreementId: id,
        kind: "goal",
        targetId: GOAL_OTIF,
        linked: true,
      });
      remote(transport, log, BOB, {
        type: "agreement.update",
        agreementId: id,
        changes: { outcome: "OTIF Eilaufträge ≥ 95 %" },
      });
    });
    expect(flagsShown()).toEqual([]);
  });

  it("lets an owner link a Sales and an Operations person from the detail", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, {
      type: "agreement.add",
      agreementId: "agreement-0001",
      values: { text: "Planung früher einbinden", sessionId: TODAY },
    });
    const { transport } = open(<AgreementsPhase sessionId={TODAY} />, ALICE, log);
    fireEvent.click(screen.getByTestId("agreement-expand"));
    fireEvent.click(within(screen.getByTestId("agreement-owners")).getByLabelText(/Bob Berger/));
    expect(transport.commands()[0]?.command).toEqual({
      type: "agreement.link",
      agreementId: "agreement-0001",
      kind: "owner",
      targetId: BOB,
      linked: true,
    });
  });

  it("offers someone of no organisation of the agreement only to step down as its owner", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, { type: "org.add", orgId: "org-werk-nord", name: "Werk Nord" });
    log.add(ALICE, { type: "person.update", personId: ALICE, changes: { orgId: "org-werk-nord" } });
    log.add(ALICE, {
      type: "agreement.add",
      agreementId: "agreement-0001",
      values: { text: "Planung früher einbinden", sessionId: TODAY, ownerIds: [BOB] },
    });
    const { transport } = open(<AgreementsPhase sessionId={TODAY} />, BOB, log);
    fireEvent.click(screen.getByTestId("agreement-expand"));
    const owners = within(screen.getByTestId("agreement-owners"));
    const alice = owners.getByLabelText<HTMLInputElement>(/Alice/);
    const bob = owners.getByLabelText<HTMLInputElement>(/Bob Berger/);
    expect(alice.disabled).toBe(true);
    expect(bob.disabled).toBe(false);
    fireEvent.click(bob);
    expect(transport.commands()[0]?.command).toEqual({
      type: "agreement.link",
      agreementId: "agreement-0001",
      kind: "owner",
      targetId: BOB,
      linked: false,
    });
  });

  it("takes back an agreement whose case was deleted meanwhile, and says so", () => {
    const log = makeMeetingSeries();
    const { transport } = open(<AgreementsPhase sessionId={TODAY} />, ALICE, log);
    addAgreement("Liefertermine nur nach Rücksprache");
    expect(screen.getByTestId("agreement-card")).toBeTruthy();
    act(() =>
      transport.take("command").answer(null, { ok: false, error: { code: "not_found", message: "case not found" } }),
    );
    expect(screen.queryByTestId("agreement-card")).toBeNull();
    expect(screen.getByTestId("toast").textContent).toMatch(/Der verknüpfte Fall wurde inzwischen gelöscht/);
  });

  it("posts a status update with a comment and shows it on the timeline", () => {
    const log = makeMeetingSeries();
    log.add(ALICE, {
      type: "agreement.add",
      agreementId: "agreement-0001",
      values: { text: "Planung früher einbinden", sessionId: TODAY },
    });
    const { transport } = open(<AgreementsPhase sessionId={TODAY} />, ALICE, log);
    fireEvent.click(screen.getByTestId("agreement-expand"));
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "in_progress" } });
    fireEvent.change(screen.getByLabelText("Kommentar zum Stand"), { target: { value: "Termin mit Planung steht" } });
    fireEvent.click(screen.getByRole("button", { name: "Stand melden" }));
    expect(transport.commands()[0]?.command).toEqual({
      type: "agreement.status",
      agreementId: "agreement-0001",
      status: "in_progress",
      comment: "Termin mit Planung steht",
    });
    expect(screen.getByTestId("status-update").textContent).toMatch(/In Arbeit.*Termin mit Planung steht/);
  });
});

describe("the agreements page", () => {
  it("shows an agreement's lineage both ways and its reviews", () => {
    const log = makeMeetingSeries();
    addEarlierAgreement(log, "agreement-old1", "Eilaufträge melden", [GOAL_OTIF]);
    log.add(ALICE, {
      type: "review.set",
      sessionId: TODAY,
      agreementId: "agreement-old1",
      changes: { kept: "partly" },
    });
    log.add(ALICE, {
      type: "review.decide",
      sessionId: TODAY,
      agreementId: "agreement-old1",
      decision: "revise",
      successor: { agreementId: "agreement-new1", text: "Eilaufträge vor Zusage mit der Planung abstimmen" },
    });
    open(<AgreementsPage />, ALICE, log);
    fireEvent.click(within(screen.getByTestId("agreements-filter")).getByRole("button", { name: "Alle" }));
    const cards = screen.getAllByTestId("agreement-card");
    for (const card of cards) fireEvent.click(within(card).getByTestId("agreement-expand"));
    expect(screen.getByTestId("lineage-successor").textContent).toMatch(/ersetzt durch „Eilaufträge vor Zusage/);
    expect(screen.getByTestId("lineage-predecessor").textContent).toMatch(/ersetzt „Eilaufträge melden“/);
    expect(screen.getByTestId("history-review").textContent).toMatch(/Überarbeiten.*eingehalten: Teilweise/);
  });

  it("hides settled agreements under “Offen”", () => {
    const log = makeMeetingSeries();
    addEarlierAgreement(log, "agreement-old1", "Eilaufträge melden");
    addEarlierAgreement(log, "agreement-old2", "Wochenplan teilen");
    log.add(ALICE, {
      type: "review.decide",
      sessionId: TODAY,
      agreementId: "agreement-old1",
      decision: "close",
      successor: null,
    });
    open(<AgreementsPage />, ALICE, log);
    const texts = screen.getAllByTestId("agreement-card").map((c) => c.dataset.agreementId);
    expect(texts).toEqual(["agreement-old2"]);
  });

  it("labels an agreement a review settled by that decision, not by its last status", () => {
    const log = makeMeetingSeries();
    addEarlierAgreement(log, "agreement-old1", "Eilaufträge melden");
    log.add(ALICE, {
      type: "agreement.status",
      agreementId: "agreement-old1",
      status: "in_progress",
      comment: "läuft",
    });
    log.add(ALICE, {
      type: "review.decide",
      sessionId: TODAY,
      agreementId: "agreement-old1",
      decision: "drop",
      successor: null,
    });
    open(<AgreementsPage />, ALICE, log);
    fireEvent.click(within(screen.getByTestId("agreements-filter")).getByRole("button", { name: "Alle" }));
    const status = within(screen.getByTestId("agreement-card")).getByTestId("agreement-status");
    expect(status.textContent).toBe("Verworfen");
  });
});
