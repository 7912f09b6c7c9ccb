import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

/** Screenshots for people to look at (test-results/, not asserted on). */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(`room-${name}`) });
}

describe.runIf(executablePath)("the room in several browsers", () => {
  const app = e2eApp(executablePath ?? "");

  async function createSeries(name: string): Promise<Page> {
    const page = await app.openPage({ width: 1440, height: 900 });
    await page.goto(app.server().url);
    await page.getByLabel("Name der Reihe").fill(name);
    await page.getByLabel("Ihr Name").fill("Katrin Vogel");
    await page.getByRole("button", { name: "Reihe anlegen" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await page.getByTestId("session-add-date").fill("2026-11-23");
    await page.getByTestId("session-add-submit").click();
    return page;
  }

  async function addCase(page: Page, title: string): Promise<string> {
    const form = page.getByTestId("add-case-form");
    await form.getByLabel("Titel des Falls").fill(title);
    await form.getByRole("button", { name: "Fall hinzufügen" }).click();
    const card = page.getByTestId("case-card").filter({ has: page.locator(`input[value="${title}"]`) });
    await expect.poll(() => card.count()).toBe(1);
    const id = await card.getAttribute("data-item-id");
    if (!id) throw new Error("case card without id");
    return id;
  }

  function view(page: Page, name: "Sicht des Vertriebs" | "Sicht der Produktion") {
    return page.getByTestId("case-card").getByRole("textbox", { name, exact: true });
  }

  const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);

  it("a field with a resting cursor takes the other person's text; only typing at the same time asks, and keeps what was typed", async () => {
    const katrin = await createSeries("Erfahrungsworkshop Nord");
    await katrin.getByTestId("phase-cases").click();
    const caseId = await addCase(katrin, "Eilauftrag Müller");
    const bernd = await app.joinAs(await app.inviteUrl(katrin, "participant"), "Bernd Lindner");
    await expect.poll(() => bernd.getByTestId("case-card").count()).toBe(1);
    for (const page of [katrin, bernd]) await page.getByTestId("case-expand").click();

    // Katrin tabs from the sales view into the untouched production view and leaves the cursor there.
    await view(katrin, "Sicht des Vertriebs").click();
    await katrin.keyboard.press("Tab");
    expect(await focusedLabel(katrin)).toBe("Sicht der Produktion");

    // Bernd types there: Katrin sees it is him typing, then his text, without any notice.
    const text = "Linie 3 war mit dem Aktionsgeschäft voll belegt";
    await view(bernd, "Sicht der Produktion").click();
    const typing = view(bernd, "Sicht der Produktion").pressSequentially(text, { delay: 60 });
    await expect.poll(() => katrin.getByTestId(`typing-${caseId}`).count()).toBe(1);
    expect(await katrin.getByTestId(`typing-${caseId}`).textContent()).toContain("Bernd Lindner");
    await typing;
    await expect.poll(() => view(katrin, "Sicht der Produktion").inputValue()).toBe(text);
    expect(await katrin.getByTestId("field-conflict").count()).toBe(0);
    expect(await focusedLabel(katrin)).toBe("Sicht der Produktion");
    // He stops typing (the cursor stays in the field): "tippt …" goes away.
    await expect.poll(() => katrin.getByTestId(`typing-${caseId}`).count(), { timeout: 10_000 }).toBe(0);
    expect(await focusedLabel(bernd)).toBe("Sicht der Produktion");

    // Leaving the field now writes nothing back: Bernd's text stays for everyone.
    await katrin.keyboard.press("Tab");
    await expect.poll(() => view(bernd, "Sicht der Produktion").inputValue()).toBe(text);

    // Both type in the field at the same time: now Katrin is asked, and she keeps what she typed.
    await view(katrin, "Sicht der Produktion").click();
    await katrin.keyboard.press("End");
    const addition = " – Rücksprache mit der Planung fehlte, so Katrin Vogel aus dem Vertrieb";
    const katrinTyping = katrin.keyboard.type(addition, { delay: 80 });
    await expect.poll(() => view(katrin, "Sicht der Produktion").inputValue()).toContain(" – Rück");
    await view(bernd, "Sicht der Produktion").fill("Linie 3 war voll belegt");
    await bernd.keyboard.press("Control+Enter");
    await expect.poll(() => katrin.getByTestId("field-conflict").count()).toBe(1);
    await katrinTyping;
    expect(await katrin.getByTestId("field-conflict").textContent()).toContain("Bernd Lindner");
    expect(await view(katrin, "Sicht der Produktion").inputValue()).toBe(text + addition);
    await shot(katrin, "conflict-1440x900");
    await katrin.setViewportSize({ width: 390, height: 844 });
    await katrin.getByTestId("field-conflict").scrollIntoViewIfNeeded();
    await shot(katrin, "conflict-390x844");
    await katrin.setViewportSize({ width: 1440, height: 900 });
    await katrin.getByRole("button", { name: "Meine behalten" }).click();
    await expect.poll(() => view(bernd, "Sicht der Produktion").inputValue()).toBe(text + addition);
    expect(await katrin.getByTestId("field-conflict").count()).toBe(0);
  });

  it("session 2 starts clean at its check-in: no vote, no timer, no breakouts, for everyone", async () => {
    const katrin = await createSeries("Erfahrungsworkshop Süd");
    const bernd = await app.joinAs(await app.inviteUrl(katrin, "participant"), "Bernd Lindner");
    await katrin.getByTestId("phase-cases").click();
    const caseId = await addCase(katrin, "Reklamation Charge 4711");
    await katrin.getByTestId("room-tool-timer").click();
    await katrin.getByTestId("timer-minutes").fill("5");
    await katrin.getByTestId("timer-start").click();
    await katrin.getByTestId("room-tool-vote").click();
    await katrin.getByTestId("vote-dots").fill("2");
    await katrin.getByTestId("vote-open").click();
    await expect.poll(() => bernd.getByTestId(`vote-dot-${caseId}`).count()).toBe(1);
    await bernd.getByTestId(`vote-dot-${caseId}`).click();
    await expect.poll(() => katrin.getByTestId("vote-voters").textContent()).toContain("1");
    await katrin.getByTestId("vote-reveal").click();
    await expect.poll(() => bernd.getByTestId(`vote-total-${caseId}`).getAttribute("data-total")).toBe("1");
    await expect.poll(() => bernd.getByTestId("timer-display").count()).toBeGreaterThan(0);

    // Session 1 closes; session 2 is planned and opens at its check-in.
    await katrin.getByTestId("phase-close").click();
    await katrin.getByTestId("session-close").click();
    if ((await katrin.getByTestId("session-close-confirm").count()) > 0) {
      await katrin.getByTestId("session-close-confirm").click();
    }
    await expect.poll(() => katrin.getByTestId("session-closed").count()).toBe(1);
    await katrin.getByTestId("session-add-open").click();
    await katrin.getByTestId("session-add-date").fill("2027-01-18");
    await katrin.getByTestId("session-add-submit").click();
    await expect.poll(() => katrin.getByTestId("phase-check_in").getAttribute("aria-current")).toBe("step");
    for (const page of [katrin, bernd]) {
      await expect.poll(() => page.getByTestId("phase-check_in").getAttribute("aria-current")).toBe("step");
      await expect.poll(() => page.getByTestId("timer-display").count()).toBe(0);
      expect(await page.getByTestId("vote-status").count()).toBe(0);
      expect(await page.locator('[data-testid^="vote-total-"]').count()).toBe(0);
      expect(await page.getByTestId("breakout-banner").count()).toBe(0);
    }
    await shot(katrin, "session2-checkin-1440x900");
    await katrin.setViewportSize({ width: 390, height: 844 });
    await katrin.getByTestId("phase-check_in").scrollIntoViewIfNeeded();
    await shot(katrin, "session2-checkin-390x844");
    await shot(bernd, "session2-checkin-participant-1440x900");
  });
});
