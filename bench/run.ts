import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { machineFloor } from "./floor/floor.js";
import { buildFiveYearSeries } from "./load/fiveYearSeries.js";
import { benchOptions, Scenario, type BenchOptions } from "./options.js";
import type { ScenarioResult } from "./report/figures.js";
import { recordResults } from "./report/record.js";
import { resultNotes, resultTable } from "./report/table.js";
import { browserBoard } from "./scenarios/browser.js";
import { fiveYearSeries } from "./scenarios/longSeries.js";
import { voteBurst } from "./scenarios/voteBurst.js";
import { workshopDay } from "./scenarios/workshop.js";
import { behindLoadBalancer, startBenchServers, type BenchServers } from "./servers/benchServers.js";
import { killServers } from "./servers/serverProcess.js";
import { freshStorage, StorageKind, type StorageTarget } from "./servers/storageTarget.js";

const root = resolve(import.meta.dirname, "..");

/** The bench measures the built client as `npm start` serves it; it builds it only when there is none. */
function ensureClientBuilt(): void {
  if (existsSync(resolve(root, "client/dist/index.html"))) return;
  console.log("client/dist is missing: running vite build once");
  execFileSync("npx", ["vite", "build"], { cwd: root, stdio: "inherit" });
}

interface Environment {
  postgresUrl: string | undefined;
  redisUrl: string | undefined;
}

/** Runs `work` on fresh storage with `instances` servers, and always cleans up after it. */
async function onFreshServers<T>(
  kind: StorageKind,
  instances: number,
  env: Environment,
  options: BenchOptions,
  work: (servers: BenchServers, target: StorageTarget) => Promise<T>,
  before?: (target: StorageTarget) => Promise<void>,
): Promise<{ value: T; profile: string[] }> {
  const target = await freshStorage(kind, env.postgresUrl);
  try {
    await before?.(target);
    const started = await startBenchServers(target, instances, { redisUrl: env.redisUrl, profile: options.profile });
    // Several instances are reached as operators run them: through nginx, with the README's configuration.
    const servers =
      instances > 1
        ? await behindLoadBalancer(started, options.series * options.participants).catch(async (error: unknown) => {
            await started.stop();
            throw error;
          })
        : started;
    try {
      const value = await work(servers, target);
      return { value, profile: await servers.stop() };
    } catch (error) {
      await servers.stop();
      throw error;
    }
  } finally {
    await target.cleanup();
  }
}

/** The scenarios of one storage (one server instance each). */
async function onStorage(kind: StorageKind, env: Environment, options: BenchOptions, run: Runner): Promise<void> {
  const wants = (s: Scenario): boolean => options.only.includes(s);
  const single = kind === StorageKind.sqlite || options.instances.includes(1);
  if (wants(Scenario.workshop) && single) {
    await run(`workshop on ${kind}`, () => onFreshServers(kind, 1, env, options, (s) => workshopDay(s, options, kind)));
  }
  if (wants(Scenario.vote)) {
    await run(`vote burst on ${kind}`, () =>
      onFreshServers(kind, 1, env, options, (s) => voteBurst(s, options.voters, options.voteRounds, kind)),
    );
  }
  if (wants(Scenario.longSeries) || wants(Scenario.browser)) {
    await run(`five-year series on ${kind}`, async () => {
      let built: Awaited<ReturnType<typeof buildFiveYearSeries>> | undefined;
      return onFreshServers(
        kind,
        1,
        env,
        options,
        async (servers) => {
          if (!built) throw new Error("the five-year series was not built");
          const results: ScenarioResult[] = [];
          if (wants(Scenario.longSeries)) results.push(await fiveYearSeries(servers, built, options, kind));
          if (wants(Scenario.browser)) results.push(await browserBoard(servers, built, kind));
          return results;
        },
        async (target) => {
          console.log(`  building the five-year series on ${kind} …`);
          built = await buildFiveYearSeries(target, options.longSeries);
        },
      );
    });
  }
}

type Runner = (
  name: string,
  work: () => Promise<{ value: ScenarioResult | ScenarioResult[]; profile: string[] }>,
) => Promise<void>;

async function main(): Promise<number> {
  const options = benchOptions(process.argv.slice(2));
  const started = new Date();
  const env: Environment = {
    postgresUrl: process.env.DATABASE_URL || undefined,
    redisUrl: process.env.REDIS_URL || undefined,
  };
  ensureClientBuilt();
  const storages: StorageKind[] = [StorageKind.sqlite, ...(env.postgresUrl ? [StorageKind.postgres] : [])];
  const results: ScenarioResult[] = [];
  const failures: string[] = [];
  const profiles: string[] = [];
  const run: Runner = async (name, work) => {
    console.log(`▶ ${name}`);
    const began = performance.now();
    try {
      const { value, profile } = await work();
      results.push(...(Array.isArray(value) ? value : [value]));
      if (profile.length > 0) profiles.push(`${name}:`, ...profile);
      console.log(`  done in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push(`${name}: ${message}`);
      console.error(`  FAILED: ${message}`);
    }
  };
  if (options.only.includes(Scenario.floor)) {
    await run("floor of this machine", async () => ({ value: await machineFloor(env.postgresUrl), profile: [] }));
  }
  for (const kind of storages) await onStorage(kind, env, options, run);
  const scaledOut = options.instances.filter((n) => n > 1);
  if (options.only.includes(Scenario.workshop) && env.postgresUrl && env.redisUrl) {
    for (const instances of scaledOut) {
      await run(`workshop on postgres, ${instances} instances through nginx and Redis`, () =>
        onFreshServers(StorageKind.postgres, instances, env, options, (s) =>
          workshopDay(s, options, StorageKind.postgres),
        ),
      );
    }
  }
  console.log(`\n${resultTable(results)}\n\n${resultNotes(results)}`);
  if (profiles.length > 0) console.log(`\nWhere the servers spent their CPU (self time):\n${profiles.join("\n")}`);
  if (!env.postgresUrl) console.log("\nDATABASE_URL is not set: PostgreSQL not measured.");
  if (env.postgresUrl && !env.redisUrl) console.log("\nREDIS_URL is not set: two instances not measured.");
  console.log(`\nwritten to ${recordResults(started, options, storages, results)}`);
  for (const failure of failures) console.error(`harness failure: ${failure}`);
  return failures.length > 0 ? 1 : 0;
}

// Everything is bounded; this is the last resort if something hangs anyway.
const watchdog = setTimeout(() => {
  console.error("bench: gave up after 90 minutes");
  killServers();
  process.exit(2);
}, 90 * 60_000);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    killServers();
    process.exit(1);
  },
);
