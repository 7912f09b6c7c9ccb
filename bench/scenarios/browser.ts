import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromiumPath, launchChromium } from "../../tests/support/browser.js";
import type { FiveYearSeries } from "../load/fiveYearSeries.js";
import { ms, summarize } from "../measure/latency.js";
import { figure, type ScenarioResult } from "../report/figures.js";
import type { BenchServers } from "../servers/benchServers.js";

const assets = resolve(import.meta.dirname, "../../client/dist/assets");
const LOADS = 3;

/** The built client's JavaScript, gzipped (level 9) as a browser would fetch it. */
export function clientGzipBytes(): { files: number; rawBytes: number; gzipBytes: number } {
  const files = readdirSync(assets).filter((name) => name.endsWith(".js"));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of files) {
    const content = readFileSync(resolve(assets, name));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, rawBytes, gzipBytes };
}

/**
 * Browser: the client's size, and how long headless Chromium takes from
 * navigating to the five-year series' board until its phase stepper shows.
 */
export async function browserBoard(
  servers: BenchServers,
  series: FiveYearSeries,
  storage: string,
): Promise<ScenarioResult> {
  const [url] = servers.urls;
  if (!url) throw new Error("no server");
  const size = clientGzipBytes();
  const sizeFigures = [figure("client JS gzip", ms(size.gzipBytes / 1024, 1), "KB", 250)];
  const executable = chromiumPath();
  if (!executable) {
    return {
      scenario: "browser",
      storage,
      instances: 1,
      figures: sizeFigures,
      notes: ["Chromium not found: load time not measured"],
      details: { size },
    };
  }
  const browser = await launchChromium(executable);
  const loads: number[] = [];
  try {
    for (let i = 0; i < LOADS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "de-DE" });
      try {
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(`${url}/s/${series.seriesId}#device=${series.token}`, { waitUntil: "commit" });
        await page.locator('[data-testid="phase-stepper"]').first().waitFor({ state: "visible", timeout: 60_000 });
        loads.push(performance.now() - started);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const load = summarize(loads);
  return {
    scenario: "browser",
    storage,
    instances: 1,
    figures: [
      ...sizeFigures,
      figure("board interactive, first load", ms(loads[0] ?? Number.NaN, 0), "ms"),
      figure("board interactive, median", ms(load.p50, 0), "ms", 1500),
    ],
    notes: [
      `${size.files} JS files, ${(size.rawBytes / 1024).toFixed(0)} KB raw; ${LOADS} loads of the five-year series ` +
        `(${series.events} events), each in a fresh browser context, navigation → [data-testid="phase-stepper"] visible`,
    ],
    details: { size, loads: loads.map((l) => ms(l, 0)) },
  };
}
