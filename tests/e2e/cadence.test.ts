import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { createSeries, joinThrough, participantLink } from "../support/e2eSteps.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("a series that runs itself, in two browsers", () => {
  const app = e2eApp(executablePath ?? "");
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`cadence-${name}`), fullPage: true });

  async function addCase(page: Page, title: string): Promise<void> {
    const form = page.getByTestId("add-case-form");
    await form.getByLabel("Titel des Falls").fill(title);
    await form.getByRole("button", { name: "Fall hinzufügen" }).click();
  }

  it("a monthly rhythm plans the next session at the close, and the case nobody spoke to moves into it, live", async () => {
    const katrin = await app.openPage({ width: 1440, height: 900 });
    await createSeries(katrin, app.server().url, "S&OP-Runde Werk Nord", "Katrin Vogel");
    await katrin.getByTestId("session-add-date").fill("2026-11-12");
    await katrin.getByTestId("session-add-submit").click();

    // The rhythm: monthly on the 2nd Thursday, 09:00 for two hours.
    await katrin.getByTestId("schedule-edit").click();
    await katrin.getByTestId("schedule-cadence").selectOption("monthly");
    await katrin.getByTestId("schedule-week").selectOption("2");
    await katrin.getByTestId("schedule-weekday").selectOption("4");
    await katrin.getByTestId("schedule-start").fill("09:00");
    await katrin.getByTestId("schedule-duration").fill("120");
    await katrin.getByTestId("schedule-save").click();
    await expect
      .poll(() => katrin.getByTestId("schedule-summary").textContent())
      .toBe("Monatlich, 2. Donnerstag im Monat · 09:00–11:00 Uhr");

    const link = await participantLink(katrin);
    const jens = await app.openPage({ width: 1280, height: 860 });
    await joinThrough(jens, link, { name: "Jens Albrecht" });

    // Two cases: one is spoken to, the other is not.
    await katrin.getByTestId("phase-cases").click();
    await addCase(katrin, "Eilauftrag Zentrallager");
    await addCase(katrin, "Musterkosten Neukunde");
    const spoken = katrin.getByTestId("case-card").first();
    await spoken.getByTestId("case-expand").click();
    await spoken.getByLabel("Punkt zu „Lief gut“ hinzufügen").fill("Zusage kam am selben Tag");
    await spoken.getByLabel("Punkt zu „Lief gut“ hinzufügen").press("Enter");
    await expect.poll(() => katrin.getByTestId("note").count()).toBe(1);

    // The close: the recap says when the next session will be, and offers the open case to carry on.
    await katrin.getByTestId("phase-close").click();
    await expect.poll(() => katrin.getByTestId("recap-next-planned").textContent()).toContain("10. Dezember 2026");
    const choice = katrin.getByLabel("Was wird aus „Musterkosten Neukunde“?");
    await expect.poll(() => choice.inputValue()).toBe("move");
    await shot(katrin, "close");
    await katrin.getByTestId("session-close").click();

    // Jens sees the new session at once, with its time, and the case in it with its trail.
    await expect.poll(() => jens.getByTestId("session-item").count()).toBe(2);
    const next = jens.getByTestId("session-item").filter({ hasText: "10. Dez" });
    await expect.poll(() => next.textContent()).toContain("09:00");
    await next.click();
    await jens.getByTestId("nav-preread").click();
    const carried = jens.getByTestId("case-carried");
    await expect.poll(() => carried.count()).toBe(1);
    await expect.poll(() => carried.textContent()).toContain("übernommen aus der Sitzung vom");
    await expect
      .poll(() => jens.getByTestId("inbox-case").allTextContents())
      .toEqual([expect.stringContaining("Musterkosten Neukunde")]);
    await shot(jens, "next-session");
  });
});
