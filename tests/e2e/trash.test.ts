import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Both sizes of one moment, for looking at (test-results/screenshots). */
async function shoot(page: Page, name: string): Promise<void> {
  for (const [size, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: screenshotPath(`trash-${name}-${size}`) });
  }
  await page.setViewportSize(DESKTOP);
}

describe.runIf(executablePath)("the trash and „Rückgängig“ in two real browsers", () => {
  const app = e2eApp(executablePath ?? "");

  const notes = (page: Page) => page.getByTestId("notes-went_well").getByTestId("note");

  it("B removes a note and takes it back with „Rückgängig“; the facilitator restores a case from the Papierkorb", async () => {
    const anna = await app.openPage(DESKTOP);
    await anna.goto(app.server().url);
    await anna.getByLabel("Name der Reihe").fill("S&OP-Runde Werk Nord");
    await anna.getByLabel("Ihr Name").fill("Anna Berger");
    await anna.getByRole("button", { name: "Reihe anlegen" }).click();
    await anna.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await anna.getByTestId("session-add-date").fill("2026-12-01");
    await anna.getByTestId("session-add-submit").click();
    await anna.getByTestId("phase-cases").click();
    const addCase = anna.getByTestId("add-case-form");
    await addCase.getByLabel("Titel des Falls").fill("Eilauftrag Müller");
    await addCase.getByRole("button", { name: "Fall hinzufügen" }).click();
    await anna.getByTestId("case-card").first().getByTestId("case-expand").click();

    const bernd = await app.joinAs(await app.inviteUrl(anna, "participant"), "Bernd Krause");
    await bernd.setViewportSize(DESKTOP);
    await bernd.getByTestId("case-card").first().getByTestId("case-expand").click();
    const newNote = bernd.getByTestId("notes-went_well").getByPlaceholder("Neuer Punkt…");
    await newNote.fill("Planung hat sofort umgestellt");
    await newNote.press("Enter");
    await expect.poll(() => notes(anna).count()).toBe(1);

    // Bernd removes his note: gone for both at once, and only Bernd is offered to take it back.
    await notes(bernd).first().getByRole("button", { name: "Punkt entfernen" }).click();
    await expect.poll(() => notes(bernd).count()).toBe(0);
    await expect.poll(() => notes(anna).count()).toBe(0);
    const toast = bernd.getByTestId("toast").filter({ hasText: "„Planung hat sofort umgestellt“ entfernt" });
    await expect.poll(() => toast.count()).toBe(1);
    expect(await anna.getByTestId("toast-undo").count()).toBe(0);
    await shoot(bernd, "toast");
    await toast.getByRole("button", { name: "Rückgängig" }).click();
    await expect.poll(() => notes(bernd).count()).toBe(1);
    await expect.poll(() => notes(anna).count()).toBe(1);
    expect(await notes(anna).first().getByRole("textbox").inputValue()).toBe("Planung hat sofort umgestellt");

    // Bernd removes a case of his own; Anna, facilitating, brings it back from the Papierkorb.
    const berndsCase = bernd.getByTestId("add-case-form");
    await berndsCase.getByLabel("Titel des Falls").fill("Reklamation Charge 4711");
    await berndsCase.getByRole("button", { name: "Fall hinzufügen" }).click();
    await expect.poll(() => anna.getByTestId("case-card").count()).toBe(2);
    // Cases are shown in the order they were added.
    const reklamation = bernd.getByTestId("case-card").nth(1);
    expect(await reklamation.getByLabel("Titel", { exact: true }).inputValue()).toBe("Reklamation Charge 4711");
    await reklamation.getByRole("button", { name: "Fall entfernen" }).click();
    await expect.poll(() => anna.getByTestId("case-card").count()).toBe(1);

    await anna.getByTestId("trash-open").click();
    const entry = anna.getByTestId("trash-entry").filter({ hasText: "Reklamation Charge 4711" });
    await expect.poll(() => entry.textContent()).toContain("entfernt von Bernd Krause");
    expect(await entry.textContent()).toContain("Fall");
    await shoot(anna, "panel");
    await entry.getByRole("button", { name: "„Reklamation Charge 4711“ wiederherstellen" }).click();
    await expect.poll(() => anna.getByTestId("trash-entry").count()).toBe(0);
    await anna.keyboard.press("Escape");
    await expect.poll(() => anna.getByTestId("trash-panel").count()).toBe(0);
    await expect.poll(() => anna.getByTestId("case-card").count()).toBe(2);
    await expect.poll(() => bernd.getByTestId("case-card").count()).toBe(2);
  });
});
