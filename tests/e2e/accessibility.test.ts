import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

/** WCAG 2.1 A and AA, the level public-sector and most corporate buyers ask for. */
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface Finding {
  language: string;
  page: string;
  rule: string;
  impact: string;
  targets: string[];
}

/** axe-core's browser build, evaluated in each page as it is (through the debugger, so the page's CSP allows it). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function findingsOn(page: Page, language: string, name: string): Promise<Finding[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: "tag", values: tags } },
      ),
    WCAG_21_AA,
  );
  return result.violations.map((violation) => ({
    language,
    page: name,
    rule: violation.id,
    impact: violation.impact ?? "",
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
}

/** Waits until the page has settled on what it shows (the board's live connection, charts, lazy pages). */
async function settled(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).first().waitFor({ state: "visible", timeout: 30_000 });
  await page.waitForLoadState("networkidle");
}

describe.runIf(executablePath)("accessibility: every page is WCAG 2.1 AA clean in German and English", () => {
  const app = e2eApp(executablePath ?? "");

  it.each(["de", "en"])(
    "axe finds no violation on the start, join, board (each phase and view), results, exports, minutes, My agreements and projector pages (%s)",
    async (language) => {
      const findings: Finding[] = [];
      {
        const page = await app.openPage({ width: 1440, height: 900 });
        await page.addInitScript((lang) => localStorage.setItem("einklang.language", lang), language);
        const scan = async (name: string): Promise<void> => {
          findings.push(...(await findingsOn(page, language, name)));
        };
        const base = app.server().url;
        await page.goto(base);
        await settled(page, "load-example");
        await scan("start");

        await page.getByTestId("load-example").getByRole("button").click();
        await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
        const board = page.url();
        await settled(page, "phase-stepper");
        for (const phase of ["check_in", "review", "cases", "agreements", "close"]) {
          await page.getByTestId(`phase-${phase}`).click();
          await page.waitForLoadState("networkidle");
          await scan(`board: phase ${phase}`);
        }
        for (const view of ["preread", "goals", "interests", "people", "agreements"]) {
          await page.goto(`${board}?view=${view}`);
          await settled(page, `nav-${view}`);
          await scan(`board: ${view}`);
        }
        // Removing an agreement offers „Rückgängig“; the Papierkorb lists it for restoring.
        const remove = language === "de" ? "Vereinbarung entfernen" : "Remove agreement";
        await page.getByTestId("agreement-card").first().getByRole("button", { name: remove }).click();
        await page.getByTestId("toast-undo").waitFor();
        await scan("board: undo toast");
        await page.getByTestId("trash-open").click();
        await page.getByTestId("trash-restore").first().waitFor();
        await scan("board: trash");
        await page.getByTestId("trash-restore").first().click();
        await page.getByTestId("trash-close").click();
        await page.goto(`${board}/results`);
        await settled(page, "trend-table");
        await scan("results");
        await page.goto(`${board}/minutes`);
        await settled(page, "exports-minutes-open");
        await scan("exports");
        await page.getByTestId("exports-minutes-open").first().click();
        await page.waitForURL(/\/minutes\/[A-Za-z0-9_-]+$/);
        await page.waitForLoadState("networkidle");
        await scan("minutes");
        await page.goto(`${board}/mine`);
        await settled(page, "mine-who");
        await scan("my agreements");
        // The projector in every phase, as the board steps through them: each phase has a layout of its own.
        const projector = await page.context().newPage();
        await projector.goto(`${board}/projector`);
        await settled(projector, "projector-phase");
        await page.goto(board);
        await settled(page, "phase-stepper");
        for (const phase of ["check_in", "review", "cases", "agreements", "close"]) {
          await page.getByTestId(`phase-${phase}`).click();
          await expect.poll(() => projector.getByTestId("projector-phase").getAttribute("data-phase")).toBe(phase);
          findings.push(...(await findingsOn(projector, language, `projector: phase ${phase}`)));
        }
        await projector.close();

        const guest = await app.openPage({ width: 1440, height: 900 });
        await guest.addInitScript((lang) => localStorage.setItem("einklang.language", lang), language);
        await page.goto(board);
        await settled(page, "phase-stepper");
        await guest.goto(await app.inviteUrl(page, "participant"));
        await settled(guest, "join-name");
        findings.push(...(await findingsOn(guest, language, "join")));
      }
      // One list of every finding, so a failure shows all of them at once.
      expect(findings).toEqual([]);
    },
    // Twenty-three pages, each scanned in full: longer than one ordinary browser test.
    240_000,
  );
});
