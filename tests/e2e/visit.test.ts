import type { Page } from "playwright-core";
import { nanoid } from "nanoid";
import { describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { createSeries } from "../support/e2eSteps.js";
import { ProtocolClient } from "../support/protocolClient.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("a peer visit's tour, on the host's screen and a guest's phone", () => {
  const app = e2eApp(executablePath ?? "");

  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`visit-${name}`), fullPage: true });

  /** Sends commands as the person whose device the page holds (the setup a facilitator would click together). */
  async function sendAs(page: Page, commands: ClientCommand[]): Promise<void> {
    const seriesId = /\/s\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? "";
    const stored = await page.evaluate((key) => localStorage.getItem(key), `einklang.device.${seriesId}`);
    const device = JSON.parse(stored ?? "null") as { token: string; personId: string } | null;
    if (!device) throw new Error("the page holds no device token");
    const client = new ProtocolClient(app.server().url, seriesId, device.personId, device.token);
    try {
      await client.connect();
      for (const command of commands) {
        const reply = await client.send(command);
        if (!reply.ok) throw new Error(`${command.type}: ${reply.error.message}`);
      }
    } finally {
      client.disconnect();
    }
  }

  it("the host's facilitator steps to a station; a guest on a 390 px phone writes an observation there, the host sees it live", async () => {
    const hilde = await app.openPage({ width: 1280, height: 900 });
    await createSeries(hilde, app.server().url, "Betriebsbesuche Milch", "Hilde Berg");
    const me = await hilde.evaluate(
      () =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith("einklang.device."))
          .map((k) => (JSON.parse(localStorage.getItem(k) ?? "{}") as { personId?: string }).personId)[0],
    );
    const [host, visitor, sessionId, lager, tor] = [nanoid(12), nanoid(12), nanoid(12), nanoid(12), nanoid(12)];
    await sendAs(hilde, [
      { type: "org.add", orgId: host, name: "Molkerei Berg" },
      { type: "org.add", orgId: visitor, name: "Feinkost Hansen" },
      { type: "person.update", personId: me ?? "", changes: { orgId: host } },
      { type: "session.add", sessionId, values: { date: "2026-12-10", kind: "peer_visit", hostOrgId: host } },
      {
        type: "station.add",
        sessionId,
        stationId: lager,
        values: { name: "Wareneingang", place: "Halle 1", lookAt: "Kanban-Tafel am Tor", timeBoxMin: 20 },
      },
      { type: "station.add", sessionId, stationId: tor, values: { name: "Abfüllung", timeBoxMin: 30 } },
    ]);
    await expect.poll(() => hilde.getByTestId(`visit-station-${lager}`).count()).toBe(1);

    const guest = await app.openPage({ width: 390, height: 844 });
    await guest.goto(await app.inviteUrl(hilde, "observer"));
    await guest.getByTestId("join-name").fill("Gustav Gast");
    await guest.getByRole("button", { name: "Teilnehmen" }).click();
    await guest.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => guest.getByTestId("visit-tour").isVisible()).toBe(true);
    // A guest does not steer the tour nor shape it.
    expect(await guest.getByTestId("visit-step").count()).toBe(0);
    expect(await guest.getByTestId("visit-station-form").count()).toBe(0);

    await hilde.getByTestId(`visit-station-${lager}`).getByTestId("visit-step").click();
    const current = guest.getByTestId(`visit-station-${lager}`);
    await expect.poll(() => current.getAttribute("aria-current")).toBe("step");
    await expect.poll(() => current.textContent()).toContain("Hier sind wir");

    await current.getByLabel("Was würden wir anders machen?").check();
    await current.getByTestId("visit-observe-text").fill("Die Kanban-Tafel hängt direkt am Tor – bei uns im Büro.");
    await current.getByTestId("visit-observe-submit").click();

    const seen = hilde.getByTestId(`visit-station-${lager}`).getByTestId("visit-observation");
    await expect.poll(() => seen.textContent()).toContain("Die Kanban-Tafel hängt direkt am Tor");
    expect(await seen.textContent()).toContain("Was würden wir anders machen?");
    expect(await seen.textContent()).toContain("Gustav Gast");
    // The phone's page fits its width: nothing runs off the right edge.
    expect(await guest.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await guest.getByTestId("visit-tour").scrollIntoViewIfNeeded();
    await shot(guest, "guest-390");
    await hilde.getByTestId("visit-tour").scrollIntoViewIfNeeded();
    await shot(hilde, "host-1280");

    // The guest corrects their own card; the host reads the new text.
    await current.getByRole("button", { name: "Ändern" }).click();
    await current
      .getByLabel("Beobachtung", { exact: true })
      .first()
      .fill("Die Kanban-Tafel hängt direkt am Tor, nicht im Büro.");
    await current.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => seen.textContent()).toContain("nicht im Büro");

    // The host takes the observation over as a case of its own.
    await hilde.getByTestId("visit-to-case").click();
    await expect.poll(() => guest.getByTestId("visit-observation").textContent()).toContain("Als Fall übernommen");
  });
});
