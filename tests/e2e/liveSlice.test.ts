import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("the live slice in two real browsers", () => {
  const app = e2eApp(executablePath ?? "");

  const caseTitle = (page: Page, index = 0) =>
    page.getByTestId("case-card").nth(index).getByLabel("Titel", { exact: true });

  it("two people work on one board, live, and nothing is lost across a server restart", async () => {
    const anna = await app.openPage();
    await anna.goto(app.server().url);
    await anna.getByLabel("Name der Reihe").fill("S&OP-Runde Werk Nord");
    await anna.getByLabel("Ihr Name").fill("Anna Berger");
    await anna.getByRole("button", { name: "Reihe anlegen" }).click();
    await anna.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    const boardUrl = anna.url();

    // The first session, then its Cases phase.
    await anna.getByTestId("session-add-date").fill("2026-12-01");
    await anna.getByTestId("session-add-submit").click();
    await anna.getByTestId("phase-cases").click();
    const addCase = anna.getByTestId("add-case-form");
    await addCase.getByLabel("Titel des Falls").fill("Eilauftrag Müller");
    await addCase.getByLabel("Beschreibung des Falls").fill("Liefertermin zugesagt, Produktion war voll ausgelastet.");
    await addCase.getByRole("button", { name: "Fall hinzufügen" }).click();
    await expect.poll(() => caseTitle(anna).inputValue()).toBe("Eilauftrag Müller");
    await anna.getByTestId("phase-agreements").click();
    const addAgreement = anna.getByTestId("add-agreement-form");
    await addAgreement
      .getByLabel("Vereinbarung", { exact: true })
      .fill("Eilaufträge nur nach Rücksprache mit der Planung");
    await addAgreement.getByLabel("Zum Fall").selectOption({ label: "Eilauftrag Müller" });
    await addAgreement.getByRole("button", { name: "Vereinbarung hinzufügen" }).click();
    await expect.poll(() => anna.getByTestId("agreement-card").count()).toBe(1);
    await anna.getByTestId("phase-cases").click();

    const bernd = await app.joinAs(await app.inviteUrl(anna, "participant"), "Bernd Krause");
    expect(bernd.url()).toBe(boardUrl);
    await expect.poll(() => caseTitle(bernd).inputValue()).toBe("Eilauftrag Müller");
    await bernd.getByTestId("nav-agreements").click();
    await expect.poll(() => bernd.getByTestId("agreement-card").first().textContent()).toContain("Eilauftrag Müller");
    await bernd.getByTestId("nav-session").click();
    await expect.poll(() => anna.getByTestId("online-person").count()).toBe(2);
    await expect.poll(() => bernd.getByTestId("online-person").count()).toBe(2);

    await caseTitle(bernd).fill("Eilauftrag Müller – Termin nicht haltbar");
    await caseTitle(bernd).press("Enter");
    await expect.poll(() => caseTitle(anna).inputValue()).toBe("Eilauftrag Müller – Termin nicht haltbar");
    await anna.screenshot({ path: screenshotPath("live-slice-anna"), fullPage: true });
    await bernd.screenshot({ path: screenshotPath("live-slice-bernd"), fullPage: true });

    // The server dies; Anna keeps working offline.
    await app.server().kill();
    await expect.poll(() => anna.getByTestId("connection-status").getAttribute("data-status")).not.toBe("online");
    await addCase.getByLabel("Titel des Falls").fill("Reklamation Charge 4711");
    await addCase.getByRole("button", { name: "Fall hinzufügen" }).click();
    await expect.poll(() => anna.getByTestId("case-card").count()).toBe(2);
    await anna.screenshot({ path: screenshotPath("live-slice-offline"), fullPage: true });

    // It comes back on the same port: both browsers reconnect by themselves and catch up.
    await app.restart();
    await expect.poll(() => bernd.getByTestId("case-card").count(), { timeout: 30_000 }).toBe(2);
    await expect
      .poll(() => anna.getByTestId("connection-status").getAttribute("data-status"), { timeout: 30_000 })
      .toBe("online");
    await expect.poll(() => anna.getByTestId("unsaved-count").count()).toBe(0);

    // A reload shows what the database holds.
    await bernd.reload();
    await expect.poll(() => bernd.getByTestId("case-card").count()).toBe(2);
    const titles = await bernd
      .getByTestId("case-card")
      .getByLabel("Titel", { exact: true })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(titles.sort()).toEqual(["Eilauftrag Müller – Termin nicht haltbar", "Reklamation Charge 4711"]);
    await bernd.screenshot({ path: screenshotPath("live-slice-after-restart"), fullPage: true });
  });
});
