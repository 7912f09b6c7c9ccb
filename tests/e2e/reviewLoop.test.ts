import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("the review loop in two real browsers", () => {
  const app = e2eApp(executablePath ?? "");

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`review-loop-${name}`), fullPage: true });

  it("goal, case with collision, agreement on the goal; reviewed and revised at the next session, seen live", async () => {
    const katrin = await app.openPage({ width: 1400, height: 1000 });
    await katrin.goto(app.server().url);
    await katrin.getByLabel("Name der Reihe").fill("S&OP-Runde Werk Nord");
    await katrin.getByLabel("Ihr Name").fill("Katrin Vogel");
    await katrin.getByRole("button", { name: "Reihe anlegen" }).click();
    await katrin.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    const boardUrl = katrin.url();

    const thomas = await app.openPage({ width: 1400, height: 1000 });
    await thomas.goto(await app.inviteUrl(katrin, "participant"));
    await thomas.getByTestId("join-name").fill("Thomas Brandt");
    await thomas.getByTestId("join-function").selectOption("operations");
    await thomas.getByRole("button", { name: "Teilnehmen" }).click();
    await thomas.waitForURL(boardUrl);
    await expect.poll(() => katrin.getByTestId("online-person").count()).toBe(2);

    // A goal broken down for both sides: the flag goes away, for both people.
    await katrin.getByTestId("nav-goals").click();
    await thomas.getByTestId("nav-goals").click();
    await katrin.getByTestId("goal-add-title").fill("Liefertreue (OTIF) verbessern");
    await katrin.getByTestId("goal-add-title").press("Enter");
    const goal = katrin.getByTestId("goal-card").first();
    await expect.poll(() => thomas.getByTestId("goal-flag").count()).toBe(1);
    await goal
      .getByLabel("Was bedeutet das für den Vertrieb?")
      .fill("Liefertermine nur nach Kapazitätsabfrage zusagen.");
    await goal.getByLabel("Was bedeutet das für den Vertrieb?").press("Tab");
    await goal.getByLabel("Was bedeutet das für die Produktion?").fill("Feinplanung fünf Tage fix halten.");
    await goal.getByLabel("Was bedeutet das für die Produktion?").press("Tab");
    await expect.poll(() => thomas.getByTestId("goal-ok").count()).toBe(1);
    await expect.poll(() => thomas.getByTestId("goal-flag").count()).toBe(0);
    await shot(katrin, "goals");

    // The starter interest catalog.
    await katrin.getByTestId("nav-interests").click();
    await katrin.getByTestId("starter-take").click();
    await thomas.getByTestId("nav-interests").click();
    await expect.poll(() => thomas.getByTestId("interest-row").count()).toBeGreaterThanOrEqual(10);

    // Session 1: a case with a collision and the goal.
    await katrin.getByTestId("nav-session").click();
    await thomas.getByTestId("nav-session").click();
    await katrin.getByTestId("session-add-date").fill("2026-10-01");
    await katrin.getByTestId("session-add-submit").click();
    await shot(katrin, "phase-check-in");
    await katrin.getByTestId("phase-cases").click();
    const addCase = katrin.getByTestId("add-case-form");
    await addCase.getByLabel("Titel des Falls").fill("Eilauftrag Zentrallager: Zusage in 48 Stunden");
    await addCase.getByRole("button", { name: "Fall hinzufügen" }).click();
    const katrinCase = katrin.getByTestId("case-card").first();
    await katrinCase.getByTestId("case-expand").click();
    const pick = katrinCase.getByTestId("new-collision").locator("select");
    await pick.nth(0).selectOption({ label: "Kurze Lieferzusagen" });
    await pick.nth(1).selectOption({ label: "Stabiler Produktionsplan" });
    await katrinCase.getByTestId("new-collision").getByRole("button").click();
    await katrinCase.getByTestId("case-goals").locator("input[type=checkbox]").first().check();
    await expect.poll(() => thomas.getByTestId("case-card").count()).toBe(1);
    await thomas.getByTestId("case-card").first().getByTestId("case-expand").click();
    await expect.poll(() => thomas.getByTestId("case-collision").count()).toBe(1);
    await shot(thomas, "phase-cases");

    // An agreement from the case, linked to the goal.
    await katrin.getByTestId("phase-agreements").click();
    const addAgreement = katrin.getByTestId("add-agreement-form");
    await addAgreement
      .getByLabel("Vereinbarung", { exact: true })
      .fill("Eilaufträge unter 72 h nur nach Rücksprache mit der Feinplanung");
    await addAgreement.getByLabel("Zum Fall").selectOption({ label: "Eilauftrag Zentrallager: Zusage in 48 Stunden" });
    await addAgreement.getByRole("button", { name: "Vereinbarung hinzufügen" }).click();
    const agreement = katrin.getByTestId("agreement-card").first();
    await agreement.getByTestId("agreement-expand").click();
    const goalBox = agreement.getByTestId("agreement-goals").locator("input[type=checkbox]").first();
    if (!(await goalBox.isChecked())) await goalBox.check();
    const thomasFlags = () =>
      thomas
        .getByTestId("agreement-card")
        .first()
        .getByTestId("agreement-flag")
        .evaluateAll((flags) => flags.map((f) => f.getAttribute("data-flag")));
    await expect.poll(thomasFlags).not.toContain("no_goal");
    await shot(thomas, "phase-agreements");

    await katrin.getByTestId("phase-close").click();
    await katrin.getByTestId("session-close").click();
    await expect.poll(() => thomas.getByTestId("session-closed").count()).toBe(1);
    await shot(katrin, "phase-close");

    // Session 2: the agreement is due, reviewed and revised.
    await katrin.getByTestId("session-add-open").click();
    await katrin.getByTestId("session-add-date").fill("2026-11-01");
    await katrin.getByTestId("session-add-submit").click();
    await katrin.getByTestId("phase-review").click();
    await thomas.getByTestId("nav-preread").click();
    await thomas.getByTestId("nav-session").click();
    await expect.poll(() => thomas.getByTestId("review-item").count(), { timeout: 15_000 }).toBe(1);
    const item = katrin.getByTestId("review-item").first();
    await item.getByTestId("review-kept").locator('button[data-value="kept"]').click();
    await item.getByTestId("review-outcome").locator('button[data-value="no"]').click();
    await item.getByTestId("review-kpi").fill("89");
    await item.getByTestId("review-kpi").press("Enter");
    await item.getByTestId("review-fit").first().locator('button[data-value="supports"]').click();
    await item.getByTestId("review-decision").locator('button[data-value="revise"]').click();
    await item
      .getByTestId("revise-form")
      .locator("textarea")
      .fill("5 % der Kapazität von Linie 1 täglich für Eilaufträge reservieren");
    await item.getByTestId("revise-form").getByRole("button", { name: "Neue Fassung anlegen" }).click();
    await expect.poll(() => thomas.getByTestId("review-successor").count()).toBe(1);
    await expect.poll(() => thomas.getByTestId("review-progress").textContent()).toContain("1 von 1");
    await shot(thomas, "phase-review");

    // The lineage is visible both ways on the agreements page.
    await thomas.getByTestId("nav-agreements").click();
    await thomas.getByTestId("agreements-filter").locator('button[data-value="all"]').click();
    await expect.poll(() => thomas.getByTestId("agreement-predecessor").count()).toBe(1);
    await expect.poll(() => thomas.getByTestId("agreement-successor").count()).toBe(1);
    await shot(thomas, "agreements-page");
  });
});
