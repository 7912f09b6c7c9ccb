import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();
const BOARD = /\/s\/([A-Za-z0-9_-]+)$/;

describe.runIf(executablePath)("a new series with the setup of another, in a real browser", () => {
  const app = e2eApp(executablePath ?? "");

  it("copies the example's setup: the facilitator lands on the new board with its organisations and goals and no cases", async () => {
    const page = await app.openPage({ width: 1280, height: 900 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(BOARD);
    const sourceId = BOARD.exec(page.url())?.[1] ?? "";
    await expect.poll(() => page.title()).toMatch(/. – Einklang$/);
    const sourceName = (await page.title()).replace(/ – Einklang$/, "");

    // What the example holds, to find again in the copy (organisations and goals) or not (cases).
    await page.getByTestId("nav-people").click();
    const orgs = (await page.getByTestId("org-row").allTextContents()).map((text) => text.trim());
    await page.getByTestId("nav-goals").click();
    const goals = await page.getByTestId("goal-card").count();
    await page.getByTestId("nav-agreements").click();
    const agreements = page.getByTestId("agreements-page").getByTestId("agreement-card");
    await expect.poll(() => agreements.count()).toBeGreaterThan(1);
    expect(orgs.length).toBeGreaterThan(1);
    expect(goals).toBeGreaterThan(1);

    await page.getByTestId("exports-open").click();
    await page.waitForURL(/\/minutes$/);
    const copySetup = page.getByTestId("copy-setup");
    await copySetup.getByRole("button", { name: "Neue Reihe mit dieser Einrichtung" }).click();
    const name = copySetup.getByLabel("Name der neuen Reihe");
    const offered = await name.inputValue();
    expect(offered).toBe(`${sourceName} (Kopie)`);
    await page.screenshot({ path: screenshotPath("setup-copy-form"), fullPage: true });
    await name.fill("Erfahrungsworkshop mit Partner B");
    await copySetup.getByRole("button", { name: "Reihe anlegen und öffnen" }).click();

    await page.waitForURL((url) => BOARD.test(url.pathname) && !url.pathname.includes(sourceId));
    await expect.poll(() => page.title()).toBe("Erfahrungsworkshop mit Partner B – Einklang");
    await page.getByTestId("nav-people").click();
    await expect.poll(() => page.getByTestId("org-row").count()).toBe(orgs.length);
    expect((await page.getByTestId("org-row").allTextContents()).map((text) => text.trim())).toEqual(orgs);
    await page.getByTestId("nav-goals").click();
    await expect.poll(() => page.getByTestId("goal-card").count()).toBe(goals);
    await page.screenshot({ path: screenshotPath("setup-copy-goals"), fullPage: true });
    await page.getByTestId("nav-agreements").click();
    await page.getByTestId("agreements-page").waitFor();
    expect(await agreements.count()).toBe(0);
    await page.getByTestId("nav-session").click();
    expect(await page.getByTestId("case-card").count()).toBe(0);
    await page.screenshot({ path: screenshotPath("setup-copy-board"), fullPage: true });

    // What the browser holds of the copy, through the token it was given: no meeting of the example came along.
    const copyId = BOARD.exec(new URL(page.url()).pathname)?.[1] ?? "";
    const held = await page.evaluate(async (seriesId) => {
      const device = JSON.parse(localStorage.getItem(`einklang.device.${seriesId}`) ?? "{}") as { token?: string };
      const response = await fetch(`/api/series/${seriesId}/export`, {
        headers: { Authorization: `Bearer ${device.token ?? ""}` },
      });
      const backup = (await response.json()) as { series: Record<string, Record<string, unknown>> };
      return ["sessions", "cases", "agreements", "reviews"].map((key) => Object.keys(backup.series[key] ?? {}).length);
    }, copyId);
    expect(held).toEqual([0, 0, 0, 0]);

    // The facilitator facilitates the copy: the invite panel is theirs.
    expect(await page.getByTestId("invite-open").isVisible()).toBe(true);
  });
});
