import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("a facilitated workshop in three browsers", () => {
  const app = e2eApp(executablePath ?? "");

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`facilitation-${name}`), fullPage: true });

  async function join(link: string, name: string, org: string, fn: string): Promise<Page> {
    const page = await app.openPage({ width: 1280, height: 900 });
    await page.goto(link);
    await expect.poll(() => page.url()).not.toContain("#");
    await page.getByTestId("join-name").fill(name);
    await page.getByTestId("join-new-org").fill(org);
    await page.getByTestId("join-function").selectOption(fn);
    await page.getByRole("button", { name: "Teilnehmen" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
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

  it("invite, join, phases, spotlight, dot voting, breakouts and the projector, live for everyone", async () => {
    // The facilitator creates the series and makes a participant link, with its QR code.
    const katrin = await app.openPage({ width: 1400, height: 1000 });
    await katrin.goto(app.server().url);
    await katrin.getByLabel("Name der Reihe").fill("Erfahrungsworkshop Nord");
    await katrin.getByLabel("Ihr Name").fill("Katrin Vogel");
    await katrin.getByRole("button", { name: "Reihe anlegen" }).click();
    await katrin.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    const boardUrl = katrin.url();
    await katrin.getByTestId("invite-open").click();
    await katrin.getByTestId("invite-create-participant").click();
    const link = await katrin.getByTestId("invite-link").inputValue();
    expect(link).toMatch(/\/join#ekp_/);
    await katrin.getByTestId("invite-qr").click();
    await expect.poll(() => katrin.getByTestId("invite-qr-code").count()).toBe(1);
    await shot(katrin, "invite-panel");

    // Two people of different companies and sides join through it.
    const anna = await join(link, "Anna Hansen", "Feinkost Hansen", "sales");
    const bernd = await join(link, "Bernd Lindner", "Hofmolkerei Lindner", "operations");
    expect(anna.url()).toBe(boardUrl);
    await expect.poll(() => katrin.getByTestId("invite-joined").first().textContent()).toContain("2");
    await katrin.getByTestId("invite-close").click();
    await expect.poll(() => katrin.getByTestId("online-person").count()).toBe(3);

    // Only the facilitator steps the phases; everyone sees the step.
    await katrin.getByTestId("session-add-date").fill("2026-11-23");
    await katrin.getByTestId("session-add-submit").click();
    await expect.poll(() => anna.getByTestId("phase-stepper").count()).toBe(1);
    await expect.poll(() => anna.getByTestId("phase-cases").isDisabled()).toBe(true);
    await katrin.getByTestId("phase-cases").click();
    await expect.poll(() => bernd.getByTestId("phase-cases").getAttribute("aria-current")).toBe("step");
    const rush = await addCase(katrin, "Eilauftrag Müller");
    const complaint = await addCase(katrin, "Reklamation Charge 4711");
    await expect.poll(() => bernd.getByTestId("case-card").count()).toBe(2);

    // Spotlight: everyone's view jumps to the case; a participant wanders off and comes back with one click.
    await anna.getByTestId("nav-goals").click();
    await katrin.getByTestId(`room-spotlight-${complaint}`).click();
    await expect.poll(() => anna.getByTestId(`room-spotlight-badge-${complaint}`).count()).toBe(1);
    await expect.poll(() => bernd.getByTestId(`room-spotlight-badge-${complaint}`).count()).toBe(1);
    await anna.getByTestId("nav-goals").click();
    await expect.poll(() => anna.getByTestId("follow-return").count()).toBe(1);
    await anna.getByTestId("follow-return").click();
    await expect.poll(() => anna.getByTestId(`room-spotlight-badge-${complaint}`).count()).toBe(1);

    // A shared timer.
    await katrin.getByTestId("room-tool-timer").click();
    await katrin.getByTestId("timer-minutes").fill("5");
    await katrin.getByTestId("timer-set").click();
    await katrin.getByTestId("timer-start").click();
    await expect.poll(() => bernd.getByTestId("timer-display").first().textContent()).toMatch(/4:5\d|5:00/);

    // Dot voting: nobody sees anyone's dots before the reveal.
    await katrin.getByTestId("room-tool-vote").click();
    await katrin.getByTestId("vote-dots").fill("2");
    await katrin.getByTestId("vote-stacking").check();
    await katrin.getByTestId("vote-open").click();
    await expect.poll(() => anna.getByTestId(`vote-dot-${rush}`).count()).toBe(1);
    await anna.getByTestId(`vote-dot-${rush}`).click();
    await anna.getByTestId(`vote-dot-${rush}`).click();
    await bernd.getByTestId(`vote-dot-${complaint}`).click();
    await expect.poll(() => katrin.getByTestId("vote-voters").textContent()).toContain("2");
    for (const page of [katrin, bernd]) {
      expect(await page.locator('[data-testid^="vote-total-"]').count()).toBe(0);
      expect(await page.content()).not.toContain("Anna Hansen hat");
    }
    await shot(bernd, "participant-voting");
    await katrin.getByTestId("vote-reveal").click();
    for (const page of [katrin, anna, bernd]) {
      await expect.poll(() => page.getByTestId(`vote-total-${rush}`).getAttribute("data-total")).toBe("2");
      await expect.poll(() => page.getByTestId(`vote-total-${complaint}`).getAttribute("data-total")).toBe("1");
    }
    await shot(katrin, "facilitator-revealed");

    // Breakouts: two groups, each on a case; back in plenum.
    await katrin.getByTestId("room-tool-breakout").click();
    await katrin.getByTestId("breakout-count").fill("2");
    await katrin.getByTestId("breakout-mix").click();
    await katrin.getByTestId("breakout-case-0").selectOption(rush);
    await katrin.getByTestId("breakout-case-1").selectOption(complaint);
    await katrin.getByTestId("breakout-start").click();
    await expect.poll(() => anna.getByTestId("breakout-banner").count()).toBe(1);
    await expect.poll(() => bernd.getByTestId("breakout-banner").count()).toBe(1);
    await expect.poll(() => katrin.getByTestId("breakout-overview").count()).toBe(1);
    await shot(anna, "participant-breakout");
    await shot(katrin, "facilitator-breakout");
    await katrin.getByTestId("breakout-end").click();
    await expect.poll(() => anna.getByTestId("breakout-banner").count()).toBe(0);
    await expect.poll(() => bernd.getByTestId("case-card").count()).toBe(2);

    // The projector, opened on the facilitator's device: read-only, following, with the QR code.
    const projector = await katrin.context().newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(`${boardUrl}/projector`);
    await expect.poll(() => projector.getByTestId("projector-screen").count()).toBe(1);
    await expect.poll(() => projector.getByTestId("projector-spotlight").textContent()).toContain("Reklamation");
    await expect.poll(() => projector.getByTestId("projector-qr").count()).toBe(1);
    await expect.poll(() => projector.getByTestId("projector-timer").textContent()).toMatch(/\d:\d\d/);
    await katrin.getByTestId(`room-spotlight-${rush}`).click();
    await expect.poll(() => projector.getByTestId("projector-spotlight").textContent()).toContain("Eilauftrag");
    await shot(projector, "projector");

    // The beamer PC gets its own projector link: it joins as a guest and shows the big screen.
    await katrin.getByTestId("invite-open").click();
    await katrin.getByTestId("invite-projector-link").click();
    const projectorLink = await katrin.getByTestId("invite-projector-url").inputValue();
    expect(projectorLink).toMatch(/\/join#eko_[A-Za-z0-9_-]+&projector&invite=ekp_[A-Za-z0-9_-]+$/);
    await katrin.getByTestId("invite-close").click();
    const beamer = await app.openPage({ width: 1920, height: 1080 });
    await beamer.goto(projectorLink);
    await beamer.waitForURL(/\/s\/[A-Za-z0-9_-]+\/projector$/);
    await expect.poll(() => beamer.getByTestId("projector-spotlight").textContent()).toContain("Eilauftrag");
    // With nothing but the projector link, the beamer shows the participant link as a QR code, and it works.
    await expect.poll(() => beamer.getByTestId("projector-qr").count()).toBe(1);
    expect(await beamer.getByTestId("projector-no-invite").count()).toBe(0);
    const shownLink = (await beamer.getByTestId("projector-link").textContent()) ?? "";
    expect(shownLink).toMatch(/\/join#ekp_[A-Za-z0-9_-]+$/);
    const scanner = await app.openPage({ width: 390, height: 844 });
    await scanner.goto(shownLink);
    await expect.poll(() => scanner.getByTestId("join-name").count()).toBe(1);
    await shot(beamer, "beamer");
    await shot(katrin, "facilitator");
    await shot(anna, "participant");
  });
});
