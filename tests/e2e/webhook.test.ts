import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, screenshotPath } from "../support/browser.js";
import { e2eApp } from "../support/e2eApp.js";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhookReceiver.js";

const executablePath = chromiumPath();

describe.runIf(executablePath)("a Teams webhook, set in the browser", () => {
  let receiver: WebhookReceiver | undefined;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    await receiver?.close();
  });

  const app = e2eApp(executablePath ?? "", { env: () => ({ EINKLANG_WEBHOOK_ALLOW_LOOPBACK: "true" }) });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: screenshotPath(`webhook-${name}`), fullPage: true });

  it("a facilitator refuses a bad address, sets the webhook, sees only its host, and the test post arrives", async () => {
    if (!receiver) throw new Error("no receiver");
    const page = await app.openPage({ width: 1280, height: 1000 });
    await page.goto(app.server().url);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await page.getByTestId("nav-people").click();
    const panel = page.getByTestId("webhook-panel");
    await expect.poll(() => panel.getByTestId("webhook-state").textContent()).toBe("Kein Webhook gesetzt.");

    // A private address is refused with the server's reason.
    await panel.getByTestId("webhook-url").fill("https://10.0.0.7/hook");
    await panel.getByTestId("webhook-save").click();
    await expect.poll(() => panel.getByTestId("webhook-problem").textContent()).toMatch(/public host/);

    await panel.getByTestId("webhook-kind").selectOption("teams");
    await panel.getByTestId("webhook-url").fill(receiver.url);
    await panel.getByTestId("webhook-save").click();
    await expect
      .poll(() => panel.getByTestId("webhook-state").textContent())
      .toBe(`Teams: …127.0.0.1:${receiver.port}`);
    expect(await panel.getByTestId("webhook-url").inputValue()).toBe("");
    expect(await page.content()).not.toContain("T0SECRET");

    await panel.getByRole("button", { name: "Test senden" }).click();
    await expect.poll(() => panel.getByTestId("webhook-notice").textContent()).toBe("Testnachricht zugestellt.");
    const [post] = await receiver.waitFor(1);
    expect(post?.body).toMatchObject({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: { version: "1.4" } }],
    });
    expect(JSON.stringify(post?.body)).toContain("Testnachricht aus „S&OP-Runde");
    await panel.scrollIntoViewIfNeeded();
    await shot(page, "1280");

    // The receiver answers 404: the facilitator reads why.
    receiver.status = 404;
    await panel.getByRole("button", { name: "Test senden" }).click();
    await expect
      .poll(() => panel.getByTestId("webhook-problem").textContent())
      .toBe("Testnachricht nicht zugestellt: HTTP 404");
    receiver.status = 200;

    await page.setViewportSize({ width: 390, height: 844 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: screenshotPath("webhook-390-panel") });
  });
});
