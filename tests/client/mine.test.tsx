import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readDevice, saveDevice } from "../../client/src/access/devices.js";
import { AgreementsPage } from "../../client/src/features/agreements/AgreementsPage.js";
import { PersonalLinkPage } from "../../client/src/features/device/PersonalLinkPage.js";
import { MineScreen } from "../../client/src/features/mine/MineScreen.js";
import { setLanguage } from "../../client/src/i18n/language.js";
import { routeOf } from "../../client/src/router.js";
import { Toasts } from "../../client/src/ui/Toasts.js";
import { openBoard } from "./support/board.js";
import { commitNext, connectAndJoin, remote, startClient, type Harness } from "./support/harness.js";
import { EARLIER, GOAL_OTIF, TODAY, makeMeetingSeries } from "./support/meetingSeries.js";
import { renderWithStore } from "./support/render.js";
import { ALICE, BOB, SERIES_ID, type EventLog } from "./support/series.js";
import type { ReactNode } from "react";

const OVERDUE = "agreement-overdue01";
const REVIEW = "agreement-review001";
const OPEN = "agreement-open00001";
const SETTLED = "agreement-settled01";
const OTHERS = "agreement-others001";
const TOKEN = "ekd_AAAAAAAAAAAAAAAAAAAAAA";
const OTHER_TOKEN = "ekd_BBBBBBBBBBBBBBBBBBBBBB";

beforeEach(() => {
  localStorage.clear();
  // "Today" is 1 March 2025: between the earlier session (15 January) and today's (12 March).
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2025, 2, 1, 12));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

/**
 * Werk Nord where Bob owns four agreements made at the earlier session or
 * today: one overdue, one due for review today, one today's review closed
 * already, and — after the earlier session closed — one Alice made today
 * with a later due date. Alice reported progress on the review one
 * after the close; Bob owns nothing of a fifth agreement.
 */
function followUpSeries(): EventLog {
  const log = makeMeetingSeries();
  const agree = (agreementId: string, text: string, values: { sessionId: string; due?: string; owners?: string[] }) =>
    log.add(ALICE, {
      type: "agreement.add",
      agreementId,
      values: {
        text,
        sessionId: values.sessionId,
        due: values.due ?? "",
        ownerIds: values.owners ?? [BOB],
        outcome: "OTIF ≥ 95 %",
      },
    });
  agree(OVERDUE, "Wochenplan bis Freitag teilen", { sessionId: EARLIER, due: "2025-02-01" });
  agree(REVIEW, "Eilaufträge nur nach Rücksprache zusagen", { sessionId: EARLIER, due: "2025-03-20" });
  agree(SETTLED, "Sonderformate bündeln", { sessionId: EARLIER, due: "2025-02-15" });
  agree(OTHERS, "Forecast wöchentlich", { sessionId: EARLIER, owners: [ALICE] });
  log.add(ALICE, { type: "session.close", sessionId: EARLIER, confirmUndecided: true });
  log.add(ALICE, { type: "review.decide", sessionId: TODAY, agreementId: SETTLED, decision: "close", successor: null });
  agree(OPEN, "Rüstzeiten wöchentlich berichten", { sessionId: TODAY, due: "2025-04-30", owners: [BOB, ALICE] });
  log.add(ALICE, {
    type: "agreement.status",
    agreementId: REVIEW,
    status: "in_progress",
    comment: "Planung ist eingebunden",
  });
  return log;
}

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

function idsIn(testId: string): (string | undefined)[] {
  return within(screen.getByTestId(testId))
    .getAllByTestId("mine-item")
    .map((item) => item.dataset.agreementId);
}

function item(agreementId: string): HTMLElement {
  const found = screen.getAllByTestId("mine-item").find((i) => i.dataset.agreementId === agreementId);
  if (!found) throw new Error(`no item for ${agreementId}`);
  return found;
}

describe("My agreements", () => {
  it("groups the person's agreements: overdue, up for review at the next session, open, and done folded away", () => {
    open(<MineScreen />, BOB, followUpSeries());
    expect(screen.getByRole("heading", { level: 1, name: "Meine Vereinbarungen" })).toBeTruthy();
    expect(screen.getByTestId("mine-who").textContent).toBe("Angemeldet als Bob Berger");
    expect(idsIn("mine-group-overdue")).toEqual([OVERDUE]);
    expect(idsIn("mine-group-review")).toEqual([REVIEW]);
    expect(idsIn("mine-group-open")).toEqual([OPEN]);
    expect(idsIn("mine-group-done")).toEqual([SETTLED]);
    expect(screen.getAllByTestId("mine-item").map((i) => i.dataset.agreementId)).not.toContain(OTHERS);
    expect(screen.getByTestId("mine-group-review").textContent).toMatch(/Zur Überprüfung am Mi\., 12\. März 2025/);
    const done = screen.getByTestId("mine-group-done");
    expect(done.tagName).toBe("DETAILS");
    expect(done.hasAttribute("open")).toBe(false);
    expect(within(done).getByTestId("mine-status").textContent).toBe("Abgeschlossen");
    // A settled agreement has nothing left to report.
    expect(within(done).queryByTestId("status-report-open")).toBeNull();
    // Board chrome is reduced: no phases, no room tools, a way to the whole board.
    expect(screen.queryByTestId("board-nav")).toBeNull();
    expect(screen.queryByTestId("phase-stepper")).toBeNull();
    expect(screen.getByTestId("mine-to-board").getAttribute("href")).toBe(`/s/${SERIES_ID}`);
  });

  it("makes overdue agreements stand out with the date they were due", () => {
    open(<MineScreen />, BOB, followUpSeries());
    const overdue = item(OVERDUE);
    expect(overdue.dataset.overdue).toBe("true");
    expect(overdue.className).toContain("mine-item-overdue");
    expect(within(overdue).getByTestId("mine-due").textContent).toBe("Überfällig: fällig am Sa., 1. Februar 2025");
    expect(within(overdue).getByTestId("mine-due").className).toContain("due-overdue");
    expect(item(OPEN).dataset.overdue).toBeUndefined();
    expect(within(item(OPEN)).getByTestId("mine-due").textContent).toBe("Fällig am Mi., 30. April 2025");
  });

  it("marks what changed since the last session, but not the person's own doings", () => {
    const log = followUpSeries();
    open(<MineScreen />, BOB, log);
    const news = (id: string) =>
      within(item(id))
        .queryAllByTestId("new-badge")
        .map((b) => b.dataset.news);
    expect(news(OPEN)).toEqual(["made"]);
    // The agreement and its latest status update both say "neu".
    expect(news(REVIEW)).toEqual(["status", "status"]);
    expect(within(item(REVIEW)).getByTestId("latest-update").textContent).toMatch(
      /Letzter Stand: In Arbeit.*Alice Adler.*Planung ist eingebunden/,
    );
    expect(news(OVERDUE)).toEqual([]);
    expect(screen.getByTestId("mine-since").textContent).toBe(
      "Seit der letzten Sitzung (Mi., 15. Januar 2025) gibt es Neues bei 2 Ihrer Vereinbarungen.",
    );
    cleanup();
    // Alice made one and reported on the other herself: nothing of it is news to her.
    open(<MineScreen />, ALICE, log);
    expect(within(item(OPEN)).queryAllByTestId("new-badge")).toEqual([]);
  });

  it("sends the owner's status with a comment as `agreement.status`, and shows it at once", () => {
    const log = followUpSeries();
    const { transport } = open(<MineScreen />, BOB, log);
    const overdue = within(item(OVERDUE));
    fireEvent.click(overdue.getByTestId("status-report-open"));
    const submit = overdue.getByRole("button", { name: "Stand melden" });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(overdue.getByLabelText("In Arbeit"));
    fireEvent.change(overdue.getByLabelText("Was ist passiert?"), { target: { value: "Vorlage steht, ab KW 10" } });
    fireEvent.click(submit);
    expect(transport.commands().map((c) => c.command)).toEqual([
      { type: "agreement.status", agreementId: OVERDUE, status: "in_progress", comment: "Vorlage steht, ab KW 10" },
    ]);
    expect(within(item(OVERDUE)).getByTestId("mine-status").textContent).toBe("In Arbeit");
    expect(within(item(OVERDUE)).getByTestId("status-report-sent").textContent).toMatch(/Gemeldet/);
    act(() => void commitNext(transport, log, BOB));
    expect(within(item(OVERDUE)).getByTestId("latest-update").textContent).toMatch(
      /In Arbeit.*Vorlage steht, ab KW 10/,
    );
    // Bob's own report is not news to Bob.
    expect(within(item(OVERDUE)).queryAllByTestId("new-badge")).toEqual([]);
  });

  it("follows a co-owner's report live and marks it new", () => {
    const log = followUpSeries();
    const { transport } = open(<MineScreen />, BOB, log);
    act(() =>
      remote(transport, log, ALICE, {
        type: "agreement.status",
        agreementId: OPEN,
        status: "done",
        comment: "erledigt",
      }),
    );
    expect(within(item(OPEN)).getByTestId("mine-status").textContent).toBe("Erledigt");
    fireEvent.click(within(item(OPEN)).getByTestId("status-report-open"));
    expect(within(item(OPEN)).getByLabelText("Erledigt")).toHaveProperty("checked", true);
    expect(
      within(item(OPEN))
        .getAllByTestId("new-badge")
        .map((b) => b.dataset.news),
    ).toEqual(["made status", "status"]);
  });

  it("tells a guest that the owners report", () => {
    const log = followUpSeries();
    log.add(ALICE, { type: "person.role", personId: BOB, role: "observer" });
    open(<MineScreen />, BOB, log);
    expect(screen.queryByTestId("status-report-open")).toBeNull();
    expect(within(item(OVERDUE)).getByTestId("status-report-blocked").textContent).toMatch(/Als Gast lesen Sie mit/);
  });

  it("speaks English", () => {
    const { store } = open(<MineScreen />, BOB, followUpSeries());
    act(() => setLanguage(store, "en"));
    expect(screen.getByRole("heading", { level: 1, name: "My agreements" })).toBeTruthy();
    expect(screen.getByTestId("mine-who").textContent).toBe("Signed in as Bob Berger");
    expect(within(screen.getByTestId("mine-group-overdue")).getByRole("heading").textContent).toMatch(/^Overdue/);
    expect(screen.getByTestId("mine-group-review").textContent).toMatch(/Up for review on Wed, 12 March 2025/);
    expect(within(item(OVERDUE)).getByTestId("mine-due").textContent).toBe("Overdue: due Sat, 1 February 2025");
    fireEvent.click(within(item(OVERDUE)).getByRole("button", { name: "Report progress" }));
    expect(within(item(OVERDUE)).getByLabelText("In progress")).toBeTruthy();
    expect(within(item(OVERDUE)).getByRole("button", { name: "Post update" })).toBeTruthy();
    expect(within(item(OPEN)).getByTestId("new-badge").textContent).toMatch(/^new/);
    expect(screen.getByTestId("mine-to-board").textContent).toBe("← Full board");
    expect(screen.getByTestId("open-on-phone").textContent).toBe("Open on my phone");
  });

  it("makes a personal link for the person's own phone, once per opening", async () => {
    const { transport } = open(<MineScreen />, BOB, followUpSeries());
    fireEvent.click(screen.getByTestId("open-on-phone"));
    const asked = transport.take("access");
    expect(asked.message).toEqual({ action: "personalLink", personId: BOB });
    await act(async () =>
      asked.answer(null, { ok: true, invites: [], personalLink: { personId: BOB, token: TOKEN, limited: false } }),
    );
    expect(screen.getByTestId<HTMLInputElement>("personal-link-url").value).toBe(
      `${window.location.origin}/me#${TOKEN}`,
    );
    fireEvent.click(screen.getByTestId("open-on-phone"));
    fireEvent.click(screen.getByTestId("open-on-phone"));
    expect(transport.kinds()).not.toContain("access");
    // The token is the other device's to keep, not this one's.
    expect(readDevice(SERIES_ID)).toBeNull();
  });
});

describe("the board's entry to My agreements", () => {
  it("counts the open and overdue agreements, in the danger colour when some are overdue", () => {
    openBoard(BOB, followUpSeries());
    const entry = screen.getByTestId("nav-mine");
    expect(entry.getAttribute("href")).toBe(`/s/${SERIES_ID}/mine`);
    const count = within(entry).getByTestId("mine-count");
    expect(count.querySelector("[aria-hidden]")?.textContent).toBe("3");
    expect(count.querySelector(".visually-hidden")?.textContent).toBe("3 offen, davon 1 überfällig");
    expect(count.className).toContain("mine-count-overdue");
  });

  it("routes /s/<id>/mine and the personal link page", () => {
    expect(routeOf(`/s/${SERIES_ID}/mine`)).toEqual({ page: "mine", seriesId: SERIES_ID });
    expect(routeOf("/me")).toEqual({ page: "personalLink" });
  });
});

describe("the agreements page", () => {
  it("marks new agreements and status updates, and overdue cards", () => {
    open(<AgreementsPage />, BOB, followUpSeries());
    const card = (id: string) => {
      const found = screen.getAllByTestId("agreement-card").find((c) => c.dataset.agreementId === id);
      if (!found) throw new Error(`no card for ${id}`);
      return found;
    };
    expect(card(OPEN).dataset.new).toBe("true");
    expect(card(REVIEW).dataset.new).toBe("true");
    expect(within(card(REVIEW)).getByTestId("latest-update").dataset.new).toBe("true");
    expect(card(OVERDUE).dataset.new).toBeUndefined();
    expect(card(OVERDUE).className).toContain("agreement-overdue");
    expect(within(card(OVERDUE)).getByTestId("agreement-due-chip").dataset.overdue).toBe("true");
    fireEvent.click(within(card(REVIEW)).getByTestId("agreement-expand"));
    expect(within(card(REVIEW)).getByTestId("status-update").dataset.new).toBe("true");
  });
});

describe("opening a personal link", () => {
  function answerWhoAmI(answers: Record<string, { seriesId: string; personId: string } | null>) {
    return vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => {
      const { token } = JSON.parse(String(init?.body)) as { token: string };
      const who = answers[token];
      return who ? Response.json(who) : new Response("{}", { status: 401 });
    });
  }

  it("keeps the token for its series, takes it out of the address bar and opens My agreements", async () => {
    const fetch = answerWhoAmI({ [TOKEN]: { seriesId: SERIES_ID, personId: BOB } });
    window.history.replaceState(null, "", `/me#${TOKEN}`);
    renderWithStore(<PersonalLinkPage />);
    expect(window.location.hash).toBe("");
    await vi.waitFor(() => expect(window.location.pathname).toBe(`/s/${SERIES_ID}/mine`));
    expect(readDevice(SERIES_ID)).toEqual({ token: TOKEN, personId: BOB });
    // The token went in a request body, never in a URL.
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(["/api/devices/whoami"]);
  });

  it("claims a link a facilitator made: keeps the person's own new token, not the link's", async () => {
    const claimed = "ekd_CLAIMEDCLAIMEDCLAIMED1";
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (url) =>
        String(url) === "/api/devices/claim"
          ? Response.json({ seriesId: SERIES_ID, personId: BOB, token: claimed })
          : Response.json({ seriesId: SERIES_ID, personId: BOB, limited: true }),
      );
    window.history.replaceState(null, "", `/me#${TOKEN}`);
    renderWithStore(<PersonalLinkPage />);
    await vi.waitFor(() => expect(window.location.pathname).toBe(`/s/${SERIES_ID}/mine`));
    expect(readDevice(SERIES_ID)).toEqual({ token: claimed, personId: BOB });
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(["/api/devices/whoami", "/api/devices/claim"]);
  });

  it("asks first when claiming would sign the person's other devices out, and claims only on yes", async () => {
    const claimed = "ekd_CLAIMEDCLAIMEDCLAIMED1";
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (url) =>
        String(url) === "/api/devices/claim"
          ? Response.json({ seriesId: SERIES_ID, personId: BOB, token: claimed })
          : Response.json({ seriesId: SERIES_ID, personId: BOB, limited: true, ownDevices: 1 }),
      );
    window.history.replaceState(null, "", `/me#${TOKEN}`);
    renderWithStore(<PersonalLinkPage />);
    const ask = await screen.findByTestId("personal-link-claim");
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(["/api/devices/whoami"]);
    expect(readDevice(SERIES_ID)).toBeNull();
    fireEvent.click(within(ask).getByRole("button"));
    await vi.waitFor(() => expect(window.location.pathname).toBe(`/s/${SERIES_ID}/mine`));
    expect(readDevice(SERIES_ID)).toEqual({ token: claimed, personId: BOB });
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      "/api/devices/whoami",
      "/api/devices/whoami",
      "/api/devices/claim",
    ]);
  });

  it("does not replace another person this browser is signed in as", async () => {
    answerWhoAmI({
      [TOKEN]: { seriesId: SERIES_ID, personId: BOB },
      [OTHER_TOKEN]: { seriesId: SERIES_ID, personId: ALICE },
    });
    saveDevice(SERIES_ID, { token: OTHER_TOKEN, personId: ALICE });
    window.history.replaceState(null, "", `/me#${TOKEN}`);
    renderWithStore(<PersonalLinkPage />);
    const problem = await screen.findByTestId("personal-link-problem");
    expect(problem.dataset.problem).toBe("otherPerson");
    expect(readDevice(SERIES_ID)).toEqual({ token: OTHER_TOKEN, personId: ALICE });
    expect(window.location.pathname).toBe("/me");
  });

  it("says so when the link was revoked", async () => {
    answerWhoAmI({});
    window.history.replaceState(null, "", `/me#${TOKEN}`);
    renderWithStore(<PersonalLinkPage />);
    expect((await screen.findByTestId("personal-link-problem")).textContent).toMatch(/ungültig oder wurde widerrufen/);
    expect(readDevice(SERIES_ID)).toBeNull();
  });
});

describe("a KPI value with the status report", () => {
  it("asks before sending a value a hundred times the last one, and sends it with the report when confirmed", () => {
    const log = followUpSeries();
    log.add(ALICE, {
      type: "goal.update",
      goalId: GOAL_OTIF,
      changes: { kpiName: "OTIF", kpiUnit: "%", baseline: 88, target: 95 },
    });
    log.add(ALICE, { type: "agreement.link", agreementId: OPEN, kind: "goal", targetId: GOAL_OTIF, linked: true });
    const { transport } = open(<MineScreen />, BOB, log);
    const mine = within(item(OPEN));
    fireEvent.click(mine.getByTestId("status-report-open"));
    expect(mine.getByText(/Zuletzt: 88 %/)).toBeTruthy();
    const value = mine.getByTestId("kpi-report-value");
    fireEvent.change(value, { target: { value: "0,91" } });
    fireEvent.submit(mine.getByTestId("status-report"));
    expect(mine.getByTestId("kpi-surprise").textContent).toMatch(/hundertmal/);
    expect(transport.commands()).toEqual([]);
    fireEvent.click(mine.getByTestId("kpi-surprise-correct"));
    fireEvent.change(value, { target: { value: "91" } });
    fireEvent.submit(mine.getByTestId("status-report"));
    expect(mine.queryByTestId("kpi-surprise")).toBeNull();
    expect(transport.commands()[0]?.command).toEqual({
      type: "agreement.status",
      agreementId: OPEN,
      status: "open",
      comment: "",
      kpiValue: 91,
    });
  });

  it("sends a value of the other sign once the owner confirms it", () => {
    const log = followUpSeries();
    log.add(ALICE, { type: "goal.update", goalId: GOAL_OTIF, changes: { kpiName: "Abweichung", baseline: 4 } });
    log.add(ALICE, { type: "agreement.link", agreementId: OPEN, kind: "goal", targetId: GOAL_OTIF, linked: true });
    const { transport } = open(<MineScreen />, BOB, log);
    const mine = within(item(OPEN));
    fireEvent.click(mine.getByTestId("status-report-open"));
    fireEvent.change(mine.getByTestId("kpi-report-value"), { target: { value: "-3" } });
    fireEvent.submit(mine.getByTestId("status-report"));
    expect(mine.getByTestId("kpi-surprise").textContent).toMatch(/anderes Vorzeichen/);
    fireEvent.click(mine.getByTestId("kpi-surprise-confirm"));
    expect(transport.commands()[0]?.command).toMatchObject({ type: "agreement.status", kpiValue: -3 });
  });
});
