import { writeFileSync } from "node:fs";
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
    // Every chart is drawn: the trend, the cycle, the bottom line and one KPI chart per goal (four), canvases with a size and a text alternative.
    const charts = results.locator("canvas[role='img']");
    expect(await charts.count()).toBe(7);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      expect((await chart.getAttribute("aria-label"))?.length ?? 0).toBeGreaterThan(20);
    }
    expect(await results.textContent()).toContain("Ohne Ziel");
    // OTIF: 87 % at the start, 91 % and 89 % measured in two reviews, 95 % by the horizon; ahead of the plan's line.
    const otif = results.getByTestId("goal-trend").filter({ hasText: "Liefertreue (OTIF) verbessern" });
    const otifRows = otif.getByTestId("goal-trend-table").locator("tbody tr");
    expect(await otifRows.count()).toBe(4);
    expect(await otifRows.locator("td:first-of-type").allTextContents()).toEqual(["87 %", "91 %", "89 %", "95 %"]);
    expect(await otif.getByTestId("goal-trend-status").textContent()).toBe("Im Plan");
    const otifChart = otif.getByTestId("goal-trend-chart");
    expect((await otifChart.boundingBox())?.height ?? 0).toBeGreaterThan(150);
    expect(await otifChart.getAttribute("aria-label")).toContain("zuletzt gemessen 89 %");
    // The chart drew its lines: the canvas is no longer blank.
    const inked = await otifChart.evaluate((canvas) => {
      if (!(canvas instanceof HTMLCanvasElement)) return 0;
      const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) count += 1;
      return count;
    });
    expect(inked).toBeGreaterThan(500);
    // The rush orders' revision: their outcome was missed at two reviews in a row, so optimizing seems not enough.
    const redesign = results.getByTestId("redesign-suggestion");
    expect(await redesign.count()).toBe(1);
    expect(await redesign.textContent()).toContain("Wir reservieren täglich 5 %");
    expect(await redesign.textContent()).toContain("Optimieren reicht offenbar nicht: neu gestalten?");
    // The mix of kinds per session: two optimizing agreements in the first, a scaling and a redesigning one in the second.
    const mix = results.getByTestId("change-kind-mix").locator("tbody tr");
    expect(await mix.count()).toBe(3);
    expect(await mix.first().locator("td").allTextContents()).toEqual(["0", "2", "0", "0"]);
    expect(await mix.nth(1).locator("td").allTextContents()).toEqual(["1", "0", "1", "0"]);
    await page.screenshot({ path: screenshotPath("results-demo"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("results-back").isVisible()).toBe(false);
    // Printed, the bottom line keeps its chart and its tables.
    const ledger = results.getByTestId("results-ledger");
    expect(await ledger.isVisible()).toBe(true);
    expect((await ledger.getByTestId("ledger-chart").boundingBox())?.height ?? 0).toBeGreaterThan(100);
    expect(await ledger.getByTestId("ledger-by-org").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(screenshotPath("results-print").replace(/\.png$/, ".pdf"), pdf);
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });
});
