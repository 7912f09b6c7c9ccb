import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

/** Clicks and resolves with the downloaded file's name and content. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).first().click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

describe.runIf(executablePath)("minutes, exports and backup in a real browser", () => {
  const app = e2eApp(executablePath ?? "");

  it("prints a session's minutes, downloads the agreements and a backup, and imports the backup as a new series", async () => {
    const page = await app.openPage({ width: 1280, height: 900 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    const boardUrl = page.url();
    const seriesId = boardUrl.split("/").at(-1) ?? "";

    await page.getByTestId("exports-open").click();
    await page.waitForURL(`${boardUrl}/minutes`);
    await expect.poll(() => page.getByTestId("exports-session").count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: screenshotPath("minutes-exports"), fullPage: true });

    // Agreements as CSV for German Excel: BOM, semicolons, one row per agreement.
    const csv = await download(page, "exports-csv");
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.text.slice(1), { delimiter: ";" }) as string[][];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]?.[0]).toBe("Text der Vereinbarung");

    // The backup, taken while the series is open.
    const backup = await download(page, "exports-backup");
    const backupJson = JSON.parse(backup.text) as { format: string; series: { name: string } };
    expect(backupJson.format).toBe("einklang-series-backup");

    // The minutes of a closed session: on screen, then printed to PDF.
    await page.getByTestId("exports-minutes-open").last().click();
    await page.waitForURL(new RegExp(`/s/${seriesId}/minutes/[A-Za-z0-9_-]+$`));
    const minutes = page.getByTestId("minutes");
    await expect.poll(() => minutes.getByRole("heading", { level: 1 }).textContent()).toContain("Protokoll");
    expect(await page.getByTestId("minutes-case").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("minutes-agreement").count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("minutes-page"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("exports-back").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(screenshotPath("minutes-print").replace(/\.png$/, ".pdf"), pdf);
    // Facts, attendees and review on the first page; the cases and the agreements each begin a page.
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ media: "screen" });

    // The backup becomes a new series on the start page, opened at once, with the same content.
    await page.goto(app.server().url);
    await page.getByTestId("import-file").setInputFiles({
      name: backup.name,
      mimeType: "application/json",
      buffer: Buffer.from(backup.text),
    });
    await page.waitForURL((url) => /\/s\/[A-Za-z0-9_-]+$/.test(url.pathname) && !url.pathname.endsWith(seriesId));
    await expect.poll(() => page.getByTestId("series-name-input").inputValue()).toBe(backupJson.series.name);
    await page.screenshot({ path: screenshotPath("minutes-imported"), fullPage: false });
  });
});
