import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

/** Opens the first closed session of the list; returns its id. */
async function openClosedSession(page: Page): Promise<string> {
  const items = page.getByTestId("session-item");
  await items.first().waitFor();
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    await items.nth(i).click();
    if ((await page.getByTestId("session-closed").count()) > 0) {
      const id = await page.getByTestId("session-board").getAttribute("data-session-id");
      if (id) return id;
    }
  }
  throw new Error("no closed session in the list");
}

describe.runIf(executablePath)("a closed session on the board", () => {
  const app = e2eApp(executablePath ?? "");

  it("the moderator and a participant each look through its phases, read-only, without moving the other", async () => {
    const katrin = await app.openPage({ width: 1440, height: 900 });
    await katrin.goto(app.server().url);
    await katrin.getByRole("button", { name: "Beispiel laden" }).click();
    await katrin.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    const paula = await app.joinAs(await app.inviteUrl(katrin, "participant"), "Paula Peters");

    const sessionId = await openClosedSession(katrin);
    await paula.locator(`[data-testid="session-item"][data-session-id="${sessionId}"]`).click();
    await expect.poll(() => paula.getByTestId("session-closed").count()).toBe(1);
    const phaseOf = (page: Page) => page.getByTestId("session-board").getAttribute("data-phase");
    const ended = await phaseOf(paula);

    await katrin.getByTestId("phase-cases").click();
    await expect.poll(() => katrin.getByTestId("case-card").count()).toBeGreaterThan(0);
    expect(await katrin.getByRole("form", { name: "Neuer Fall" }).count()).toBe(0);
    await katrin.getByTestId("case-expand").first().click();
    expect(await katrin.getByTestId("phase-work").locator("input:not([readonly]):not(:disabled)").count()).toBe(0);
    await katrin.screenshot({ path: screenshotPath("closed-session-cases"), fullPage: false });

    // A participant steps on their own, and nobody follows anybody.
    await paula.getByTestId("phase-agreements").click();
    await expect.poll(() => phaseOf(paula)).toBe("agreements");
    expect(await phaseOf(katrin)).toBe("cases");
    // Nothing was sent: opened afresh, the session stands where it ended.
    await paula.reload();
    await paula.locator(`[data-testid="session-item"][data-session-id="${sessionId}"]`).click();
    await expect.poll(() => paula.getByTestId("session-closed").count()).toBe(1);
    expect(await phaseOf(paula)).toBe(ended);
  });
});
