import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("an owner's KPI value between sessions, and the bottom line, in a real browser", () => {
  const app = e2eApp(executablePath ?? "");

  it("an owner reports a KPI value from a phone and the goal's chart on the facilitator's results page moves live", async () => {
    const katrin = await app.openPage({ width: 1280, height: 900 });
    await katrin.goto(app.server().url);
    await katrin.getByRole("button", { name: "Beispiel laden" }).click();
    await katrin.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);

    // A personal link for Jens Albrecht, owner of the rush-order agreement that serves the OTIF goal.
    await katrin.getByTestId("invite-open").click();
    const jensRow = katrin.getByTestId("person-role-row").filter({ hasText: "Jens Albrecht" });
    const jens = await jensRow.getAttribute("data-person-id");
    if (!jens) throw new Error("Jens has no row");
    await katrin.getByTestId(`person-link-${jens}`).click();
    const linkBox = katrin.getByTestId(`person-link-box-${jens}`);
    await expect.poll(() => linkBox.getByTestId("personal-link-url").inputValue()).toMatch(/\/me#ekd_/);
    const link = await linkBox.getByTestId("personal-link-url").inputValue();
    await katrin.getByTestId("invite-close").click();

    // The facilitator has the results open: the bottom line and OTIF at 87 → 91 → 89 % so far.
    await katrin.getByTestId("results-link").click();
    await katrin.waitForURL(/\/results$/);
    const ledger = katrin.getByTestId("results-ledger");
    await expect.poll(() => ledger.getByTestId("ledger-expected").textContent()).toMatch(/94\.200\s€/);
    expect(await ledger.getByTestId("ledger-realised").textContent()).toMatch(/54\.000\s€/);
    expect(await ledger.getByTestId("ledger-lines").locator("tbody tr").count()).toBe(4);
    expect(await ledger.getByTestId("ledger-lines").textContent()).toContain(
      "nicht messbar: Die Grillsaison ist noch nicht abgerechnet.",
    );
    expect(await ledger.locator("canvas[role='img']").count()).toBe(1);
    await ledger.screenshot({ path: screenshotPath("ledger-results") });
    const otif = katrin.getByTestId("goal-trend").filter({ hasText: "Liefertreue (OTIF) verbessern" });
    const otifValues = () =>
      otif.getByTestId("goal-trend-table").locator("tbody tr td:first-of-type").allTextContents();
    expect(await otifValues()).toEqual(["87 %", "91 %", "89 %", "95 %"]);

    // Jens on his phone, 390 px wide: the KPI field names the goal's KPI and its last value.
    const phone = await app.openPage({ width: 390, height: 844 });
    await phone.goto(link);
    await phone.waitForURL(/\/mine$/);
    const rush = phone.getByTestId("mine-item").filter({ hasText: "Wir reservieren täglich 5 %" });
    await rush.getByTestId("status-report-open").click();
    const value = rush.getByTestId("kpi-report-value");
    expect(await rush.getByText(/Kennzahl jetzt: .*OTIF/).count()).toBe(1);
    // 0,93 instead of 93 %: asked about before anything is sent.
    await value.fill("0,93");
    await rush.getByRole("button", { name: "Stand melden" }).click();
    await expect.poll(() => rush.getByTestId("kpi-surprise").textContent()).toMatch(/rund hundertmal/);
    await rush.screenshot({ path: screenshotPath("kpi-report-phone-question") });
    expect(await otifValues()).toHaveLength(4);
    await rush.getByTestId("kpi-surprise-correct").click();
    await value.fill("93");
    await rush
      .getByLabel("Was ist passiert?")
      .fill("Reserve greift: 93 % OTIF bei Eilaufträgen in den letzten zwei Wochen");
    const phoneWidth = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(phoneWidth).toBeLessThanOrEqual(390);
    await rush.getByRole("button", { name: "Stand melden" }).click();
    await expect.poll(() => rush.getByTestId("status-report-sent").count()).toBe(1);
    await phone.screenshot({ path: screenshotPath("kpi-report-phone"), fullPage: true });

    // On the facilitator's screen the OTIF chart moves without a reload: the report is a point of its own.
    await expect.poll(otifValues).toEqual(["87 %", "91 %", "89 %", "93 %", "95 %"]);
    expect(await otif.getByTestId("goal-trend-table").textContent()).toContain("Zwischenmeldung von Jens Albrecht");
    await expect.poll(() => otif.getByTestId("goal-trend-chart").getAttribute("aria-label")).toContain("93 %");
    await otif.screenshot({ path: screenshotPath("kpi-report-facilitator-chart") });
  });
});
