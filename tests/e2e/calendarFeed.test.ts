import ical, { type VEvent } from "node-ical";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("calendar feed, in the browser (mail not set up)", () => {
  const app = e2eApp(executablePath ?? "");
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`calendar-feed-${name}`), fullPage: true });

  it("a person makes their calendar address on My agreements, a calendar reads it, and renewing ends the old one", async () => {
    const page = await app.openPage({ width: 1280, height: 1000 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await page.goto(`${page.url()}/mine`);

    const panel = page.getByTestId("calendar-feed");
    await panel.getByTestId("calendar-feed-make").click();
    const field = panel.getByTestId("calendar-feed-url");
    await expect.poll(() => field.inputValue()).toMatch(/\/calendar\/ekc_[\w-]{22}\.ics\?lang=de$/);
    const first = await field.inputValue();
    await shot(page, "made");

    const response = await fetch(first);
    expect(response.status).toBe(200);
    const events = Object.values(ical.sync.parseICS(await response.text())).filter(
      (c): c is VEvent => c?.type === "VEVENT",
    );
    expect(events.some((e) => e.uid.startsWith("session-"))).toBe(true);

    // Opened again, the page shows that a feed exists, not its address; renewing makes a new one.
    await page.reload();
    await expect.poll(() => panel.getByTestId("calendar-feed-status").textContent()).toMatch(/besteht seit/);
    expect(await panel.getByTestId("calendar-feed-url").count()).toBe(0);
    await panel.getByTestId("calendar-feed-make").click();
    await expect.poll(() => field.inputValue()).not.toBe(first);
    const second = await field.inputValue();
    expect((await fetch(first)).status).toBe(410);
    expect((await fetch(second)).status).toBe(200);

    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, "phone");
    // On a phone the panel keeps to the page's column: the address field narrows.
    const box = await panel.boundingBox();
    const column = await page.evaluate(() => document.querySelector(".mine-intro")?.getBoundingClientRect().width ?? 0);
    expect(box?.width ?? Infinity).toBeLessThanOrEqual(column + 1);
    await page.setViewportSize({ width: 1280, height: 1000 });

    await panel.getByTestId("calendar-feed-revoke").click();
    await expect.poll(() => panel.getByTestId("calendar-feed-make").textContent()).toBe("Kalender-Adresse erstellen");
    expect((await fetch(second)).status).toBe(410);
  });
});
