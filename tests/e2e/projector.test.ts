import type { Page } from "playwright-core";
import type { ClientCommand } from "@common/domain/commands.js";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { createSeries, joinThrough } from "../support/e2eSteps.js";
import { openSeries, type ProtocolClient } from "../support/protocolClient.js";

const executablePath = chromiumPath();

/** The two screens a projector meets: a full-HD beamer and an older 720p one. */
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

describe.runIf(executablePath)("the projector through a whole session, on a beamer PC of its own", () => {
  const app = e2eApp(executablePath ?? "");

  async function join(link: string, name: string, org: string, fn: string): Promise<Page> {
    const page = await app.openPage({ width: 1280, height: 900 });
    await joinThrough(page, link, { name, org, fn });
    return page;
  }

  /**
   * At both screen sizes: nothing of the phase's layout is cut off (the wall
   * truncates its lists, it never needs to scroll), and a screenshot.
   */
  async function onBothScreens(beamer: Page, phase: string): Promise<void> {
    for (const screen of SCREENS) {
      await beamer.setViewportSize(screen);
      const clipped = await beamer.evaluate(() =>
        [".projector", ".projector-main", ".projector-side"].filter((selector) => {
          const element = document.querySelector(selector);
          return element !== null && element.scrollHeight > element.clientHeight + 1;
        }),
      );
      await beamer.screenshot({ path: screenshotPath(`projector-${phase}-${screen.width}x${screen.height}`) });
      expect(clipped, `${phase} at ${screen.width}×${screen.height}`).toEqual([]);
    }
    await beamer.setViewportSize(SCREENS[0]);
  }

  it("check-in, review, cases, agreements and close appear on the beamer as the facilitator steps through them", async () => {
    const katrin = await app.openPage({ width: 1400, height: 1000 });
    await createSeries(katrin, app.server().url, "S&OP-Runde Werk Nord", "Katrin Vogel");
    await katrin.getByTestId("invite-open").click();
    await katrin.getByTestId("invite-create-participant").click();
    const link = await katrin.getByTestId("invite-link").inputValue();
    await katrin.getByTestId("invite-projector-link").click();
    const projectorLink = await katrin.getByTestId("invite-projector-url").inputValue();
    await katrin.getByTestId("invite-close").click();

    const anna = await join(link, "Anna Hansen", "Feinkost Hansen", "sales");
    await join(link, "Bernd Lindner", "Hofmolkerei Lindner", "operations");
    await expect.poll(() => katrin.getByTestId("online-person").count()).toBe(3);

    // The last session made an agreement, so that today's session reviews it.
    await katrin.getByTestId("session-add-date").fill("2026-11-02");
    await katrin.getByTestId("session-add-submit").click();
    await katrin.getByTestId("phase-agreements").click();
    const addEarlier = katrin.getByTestId("add-agreement-form");
    await addEarlier
      .getByLabel("Vereinbarung", { exact: true })
      .fill("Eilaufträge nur nach Rücksprache mit der Planung");
    await addEarlier.getByRole("button", { name: "Vereinbarung hinzufügen" }).click();
    await expect.poll(() => katrin.getByTestId("agreement-card").count()).toBe(1);
    await katrin.getByTestId("phase-close").click();
    await katrin.getByTestId("session-close").click();
    await expect.poll(() => katrin.getByTestId("session-closed").count()).toBe(1);
    await katrin.getByTestId("session-add-open").click();
    await katrin.getByTestId("session-add-date").fill("2026-11-23");
    await katrin.getByTestId("session-add-submit").click();

    // The beamer PC has nothing but the projector link: a context of its own.
    const beamer = await app.openPage(SCREENS[0]);
    await beamer.goto(projectorLink);
    await beamer.waitForURL(/\/s\/[A-Za-z0-9_-]+\/projector$/);
    await expect.poll(() => beamer.getByTestId("projector-phase").getAttribute("data-phase")).toBe("check_in");
    await expect.poll(() => beamer.getByTestId("projector-qr").count()).toBe(1);

    // Check-in: first who is online, then the attendance as it is taken, by side and organisation.
    await expect.poll(() => beamer.getByTestId("projector-check-in-count").textContent()).toBe("3 Personen sind da");
    await anna.getByTestId("attendance-self").click();
    await expect.poll(() => beamer.getByTestId("projector-check-in-count").textContent()).toBe("1 Person ist da");
    await katrin.getByTestId("attendance-take-online").click();
    await expect.poll(() => beamer.getByTestId("projector-check-in-count").textContent()).toBe("3 Personen sind da");
    const sales = beamer.getByTestId("projector-check-in-sales");
    await expect.poll(() => sales.textContent()).toContain("Feinkost Hansen");
    await expect.poll(() => sales.textContent()).toContain("Anna Hansen");
    const operations = beamer.getByTestId("projector-check-in-operations");
    await expect.poll(() => operations.textContent()).toContain("Hofmolkerei Lindner");
    await expect.poll(() => operations.textContent()).toContain("Bernd Lindner");
    await expect.poll(() => beamer.getByTestId("projector-check-in-others").textContent()).toContain("Katrin Vogel");
    await katrin.getByTestId("room-tool-timer").click();
    await katrin.getByTestId("timer-minutes").fill("10");
    await katrin.getByTestId("timer-start").click();
    await expect.poll(() => beamer.getByTestId("projector-timer").textContent()).toMatch(/\d:\d\d/);
    await onBothScreens(beamer, "check-in");

    // Review: the due agreement, and a verdict entered on the board appears on the wall.
    await katrin.getByTestId("phase-review").click();
    await expect.poll(() => beamer.getByTestId("projector-review-progress").textContent()).toBe("0 von 1 geprüft");
    await expect
      .poll(() => beamer.getByTestId("projector-review-agreement").textContent())
      .toContain("Eilaufträge nur nach Rücksprache mit der Planung");
    await expect.poll(() => beamer.getByTestId("projector-verdict-kept").textContent()).toContain("offen");
    const item = katrin.getByTestId("review-item").first();
    await item.getByTestId("review-kept").locator('button[data-value="partly"]').click();
    await expect.poll(() => beamer.getByTestId("projector-verdict-kept").textContent()).toBe("Eingehalten?Teilweise");
    await item.getByTestId("review-outcome").locator('button[data-value="yes"]').click();
    await expect.poll(() => beamer.getByTestId("projector-verdict-outcome").textContent()).toContain("Ja");
    await expect.poll(() => beamer.getByTestId("projector-timer").count()).toBe(1);
    await onBothScreens(beamer, "review");
    await item.getByTestId("review-decision").locator('button[data-value="continue"]').click();
    await expect.poll(() => beamer.getByTestId("projector-review-progress").textContent()).toBe("1 von 1 geprüft");

    // Cases: the session's cases with their stage; the one in the spotlight is the case in focus.
    await katrin.getByTestId("phase-cases").click();
    const addCase = katrin.getByTestId("add-case-form");
    await addCase.getByLabel("Titel des Falls").fill("Reklamation Charge 4711");
    await addCase.getByRole("button", { name: "Fall hinzufügen" }).click();
    await expect.poll(() => beamer.getByTestId("projector-cases").textContent()).toContain("Reklamation Charge 4711");
    await expect.poll(() => beamer.getByTestId("projector-cases-count").textContent()).toBe("1 Fall in dieser Sitzung");
    await onBothScreens(beamer, "cases");
    const caseId = await katrin.getByTestId("case-card").first().getAttribute("data-item-id");
    await katrin.getByTestId(`room-spotlight-${caseId ?? ""}`).click();
    await expect
      .poll(() => beamer.getByTestId("projector-spotlight").textContent())
      .toContain("Reklamation Charge 4711");
    await expect.poll(() => beamer.getByTestId("projector-cases").count()).toBe(0);
    await onBothScreens(beamer, "cases-spotlight");
    await katrin.getByTestId(`room-spotlight-${caseId ?? ""}`).click();
    await expect.poll(() => beamer.getByTestId("projector-spotlight").count()).toBe(0);

    // Agreements: one is written and given its owners; the wall shows it with their names and its flags.
    await katrin.getByTestId("phase-agreements").click();
    const addAgreement = katrin.getByTestId("add-agreement-form");
    await addAgreement.getByLabel("Vereinbarung", { exact: true }).fill("Reklamationen binnen 24 h gemeinsam bewerten");
    await addAgreement.getByRole("button", { name: "Vereinbarung hinzufügen" }).click();
    await expect
      .poll(() => beamer.getByTestId("projector-agreements").textContent())
      .toContain("Reklamationen binnen 24 h gemeinsam bewerten");
    const card = katrin.getByTestId("agreement-card").filter({ hasText: "Reklamationen binnen 24 h" });
    await card.getByTestId("agreement-expand").click();
    const owners = card.getByTestId("agreement-owners");
    for (const name of ["Anna Hansen", "Bernd Lindner"]) {
      const box = owners.getByLabel(name);
      if (!(await box.isChecked())) await box.check();
    }
    await expect
      .poll(() => beamer.getByTestId("projector-agreement").first().getByTestId("projector-owners").textContent())
      .toContain("Anna Hansen, Bernd Lindner");
    await expect.poll(() => beamer.getByTestId("projector-agreements-count").textContent()).toBe("1 Vereinbarung");
    await expect.poll(() => beamer.getByTestId("projector-flags").first().textContent()).toContain("Kein Ergebnis");
    await onBothScreens(beamer, "agreements");

    // Close: the recap the facilitator reads out.
    await katrin.getByTestId("phase-close").click();
    await katrin.getByTestId("session-next-date").fill("2026-12-14");
    await expect.poll(() => beamer.getByTestId("projector-recap-count").textContent()).toBe("1 Vereinbarung getroffen");
    const recap = beamer.getByTestId("projector-recap");
    await expect.poll(() => recap.textContent()).toContain("Reklamationen binnen 24 h gemeinsam bewerten");
    await expect.poll(() => recap.textContent()).toContain("Verantwortlich: Anna Hansen, Bernd Lindner");
    await expect
      .poll(() => beamer.getByTestId("projector-recap-attendance").textContent())
      .toContain("Anwesend 3 · Entschuldigt 0 · Gäste 0");
    await expect.poll(() => beamer.getByTestId("projector-recap-next").textContent()).toContain("14. Dezember 2026");
    await expect.poll(() => beamer.getByTestId("projector-qr").count()).toBe(1);
    await onBothScreens(beamer, "close");
  });
  it("a crowded room still fits on one screen in every phase: long lists end in „+ N weitere“", async () => {
    const url = app.server().url;
    const { facilitator, join } = await openSeries(url);
    const send = async (client: ProtocolClient, command: ClientCommand): Promise<void> => {
      const reply = await client.send(command);
      if (!reply.ok) throw new Error(`${command.type}: ${JSON.stringify(reply)}`);
    };
    const people: ProtocolClient[] = [];
    for (let i = 1; i <= 16; i++) {
      const fn = i <= 7 ? "sales" : i <= 14 ? "operations" : null;
      const org = i % 3 === 0 ? "Hofmolkerei Lindner GmbH & Co. KG" : "Feinkost Hansen";
      people.push(
        await join("participant", { name: `Teilnehmerin Nummer ${i}`, newOrgName: `${org} ${i % 2}`, function: fn }),
      );
    }
    const ids = people.map((p) => p.personId);
    await send(facilitator, {
      type: "goal.add",
      goalId: "goal-otif",
      values: { title: "Liefertreue (OTIF) verbessern", kpiName: "OTIF", kpiUnit: "%", baseline: 88, target: 95 },
    });
    await send(facilitator, { type: "session.add", sessionId: "session-earlier", values: { date: "2026-10-01" } });
    const long = "und dabei die Feinplanung, den Vertriebsinnendienst und die Logistik rechtzeitig einbeziehen";
    for (let i = 1; i <= 9; i++) {
      await send(facilitator, {
        type: "agreement.add",
        agreementId: `agreement-earlier-${i}`,
        values: {
          text: `Frühere Vereinbarung ${i}: Eilaufträge nur nach Rücksprache ${long}`,
          sessionId: "session-earlier",
          ownerIds: [ids[0] ?? "", ids[8] ?? ""],
          goalIds: ["goal-otif"],
          outcome: "OTIF ≥ 95 %",
        },
      });
    }
    await send(facilitator, { type: "session.close", sessionId: "session-earlier", confirmUndecided: true });
    await send(facilitator, { type: "session.add", sessionId: "session-today", values: { date: "2026-11-23" } });
    for (const [i, id] of ids.entries()) {
      await send(facilitator, {
        type: "attendance.set",
        sessionId: "session-today",
        personId: id,
        status: i % 5 === 4 ? "excused" : "present",
      });
    }
    for (let i = 1; i <= 12; i++) {
      await send(facilitator, {
        type: "case.add",
        caseId: `crowded-case-${i}`,
        values: {
          title: `Fall ${i}: Reklamation einer Charge beim Großkunden ${long}`,
          sessionId: "session-today",
          stage: "service",
        },
      });
    }
    for (let i = 1; i <= 10; i++) {
      await send(facilitator, {
        type: "agreement.add",
        agreementId: `agreement-today-${i}`,
        values: {
          text: `Neue Vereinbarung ${i}: Reklamationen binnen 24 Stunden gemeinsam bewerten ${long}`,
          sessionId: "session-today",
          ownerIds: ids.slice(i, i + 3),
        },
      });
    }
    for (let i = 1; i <= 3; i++) {
      await send(facilitator, {
        type: "review.decide",
        sessionId: "session-today",
        agreementId: `agreement-earlier-${i}`,
        decision: "continue",
        successor: null,
      });
    }
    await send(facilitator, {
      type: "review.set",
      sessionId: "session-today",
      agreementId: "agreement-earlier-4",
      changes: { kept: "partly", outcome: "partly", kpiValue: 91.5 },
    });
    await send(facilitator, {
      type: "review.fit",
      sessionId: "session-today",
      agreementId: "agreement-earlier-4",
      goalId: "goal-otif",
      fit: "supports",
    });
    await send(facilitator, {
      type: "session.update",
      sessionId: "session-today",
      changes: { nextDate: "2026-12-14", summary: `Gute Runde, ${long}. ${long}.` },
    });
    await send(facilitator, { type: "timer.set", durationMs: 15 * 60_000, signal: true });

    const beamer = await app.openPage(SCREENS[0]);
    await beamer.goto(`${url}/join#${await facilitator.invite("observer")}&projector`);
    await beamer.waitForURL(/\/projector$/);
    const phases = [
      ["check_in", "projector-check-in"],
      ["review", "projector-review"],
      ["cases", "projector-cases"],
      ["agreements", "projector-agreements"],
      ["close", "projector-recap"],
    ] as const;
    for (const [phase, layout] of phases) {
      await send(facilitator, { type: "session.phase", sessionId: "session-today", phase });
      await expect.poll(() => beamer.getByTestId(layout).count()).toBe(1);
      await onBothScreens(beamer, `crowded-${phase}`);
    }
    // Each long list said how many it left out.
    await send(facilitator, { type: "session.phase", sessionId: "session-today", phase: "cases" });
    await expect.poll(() => beamer.getByTestId("projector-more").textContent()).toMatch(/^\+ \d+ weitere$/);

    // The case in focus: its title, stage and description, and both sides' views side by side.
    const view = (side: string) => `${side}: ${long}, ${long}, ${long}, ${long}.`;
    await send(facilitator, {
      type: "case.update",
      caseId: "crowded-case-1",
      changes: { description: view("Was geschah"), salesView: view("Vertrieb"), operationsView: view("Produktion") },
    });
    await send(facilitator, { type: "room.spotlight", item: { kind: "case", id: "crowded-case-1" } });
    await expect.poll(() => beamer.getByTestId("projector-case-views").textContent()).toContain("Sicht der Produktion");
    await onBothScreens(beamer, "crowded-case-focus");

    // A revealed vote on every case and a goal in the spotlight stand above the list: all of it still fits.
    await send(facilitator, {
      type: "vote.open",
      sessionId: "session-today",
      target: "cases",
      dotsPerPerson: 3,
      stacking: false,
    });
    for (const [i, person] of people.entries()) {
      for (const offset of [0, 3, 7])
        await send(person, { type: "vote.cast", itemId: `crowded-case-${((i + offset) % 12) + 1}`, delta: 1 });
    }
    await send(facilitator, { type: "vote.reveal" });
    await send(facilitator, { type: "room.spotlight", item: { kind: "goal", id: "goal-otif" } });
    await expect.poll(() => beamer.getByTestId("projector-vote-results").getByTestId("vote-result").count()).toBe(4);
    await expect.poll(() => beamer.getByTestId("projector-spotlight").count()).toBe(1);
    await expect.poll(() => beamer.getByTestId("projector-case").count()).toBe(3);
    expect(await beamer.getByTestId("projector-more").allTextContents()).toEqual(["+ 8 weitere", "+ 9 weitere"]);
    await onBothScreens(beamer, "crowded-cases-vote-spotlight");
    for (const client of [facilitator, ...people]) client.socket.disconnect();
  });
});
