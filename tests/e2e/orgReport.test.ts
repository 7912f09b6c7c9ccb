import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

/** What Feinkost Hansen keeps to itself from the visit: no report for a reader outside Hansen holds it. */
const HANSEN_INTERNAL = "Prüfen, ob die Marge";

describe.runIf(executablePath)("the report per organisation in a real browser", () => {
  const app = e2eApp(executablePath ?? "");

  it("opens Hansen's report of the peer visit from its minutes, prints it to A4 PDF pages and zips every organisation's", async () => {
    const page = await app.openPage({ width: 1280, height: 900 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await page.getByTestId("exports-open").click();
    await page
      .getByTestId("exports-session")
      .filter({ hasText: "Werk Talheim" })
      .getByTestId("exports-minutes-open")
      .click();

    const links = page.getByTestId("org-reports");
    await expect
      .poll(() => links.getByTestId("org-report-link").allTextContents())
      .toEqual(["Feinkost Hansen GmbH", "Hofmolkerei Lindner KG"]);
    await page.screenshot({ path: screenshotPath("org-report-links"), fullPage: false });

    // Every organisation's report in one zip, one Markdown file each.
    const [zip] = await Promise.all([page.waitForEvent("download"), page.getByTestId("org-reports-zip").click()]);
    const entries = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    expect(Object.values(entries).map((bytes) => strFromU8(bytes).split("\n")[0])).toEqual([
      expect.stringMatching(/^# Bericht für Feinkost Hansen GmbH: /),
      expect.stringMatching(/^# Bericht für Hofmolkerei Lindner KG: /),
    ]);

    await links.getByRole("link", { name: "Feinkost Hansen GmbH" }).click();
    const report = page.getByTestId("org-report");
    await expect
      .poll(() => report.getByRole("heading", { level: 1 }).textContent())
      .toMatch(/^Bericht für Feinkost Hansen GmbH/);
    const text = (await report.textContent()) ?? "";
    expect(text).toContain("Eilaufträge als eigene Farbe auf unserer Plantafel");
    expect(text).toContain("Eilaufträge stehen sichtbar auf der Plantafel");
    // The moderator belongs to no organisation: Hansen's internal take-home item is not theirs to read.
    expect(text).not.toContain(HANSEN_INTERNAL);
    await page.screenshot({ path: screenshotPath("org-report-1280"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath("org-report-390"), fullPage: true });

    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("org-report-back").isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), "org-report-"));
    writeFileSync(join(dir, "report.pdf"), pdf);
    writeFileSync(screenshotPath("org-report-print").replace(/\.png$/, ".pdf"), pdf);
    execFileSync("pdftoppm", ["-png", "-r", "60", join(dir, "report.pdf"), join(dir, "page")]);
    const pngs = readdirSync(dir)
      .filter((name) => name.endsWith(".png"))
      .sort();
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    for (const [i, name] of pngs.entries()) {
      const png = readFileSync(join(dir, name));
      // A4 at 60 dpi: 496 × 702 pixels, read from the PNG header.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([496, 702]);
      writeFileSync(screenshotPath(`org-report-print-${i + 1}`), png);
    }
  });
});
