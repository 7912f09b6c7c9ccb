import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

/** The most Tab presses one step may take before the control counts as unreachable. */
const MAX_TABS = 120;

/** What the keyboard user sees of the focused element: a focus ring drawn by outline or shadow. */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== "none";
  });
}

/**
 * Presses Tab until the target has the focus, as someone without a mouse
 * would; fails when it cannot be reached or shows no focus ring.
 */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`${what}: not on the page`);
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press("Tab");
    if (await handle.evaluate((element) => element === document.activeElement)) {
      expect(await focusVisible(page), `${what}: focus is not visible`).toBe(true);
      return;
    }
  }
  throw new Error(`${what}: not reachable with Tab`);
}

describe.runIf(executablePath)("a session run with the keyboard only", () => {
  const app = e2eApp(executablePath ?? "");

  it("creates a series, a session, steps through the phases, adds a case, votes, agrees and closes without a mouse", async () => {
    const page = await app.openPage({ width: 1440, height: 900 });
    await page.goto(app.server().url);

    await tabTo(page, page.getByLabel("Name der Reihe"), "series name");
    await page.keyboard.type("S&OP-Runde Tastatur");
    await tabTo(page, page.getByLabel("Ihr Name"), "your name");
    await page.keyboard.type("Katrin Vogel");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);

    await tabTo(page, page.getByTestId("session-add-date"), "first session's date");
    await page.keyboard.type("12012026");
    await tabTo(page, page.getByTestId("session-add-submit"), "add session");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("phase-stepper").count()).toBe(1);

    // The phase stepper.
    await tabTo(page, page.getByTestId("phase-cases"), "the cases phase");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("phase-cases").getAttribute("aria-current")).toBe("step");

    // A case.
    await tabTo(page, page.getByLabel("Titel des Falls"), "case title");
    await page.keyboard.type("Eilauftrag Müller");
    await tabTo(page, page.getByRole("button", { name: "Fall hinzufügen" }), "add case");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("case-card").count()).toBe(1);

    // The facilitator's toolbar: open a dot vote, place a dot, reveal.
    await tabTo(page, page.getByTestId("room-tool-vote"), "the vote tool");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByTestId("vote-open"), "open the vote");
    await page.keyboard.press("Enter");
    const caseId = (await page.getByTestId("case-card").first().getAttribute("data-case-id")) ?? "";
    await tabTo(page, page.getByTestId(`vote-dot-${caseId}`), "a dot on the case");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("vote-voters").textContent()).toContain("1 von");
    await tabTo(page, page.getByTestId("vote-reveal"), "reveal");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId(`vote-total-${caseId}`).getAttribute("data-total")).toBe("1");

    // An agreement.
    await tabTo(page, page.getByTestId("phase-agreements"), "the agreements phase");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByLabel("Vereinbarung", { exact: true }), "agreement text");
    await page.keyboard.type("Eilaufträge nur nach Rücksprache mit der Planung");
    await tabTo(page, page.getByRole("button", { name: "Vereinbarung hinzufügen" }), "add agreement");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("agreement-card").count()).toBe(1);

    // The close.
    await tabTo(page, page.getByTestId("phase-close"), "the close phase");
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByTestId("session-close"), "close the session");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("session-closed").count()).toBe(1);
    await page.screenshot({ path: screenshotPath("keyboard-closed"), fullPage: true });
  });
});
