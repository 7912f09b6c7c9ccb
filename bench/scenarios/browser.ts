import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromiumPath, launchChromium } from "../../tests/support/browser.js";
import type { FiveYearSeries } from "../load/fiveYearSeries.js";
import { ms, summarize } from "../measure/latency.js";
import { figure, type ScenarioResult } from "../report/figures.js";
import type { BenchServers } from "../servers/benchServers.js";

const dist = resolve(import.meta.dirname, "../../client/dist");
const LOADS = 3;

/** Gzipped size (level 9, as a browser would fetch it) of some of the built client's JavaScript files. */
function gzipOf(files: readonly string[]): { files: number; rawBytes: number; gzipBytes: number } {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(resolve(dist, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.length, rawBytes, gzipBytes };
}

/**
 * The built client's JavaScript: what the board loads (the scripts and
 * module preloads index.html names) and all of it (with the pages that load
 * their code only when opened, such as the results charts).
 */
export function clientGzipBytes(): {
  board: ReturnType<typeof gzipOf>;
  all: ReturnType<typeof gzipOf>;
} {
  const html = readFileSync(resolve(dist, "index.html"), "utf8");
  const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  const every = readdirSync(resolve(dist, "assets"))
    .filter((name) => name.endsWith(".js"))
    .map((name) => `assets/${name}`);
  return { board: gzipOf(named), all: gzipOf(every) };
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
  const sizeFigures = [
    figure("board JS gzip", ms(size.board.gzipBytes / 1024, 1), "KB", 250),
    figure("all client JS gzip", ms(size.all.gzipBytes / 1024, 1), "KB"),
  ];
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
      `the board loads ${size.board.files} JS file(s), ${(size.board.rawBytes / 1024).toFixed(0)} KB raw; ` +
        `${size.all.files} JS files in all (the rest load with the pages that need them); ${LOADS} loads of the five-year series ` +
        `(${series.events} events), each in a fresh browser context, navigation → [data-testid="phase-stepper"] visible`,
    ],
    details: { size, loads: loads.map((l) => ms(l, 0)) },
  };
}
