import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { createSeries, joinThrough, participantLink } from "../support/e2eSteps.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("an agenda item between two phases, in two browsers", () => {
  const app = e2eApp(executablePath ?? "");

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`agenda-${name}`), fullPage: true });

  /** The stepper's steps as they read, in order. */
  const steps = (page: Page) => page.getByTestId("phase-stepper").locator("li button").allTextContents();

  it("the facilitator adds “KPI-Check Liefertreue” before the cases; a participant sees it in the stepper and when the room steps to it", async () => {
    const katrin = await app.openPage({ width: 1400, height: 1000 });
    await createSeries(katrin, app.server().url, "S&OP-Runde Nord", "Katrin Vogel");
    const link = await participantLink(katrin);
    await katrin.getByTestId("session-add-date").fill("2026-12-10");
    await katrin.getByTestId("session-add-submit").click();

    const anna = await app.openPage({ width: 1280, height: 900 });
    await joinThrough(anna, link, { name: "Anna Hansen", org: "Feinkost Hansen", fn: "sales" });

    await katrin.getByTestId("agenda-editor").locator("summary").click();
    // A time box of 0 minutes is refused before anything is sent.
    await katrin.getByTestId("agenda-title").fill("KPI-Check Liefertreue");
    await katrin.getByTestId("agenda-time").fill("0");
    await expect.poll(() => katrin.getByTestId("agenda-add").isDisabled()).toBe(true);
    await katrin.getByTestId("agenda-time").fill("15");
    await katrin.getByTestId("agenda-place").selectOption("cases");
    await katrin.getByTestId("agenda-add").click();

    const expected = [
      "1Check-in",
      "2Überprüfung",
      "•KPI-Check Liefertreue15 Min.",
      "3Fälle",
      "4Vereinbarungen",
      "5Abschluss",
    ];
    await expect.poll(() => steps(anna)).toEqual(expected);
    // Anna cannot steer; Katrin steps the room to the item and sets the timer to its time box.
    await expect.poll(() => anna.locator("[data-testid^=agenda-step-]").isDisabled()).toBe(true);
    await katrin.locator("[data-testid^=agenda-step-]").click();
    await expect.poll(() => anna.getByTestId("agenda-current").textContent()).toContain("Jetzt: KPI-Check Liefertreue");
    await expect.poll(() => anna.locator("[data-testid^=agenda-step-]").getAttribute("aria-current")).toBe("step");
    await katrin.getByTestId("agenda-timer").click();
    await expect.poll(() => anna.getByTestId("timer-display").textContent()).toContain("15:00");
    await shot(katrin, "facilitator");
    await shot(anna, "participant");

    // Back to a phase: the item stays on the agenda, the room leaves it.
    await katrin.getByTestId("phase-cases").click();
    await expect.poll(() => anna.getByTestId("agenda-current").count()).toBe(0);
    await expect.poll(() => anna.getByTestId("phase-cases").getAttribute("aria-current")).toBe("step");
  });
});
