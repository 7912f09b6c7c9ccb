import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium, screenshotPath } from "../support/browser.js";
import { nginxPath, startLoadBalancer, type LoadBalancer } from "../support/loadBalancer.js";
import { ProtocolClient } from "../support/protocolClient.js";
import { spawnServer, type ServerProcess } from "../support/server.js";
import { freshPostgresDatabase, postgresUrl, redisUrl } from "../support/services.js";
import type { StorageTarget } from "../support/storages.js";

const executablePath = chromiumPath();
const pgBase = postgresUrl();
const redis = redisUrl();
const nginx = nginxPath();

describe.runIf(executablePath && pgBase && redis && nginx)("browsers through nginx in front of two instances", () => {
  let target: StorageTarget;
  let instances: ServerProcess[] = [];
  let balancer: LoadBalancer;
  let browser: Browser;
  const env = { REDIS_URL: redis ?? "", EINKLANG_TRUST_PROXY: "loopback" };

  beforeAll(async () => {
    const db = await freshPostgresDatabase(pgBase ?? "");
    target = { kind: "postgres", dataDir: "", databaseUrl: db.url, cleanup: db.drop };
    instances = [await spawnServer(target, 0, env), await spawnServer(target, 0, env)];
    balancer = await startLoadBalancer(
      nginx ?? "",
      instances.map(({ port }) => port),
    );
    browser = await launchChromium(executablePath ?? "");
  });

  afterAll(async () => {
    await browser?.close();
    await balancer?.stop();
    for (const instance of instances) await instance.kill();
    await target?.cleanup();
  });

  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "de-DE" });
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error(`[browser] ${error.message}`));
    return page;
  }

  async function addCase(page: Page, title: string): Promise<void> {
    const form = page.getByTestId("add-case-form");
    await form.getByLabel("Titel des Falls").fill(title);
    await form.getByRole("button", { name: "Fall hinzufügen" }).click();
  }

  const caseTitles = (page: Page) =>
    page
      .getByTestId("case-card")
      .getByLabel("Titel", { exact: true })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).sort());

  it("two people keep working on one board while first one instance and then the other is killed", async () => {
    const anna = await openPage();
    await anna.goto(balancer.url);
    await anna.getByLabel("Name der Reihe").fill("S&OP-Runde Werk Nord");
    await anna.getByLabel("Ihr Name").fill("Anna Berger");
    await anna.getByRole("button", { name: "Reihe anlegen" }).click();
    await anna.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
    await anna.getByTestId("session-add-date").fill("2026-12-01");
    await anna.getByTestId("session-add-submit").click();
    await anna.getByTestId("phase-cases").click();

    const seriesId = /\/s\/([A-Za-z0-9_-]+)/.exec(anna.url())?.[1] ?? "";
    const stored = await anna.evaluate((key) => localStorage.getItem(key), `einklang.device.${seriesId}`);
    const device = JSON.parse(stored ?? "null") as { token: string; personId: string };
    const inviter = new ProtocolClient(balancer.url, seriesId, device.personId, device.token);
    await inviter.connect();
    const link = `${balancer.url}/join#${await inviter.invite("participant")}`;
    inviter.disconnect();

    const bernd = await openPage();
    await bernd.goto(link);
    await bernd.getByTestId("join-name").fill("Bernd Krause");
    await bernd.getByRole("button", { name: "Teilnehmen" }).click();
    await bernd.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);

    const expected: string[] = [];
    // Each instance dies once while both browsers are open: whichever one a browser was on, it lives through it.
    for (const round of [0, 1]) {
      const victim = instances[round] as ServerProcess;
      await victim.kill();
      for (const [page, name] of [
        [anna, "Anna"],
        [bernd, "Bernd"],
      ] as const) {
        const title = `${name} nach Ausfall ${round + 1}`;
        await addCase(page, title);
        expected.push(title);
      }
      expected.sort();
      for (const page of [anna, bernd]) {
        await expect.poll(() => caseTitles(page), { timeout: 30_000 }).toEqual(expected);
        await expect
          .poll(() => page.getByTestId("connection-status").getAttribute("data-status"), { timeout: 30_000 })
          .toBe("online");
        await expect.poll(() => page.getByTestId("unsaved-count").count()).toBe(0);
      }
      instances[round] = await spawnServer(target, victim.port, env);
    }
    await anna.screenshot({ path: screenshotPath("load-balancer-anna"), fullPage: true });

    // A reload through nginx shows what the database holds.
    await bernd.reload();
    try {
      await expect.poll(() => caseTitles(bernd), { timeout: 30_000 }).toEqual(expected);
    } finally {
      await bernd.screenshot({ path: screenshotPath("load-balancer-bernd-reloaded"), fullPage: true });
    }
  });
});
