import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";

const inCi = process.env.CI === "true" || process.env.CI === "1";
const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium; under CI a missing one fails the run, elsewhere the suite skips loudly. */
export function chromiumPath(): string | undefined {
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path ?? ""));
  if (found) return found;
  if (inCi) throw new Error("CI needs Chromium (apt-get install chromium): the browser suites must not be skipped");
  console.warn("\n*** Chromium not found: SKIPPING the end-to-end suites (apt-get install chromium) ***\n");
  return undefined;
}

/** Launches headless Chromium with the flags this machine needs (no network beyond loopback). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Where tests put their screenshots (looked at by people, not asserted on). */
export function screenshotPath(name: string): string {
  const dir = resolve(import.meta.dirname, "../../test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  return resolve(dir, `${name}.png`);
}
