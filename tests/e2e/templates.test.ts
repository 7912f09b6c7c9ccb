import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { createSeries, joinThrough, participantLink } from "../support/e2eSteps.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("an agenda template that the next session starts from, in two browsers", () => {
  const app = e2eApp(executablePath ?? "");
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`templates-${name}`), fullPage: true });

  /** The stepper's steps as they read, in order. */
  const steps = (page: Page) => page.getByTestId("phase-stepper").locator("li button").allTextContents();

  it("the close makes the next session with the undiscussed case in its inbox and the template's own item, and a second browser sees it live", async () => {
    const katrin = await app.openPage({ width: 1280, height: 1000 });
    await createSeries(katrin, app.server().url, "S&OP-Runde Werk Nord", "Katrin Vogel");
    await katrin.getByTestId("session-add-date").fill("2026-11-12");
    await katrin.getByTestId("session-add-submit").click();
    const link = await participantLink(katrin);
    const jens = await app.openPage({ width: 1280, height: 900 });
    await joinThrough(jens, link, { name: "Jens Albrecht" });

    // A monthly rhythm, so that the close plans the next session.
    await katrin.getByTestId("schedule-edit").click();
    await katrin.getByTestId("schedule-cadence").selectOption("monthly");
    await katrin.getByTestId("schedule-week").selectOption("2");
    await katrin.getByTestId("schedule-weekday").selectOption("4");
    await katrin.getByTestId("schedule-save").click();

    // The empty agenda is filled from the built-in monthly round, then gets an item of the series' own.
    await katrin.getByTestId("agenda-editor").locator("summary").click();
    await shot(katrin, "apply-1280");
    await katrin.setViewportSize({ width: 390, height: 900 });
    await shot(katrin, "apply-390");
    await katrin.setViewportSize({ width: 1280, height: 1000 });
    await katrin.getByTestId("agenda-template-choice").selectOption("sop_monthly");
    await katrin.getByTestId("agenda-template-apply").click();
    await katrin.getByTestId("agenda-title").fill("S&OP-Zahlen des Monats");
    await katrin.getByTestId("agenda-time").fill("20");
    await katrin.getByTestId("agenda-place").selectOption("cases");
    await katrin.getByTestId("agenda-add").click();
    const withTemplate = [
      "1Check-in",
      "•KPI-Check15 Min.",
      "2Überprüfung",
      "•S&OP-Zahlen des Monats20 Min.",
      "3Fälle",
      "4Vereinbarungen",
      "5Abschluss",
    ];
    await expect.poll(() => steps(jens)).toEqual(withTemplate);

    // "Weiter" follows the agenda: from the check-in to the KPI check, from there to the review (not past it).
    await expect.poll(() => katrin.getByTestId("phase-next").textContent()).toBe("Weiter: KPI-Check");
    await katrin.getByTestId("phase-next").click();
    await expect.poll(() => jens.getByTestId("agenda-current").textContent()).toContain("Jetzt: KPI-Check");
    await expect.poll(() => katrin.getByTestId("phase-next").textContent()).toBe("Weiter: Überprüfung");
    await katrin.getByTestId("phase-next").click();
    await expect.poll(() => jens.getByTestId("phase-review").getAttribute("aria-current")).toBe("step");
    await expect.poll(() => jens.getByTestId("agenda-current").count()).toBe(0);

    // This agenda becomes the series' template; the schedule's side shows it.
    await katrin.getByTestId("agenda-template-save").click();
    await expect.poll(() => katrin.getByTestId("agenda-template-saved").count()).toBe(1);
    await expect.poll(() => katrin.getByTestId("template-choose").inputValue()).toBe("own");
    await expect
      .poll(() => jens.getByTestId("template-items").locator("li").allTextContents())
      .toEqual([expect.stringContaining("KPI-Check"), expect.stringContaining("S&OP-Zahlen des Monats")]);
    await expect.poll(() => jens.getByTestId("template-name").textContent()).toBe("Eigene Vorlage der Reihe");
    await shot(katrin, "editor-1280");

    // One case nobody speaks to; the close carries it into the next session.
    await katrin.getByTestId("phase-cases").click();
    const form = katrin.getByTestId("add-case-form");
    await form.getByLabel("Titel des Falls").fill("Musterkosten Neukunde");
    await form.getByRole("button", { name: "Fall hinzufügen" }).click();
    await katrin.getByTestId("phase-close").click();
    await expect.poll(() => katrin.getByTestId("recap-next-planned").textContent()).toContain("10. Dezember 2026");
    await katrin.getByTestId("session-close").click();

    // Jens sees the new session at once: the template's items in its stepper, the case in its inbox.
    await expect.poll(() => jens.getByTestId("session-item").count()).toBe(2);
    await jens.getByTestId("session-item").filter({ hasText: "10. Dez" }).click();
    await expect.poll(() => steps(jens)).toEqual(withTemplate);
    await jens.getByTestId("nav-preread").click();
    await expect
      .poll(() => jens.getByTestId("inbox-case").allTextContents())
      .toEqual([expect.stringContaining("Musterkosten Neukunde")]);
    await shot(jens, "next-session");

    // On a phone the chooser and the editor fit the width.
    await katrin.setViewportSize({ width: 390, height: 900 });
    await katrin.getByTestId("session-item").filter({ hasText: "10. Dez" }).click();
    await katrin.getByTestId("agenda-editor").locator("summary").click();
    // The new session's agenda is the template: nothing to save again.
    await expect.poll(() => katrin.getByTestId("agenda-template-saved").count()).toBe(1);
    await shot(katrin, "editor-390");
    for (const part of ["template-chooser", "agenda-editor", "phase-stepper"]) {
      const box = await katrin.getByTestId(part).boundingBox();
      expect(box && box.x + box.width, part).toBeLessThanOrEqual(390);
    }
  });
});
