import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import type { BenchOptions } from "../options.js";
import { met, type ScenarioResult } from "./figures.js";

const resultsDir = resolve(import.meta.dirname, "../results");

/** Writes the run to bench/results/<ISO date>[-quick].json and returns the path. */
export function recordResults(
  started: Date,
  options: BenchOptions,
  storages: string[],
  results: ScenarioResult[],
): string {
  const stamp = started
    .toISOString()
    .replace(/:/g, "-")
    .replace(/\.\d+Z$/, "Z");
  const file = resolve(resultsDir, `${stamp}${options.quick ? "-quick" : ""}.json`);
  const record = {
    date: started.toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? "unknown",
      memoryMb: Math.round(totalmem() / 2 ** 20),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    storages,
    options,
    results: results.map((r) => ({
      ...r,
      figures: r.figures.map((f) => ({ ...f, met: met(f) })),
    })),
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}
