import { createServer } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { startSmtpSink, type SmtpSink } from "../support/smtpSink.js";

const executablePath = chromiumPath();

/** A port free on loopback right now: the board's public address must name it before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe.runIf(executablePath)("reminders by e-mail, in the browser", () => {
  let sink: SmtpSink | undefined;
  let port = 0;

  beforeAll(async () => {
    sink = await startSmtpSink();
    port = await freePort();
  });

  afterAll(async () => {
    await sink?.close();
  });

  const app = e2eApp(executablePath ?? "", {
    port: () => port,
    env: () => ({
      EINKLANG_SMTP_URL: sink?.url ?? "",
      EINKLANG_MAIL_FROM: "Einklang <einklang@example.com>",
      EINKLANG_PUBLIC_URL: `http://127.0.0.1:${port}`,
    }),
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`mail-${name}`), fullPage: true });

  it("a person enters their address on My agreements, confirms it from the mail that arrives, and the facilitator sees it", async () => {
    const page = await app.openPage({ width: 1280, height: 1000 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    const boardUrl = page.url();

    await page.goto(`${boardUrl}/mine`);
    const panel = page.getByTestId("mail-panel");
    await panel.getByTestId("mail-email").fill("katrin.vogel@example.com");
    await panel.getByTestId("mail-choice-minutes").uncheck();
    await panel.getByTestId("mail-save").click();
    await expect
      .poll(() => panel.getByTestId("mail-status").textContent())
      .toContain("Bitte bestätigen Sie die Adresse");

    const [mail] = (await sink?.waitFor(1)) ?? [];
    expect(mail?.to).toEqual(["katrin.vogel@example.com"]);
    expect(mail?.parsed.subject).toMatch(/^Bitte bestätigen Sie Ihre E-Mail-Adresse für „.+“$/);
    const link = /http:\/\/127\.0\.0\.1:\d+\/mail\/confirm\/ekm_[\w-]{22}/.exec(mail?.parsed.text ?? "")?.[0];
    if (!link) throw new Error(`no confirmation link in ${mail?.parsed.text ?? ""}`);
    await shot(page, "pending");

    // The link from the mail, opened in the browser: a page asks, a button confirms.
    const confirmPage = await app.openPage();
    await confirmPage.goto(link);
    await confirmPage.getByTestId("confirm").click();
    await expect.poll(() => confirmPage.getByTestId("confirmed").textContent()).toContain("Ihre Adresse ist bestätigt");

    await page.reload();
    await expect
      .poll(() => page.getByTestId("mail-status").textContent())
      .toBe("Bestätigt: Mails gehen an katrin.vogel@example.com.");
    expect(await page.getByTestId("mail-choice-minutes").isChecked()).toBe(false);
    await page.getByTestId("mail-panel").scrollIntoViewIfNeeded();
    await shot(page, "confirmed");

    // The facilitator's people page: who gets mail and how the outbox stands.
    await page.goto(boardUrl);
    await page.getByTestId("nav-people").click();
    const people = page.getByTestId("mail-people");
    await expect.poll(() => people.getByTestId("mail-people-list").textContent()).toContain("katrin.vogel@example.com");
    await expect
      .poll(() => people.getByTestId("mail-outbox").textContent())
      .toBe("Keine Mail wartet. Zuletzt versandt: 1.");
    await people.scrollIntoViewIfNeeded();
    await shot(page, "facilitator");
  });
});
