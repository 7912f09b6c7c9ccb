import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { createSeries, joinThrough, participantLink } from "../support/e2eSteps.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("two levels in real browsers", () => {
  const app = e2eApp(executablePath ?? "");

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`levels-${name}`), fullPage: true });

  const card = (page: Page, text: string) => page.getByTestId("agreement-card").filter({ hasText: text });

  it("the facilitator breaks a strategic agreement down; a second browser sees the child linked and the parent listing it live", async () => {
    const katrin = await app.openPage({ width: 1280, height: 1000 });
    await createSeries(katrin, app.server().url, "Strategierunde Nord", "Katrin Vogel");
    const link = await participantLink(katrin);
    await katrin.getByTestId("session-add-date").fill("2026-12-10");
    await katrin.getByTestId("session-add-level").selectOption("strategic");
    await katrin.getByTestId("session-add-submit").click();
    await expect.poll(() => katrin.getByTestId("session-level-select").inputValue()).toBe("strategic");

    const anna = await app.openPage({ width: 390, height: 900 });
    await joinThrough(anna, link, { name: "Anna Hansen", org: "Feinkost Hansen", fn: "sales" });

    // An agreement made in the strategic session is strategic without anyone saying so.
    await katrin.getByTestId("phase-agreements").click();
    const form = katrin.getByTestId("add-agreement-form");
    await form.locator("textarea").fill("Marge vor Umsatz: Aktionen nur mit Deckungsbeitrag ≥ 18 %");
    await form.locator("button[type=submit]").click();
    const parent = card(katrin, "Marge vor Umsatz");
    await expect.poll(() => parent.getByTestId("agreement-summary").textContent()).toContain("Strategisch");

    await parent.getByTestId("breakdown-open").click();
    await parent.getByTestId("breakdown-text").fill("Aktionsmengen jeden Freitag in die Absatzplanung");
    await parent.getByTestId("breakdown-submit").click();

    // Anna, in another browser, sees both ends of the link live.
    // The parent's card lists the child's text too: each end is found by what it shows of the link.
    const child = anna.getByTestId("agreement-card").filter({ has: anna.getByTestId("agreement-parent") });
    await expect
      .poll(() => child.getByTestId("agreement-parent").textContent())
      .toBe("Bricht herunter: Marge vor Umsatz: Aktionen nur mit Deckungsbeitrag ≥ 18 %");
    await expect.poll(() => child.getByTestId("agreement-summary").textContent()).toContain("Operativ");
    const listed = anna
      .getByTestId("agreement-card")
      .filter({ has: anna.getByTestId("agreement-children") })
      .getByTestId("agreement-child");
    await expect
      .poll(() => listed.allTextContents())
      .toEqual(["Aktionsmengen jeden Freitag in die AbsatzplanungOffen"]);
    // The session list names the level.
    await expect.poll(() => anna.getByTestId("session-level").first().textContent()).toBe("Strategische Runde");
    await shot(katrin, "breakdown-1280");
    await shot(anna, "breakdown-390");
  });

  it("the results of the example series filtered by level", async () => {
    const page = await app.openPage({ width: 1280, height: 900 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await page.getByTestId("results-link").click();
    await page.waitForURL(/\/results$/);
    const filter = page.getByTestId("results-level");
    const agreements = page.getByTestId("overview-agreements").locator(".results-tile-value");
    for (const [value, count] of [
      ["all", "8"],
      ["strategic", "2"],
      ["operational", "6"],
    ] as const) {
      await filter.locator(`button[data-value=${value}]`).click();
      await expect.poll(() => agreements.textContent()).toBe(count);
      expect(await filter.locator(`button[data-value=${value}]`).getAttribute("aria-pressed")).toBe("true");
    }
    await filter.locator("button[data-value=strategic]").click();
    await page.screenshot({ path: screenshotPath("levels-results-1280"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    // The top of the page on a phone: the filter and the overview it applies to.
    await page.screenshot({ path: screenshotPath("levels-results-390") });
  });
});
