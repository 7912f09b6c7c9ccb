import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("following up agreements between sessions, on the owner's phone", () => {
  const app = e2eApp(executablePath ?? "");

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`followup-${name}`), fullPage: true });

  it("the facilitator makes a personal link for an owner, who reports progress from a phone; the board shows it live", async () => {
    // The moderator of the example series: its people were added without joining, so none has a device.
    const katrin = await app.openPage({ width: 1400, height: 1000 });
    await katrin.goto(app.server().url);
    await katrin.getByRole("button", { name: "Beispiel laden" }).click();
    await katrin.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    const boardUrl = katrin.url();

    // From the people list of the invite panel: a personal link for Jens Albrecht, with its QR code.
    await katrin.getByTestId("invite-open").click();
    const jensRow = katrin.getByTestId("person-role-row").filter({ hasText: "Jens Albrecht" });
    const jens = await jensRow.getAttribute("data-person-id");
    if (!jens) throw new Error("Jens has no row");
    await katrin.getByTestId(`person-link-${jens}`).click();
    const linkBox = katrin.getByTestId(`person-link-box-${jens}`);
    await expect
      .poll(() => linkBox.getByTestId("personal-link-url").inputValue())
      .toMatch(/\/me#ekd_[A-Za-z0-9_-]{22}$/);
    const link = await linkBox.getByTestId("personal-link-url").inputValue();
    await expect.poll(() => linkBox.locator("img").count()).toBe(1);
    await jensRow.scrollIntoViewIfNeeded();
    await shot(katrin, "facilitator-link");
    await katrin.getByTestId("invite-close").click();

    // The facilitator watches the agreements page.
    await katrin.getByTestId("nav-agreements").click();
    await expect.poll(() => katrin.getByTestId("agreement-card").count()).toBeGreaterThan(0);

    // Jens opens the link on his phone (a fresh browser): the token leaves the address bar, he lands on his agreements.
    const phone = await app.openPage({ width: 390, height: 844 });
    await phone.goto(link);
    await phone.waitForURL(/\/s\/[A-Za-z0-9_-]+\/mine$/);
    expect(phone.url()).not.toContain("#");
    expect(phone.url()).toBe(`${boardUrl}/mine`);
    await expect.poll(() => phone.getByTestId("mine-who").textContent()).toBe("Angemeldet als Jens Albrecht");
    // Only his view: no phases, no room tools.
    expect(await phone.getByTestId("board-nav").count()).toBe(0);
    expect(await phone.getByTestId("phase-stepper").count()).toBe(0);
    const overdue = phone.getByTestId("mine-group-overdue");
    await expect.poll(() => overdue.getByTestId("mine-item").count()).toBe(2);
    expect(await phone.getByTestId("mine-group-review").getByTestId("new-badge").count()).toBeGreaterThan(0);
    await shot(phone, "owner-phone");

    // He reports "in progress" with a comment on the overdue promotion agreement.
    const promo = overdue.getByTestId("mine-item").filter({ hasText: "Aktionsmengen" });
    const agreementId = await promo.getAttribute("data-agreement-id");
    if (!agreementId) throw new Error("no promotion agreement");
    await promo.getByTestId("status-report-open").click();
    await promo.getByRole("radio", { name: "In Arbeit" }).check();
    await promo.getByLabel("Was ist passiert?").fill("Grillsaison jetzt sechs Wochen vorher gemeldet");
    await promo.screenshot({ path: screenshotPath("followup-owner-form") });
    await promo.getByRole("button", { name: "Stand melden" }).click();
    await expect.poll(() => promo.getByTestId("status-report-sent").count()).toBe(1);
    await expect.poll(() => promo.getByTestId("mine-status").textContent()).toBe("In Arbeit");
    await expect.poll(() => phone.getByTestId("connection-status").textContent()).toBe("Online");
    await phone.evaluate(() => window.scrollTo(0, 0));
    await shot(phone, "owner-reported");

    // The facilitator's agreements page shows it live, marked new, from Jens.
    const card = katrin.locator(`[data-testid="agreement-card"][data-agreement-id="${agreementId}"]`);
    await expect.poll(() => card.getByTestId("agreement-status").textContent()).toBe("In Arbeit");
    await expect
      .poll(() => card.getByTestId("latest-update").textContent())
      .toContain("Grillsaison jetzt sechs Wochen");
    expect(await card.getByTestId("latest-update").textContent()).toContain("Jens Albrecht");
    expect(await card.getByTestId("latest-update").getAttribute("data-new")).toBe("true");
    expect(await card.getAttribute("data-overdue")).toBe("true");
    await card.scrollIntoViewIfNeeded();
    await shot(katrin, "facilitator-live");

    // In the review phase the overdue agreements stand out too.
    await katrin.getByTestId("nav-session").click();
    await katrin.getByTestId("phase-review").click();
    const overdueReview = katrin.locator(`[data-testid="review-item"][data-agreement-id="${agreementId}"]`);
    await expect.poll(() => overdueReview.locator('[data-flag="overdue"]').count()).toBe(1);
    expect(await overdueReview.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe("4px");
    await overdueReview.scrollIntoViewIfNeeded();
    await shot(katrin, "facilitator-review");

    // Jens' way to the whole board is there; on a desktop his page reads the same.
    await phone.setViewportSize({ width: 1280, height: 900 });
    await phone.evaluate(() => window.scrollTo(0, 0));
    await shot(phone, "owner-desktop");
    // From the desktop, "Auf dem Handy öffnen" makes his own link for the phone.
    await phone.getByTestId("open-on-phone").click();
    await expect.poll(() => phone.getByTestId("personal-link-url").inputValue()).toMatch(/\/me#ekd_/);
    expect(await phone.getByTestId("personal-link-url").inputValue()).not.toBe(link);
    await expect.poll(() => phone.getByTestId("personal-link-qr").locator("img").count()).toBe(1);
    await shot(phone, "owner-open-on-phone");
    await phone.getByTestId("mine-to-board").click();
    await phone.waitForURL(boardUrl);
    await expect.poll(() => phone.getByTestId("nav-mine").count()).toBe(1);
    expect(await phone.getByTestId("mine-count").getAttribute("data-overdue")).toBe("2");
  });
});
