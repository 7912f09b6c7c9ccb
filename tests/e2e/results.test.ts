import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("the results of the example series in a real browser", () => {
  const app = e2eApp(executablePath ?? "");

  it("draws the trend and the order-to-cash cycle with their tables, and prints without the app's chrome", async () => {
    const page = await app.openPage({ width: 1280, height: 900 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await page.getByTestId("results-link").click();
    await page.waitForURL(/\/results$/);
    const results = page.getByTestId("results");
    await expect.poll(() => results.getByTestId("trend-table").locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
    expect(await results.getByTestId("cycle-table").locator("tbody tr").count()).toBe(8);
    // Both charts are drawn: canvases with a size and a text alternative.
    const charts = results.locator("canvas[role='img']");
    expect(await charts.count()).toBe(2);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect((await chart.getAttribute("aria-label"))?.length ?? 0).toBeGreaterThan(20);
    }
    expect(await results.textContent()).toContain("Ohne Ziel");
    await page.screenshot({ path: screenshotPath("results-demo"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("results-back").isVisible()).toBe(false);
  });
});
