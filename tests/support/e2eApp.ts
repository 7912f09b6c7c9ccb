import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { spawnServer, type ServerProcess } from "./server.js";
import { ProtocolClient } from "./protocolClient.js";
import { storageTargets, type StorageTarget } from "./storages.js";

const built = resolve(import.meta.dirname, "../../client/dist/index.html");

/** The app as `npm start` serves it (own process, SQLite) and Chromium, for one e2e suite. */
export interface E2eApp {
  server(): ServerProcess;
  /** Starts the server again on its port (after a kill). */
  restart(): Promise<ServerProcess>;
  /** A fresh browser context (its own person), German locale. */
  openPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** An invite link for a role, made with the device token of the facilitator's page (as the invite panel does). */
  inviteUrl(facilitatorPage: Page, role: "facilitator" | "participant" | "observer"): Promise<string>;
  /** Opens an invite link in a fresh browser and joins under `name`; resolves on the board. */
  joinAs(link: string, name: string): Promise<Page>;
}

/** What a suite may set for its server: a fixed port and more environment (read when the suite starts). */
export interface E2eServerOptions {
  port?: () => number;
  env?: () => Record<string, string>;
}

/** Registers the suite's setup and teardown; call it inside `describe`. */
export function e2eApp(executablePath: string, options: E2eServerOptions = {}): E2eApp {
  let target: StorageTarget | undefined;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(built)) throw new Error("client/dist is missing: npm test builds it first (vite build)");
    const sqlite = storageTargets()[0];
    if (!sqlite) throw new Error("no SQLite target");
    target = await sqlite[1]();
    server = await spawnServer(target, options.port?.() ?? 0, options.env?.() ?? {});
    browser = await launchChromium(executablePath);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.kill();
    await target?.cleanup();
  });

  return {
    server() {
      if (!server) throw new Error("server not started");
      return server;
    },
    async restart() {
      if (!server || !target) throw new Error("server not started");
      server = await spawnServer(target, server.port, options.env?.() ?? {});
      return server;
    },
    async openPage(viewport = { width: 1280, height: 860 }) {
      if (!browser) throw new Error("browser not started");
      const context = await browser.newContext({ viewport, locale: "de-DE" });
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (error) => console.error(`[browser] ${error.message}`));
      return page;
    },
    async inviteUrl(facilitatorPage, role) {
      const seriesId = /\/s\/([A-Za-z0-9_-]+)/.exec(facilitatorPage.url())?.[1];
      if (!seriesId) throw new Error(`not on a board: ${facilitatorPage.url()}`);
      const stored = await facilitatorPage.evaluate((key) => localStorage.getItem(key), `einklang.device.${seriesId}`);
      const device = JSON.parse(stored ?? "null") as { token: string; personId: string } | null;
      if (!device) throw new Error("the facilitator's page holds no device token");
      const url = this.server().url;
      const client = new ProtocolClient(url, seriesId, device.personId, device.token);
      try {
        await client.connect();
        return `${url}/join#${await client.invite(role)}`;
      } finally {
        client.disconnect();
      }
    },
    async joinAs(link, name) {
      const page = await this.openPage();
      await page.goto(link);
      await page.getByTestId("join-name").fill(name);
      await page.getByRole("button", { name: "Teilnehmen" }).click();
      await page.waitForURL(/\/s\/[A-Za-z0-9_-]+$/);
      return page;
    },
  };
}
