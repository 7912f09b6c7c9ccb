import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { summarizeProfiles } from "../measure/cpuProfile.js";
import { summarize, ms } from "../measure/latency.js";
import { watchProcess, type ProcessUsage } from "../measure/processStats.js";
import { addOutcomes, noOutcomes, total, type Outcomes } from "../load/outcomes.js";
import type { FromWorker, ToWorker } from "../load/workerMessages.js";
import { figure, type ScenarioResult } from "../report/figures.js";
import type { BenchServers } from "../servers/benchServers.js";

export interface WorkshopSize {
  series: number;
  participants: number;
  seconds: number;
  workers: number;
  /** Write a V8 CPU profile of each load process too. */
  profile: boolean;
}

type Done = Extract<FromWorker, { kind: "done" }>;
type Ready = Extract<FromWorker, { kind: "ready" }>;

const workerFile = resolve(import.meta.dirname, "workshopWorker.ts");

/** Resolves with the next message of a worker that passes `wanted`; rejects on failure or exit. */
function nextMessage<T extends FromWorker>(
  worker: ChildProcess,
  wanted: (m: FromWorker) => m is T,
  ms: number,
): Promise<T> {
  return new Promise((resolveMessage, rejectMessage) => {
    const timer = setTimeout(() => finish(new Error(`load generator silent for ${ms / 1000} s`)), ms);
    const onMessage = (message: FromWorker): void => {
      if (message.kind === "failed") finish(new Error(`load generator failed: ${message.message}`));
      else if (wanted(message)) finish(message);
    };
    const onExit = (code: number | null): void => finish(new Error(`load generator exited with ${code}`));
    function finish(result: T | Error): void {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("exit", onExit);
      if (result instanceof Error) rejectMessage(result);
      else resolveMessage(result);
    }
    worker.on("message", onMessage);
    worker.once("exit", onExit);
  });
}

function tell(worker: ChildProcess, message: ToWorker): void {
  worker.send(message);
}

const isReady = (m: FromWorker): m is Ready => m.kind === "ready";
const isDone = (m: FromWorker): m is Done => m.kind === "done";

/**
 * Workshop day: S series × P people on their own sockets, spread over the
 * load generator processes (whole series per process) and over the server
 * instances (people of one series alternate between them).
 */
export async function workshopDay(servers: BenchServers, size: WorkshopSize, storage: string): Promise<ScenarioResult> {
  const profileDir = size.profile ? mkdtempSync(join(tmpdir(), "einklang-load-profile-")) : undefined;
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const workers = Array.from({ length: Math.min(size.workers, size.series) }, () =>
    fork(workerFile, [], {
      execArgv: [...profile, "--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  try {
    const setUpStarted = performance.now();
    let first = 0;
    const readies = workers.map((worker, w) => {
      const share = Math.floor(size.series / workers.length) + (w < size.series % workers.length ? 1 : 0);
      const ready = nextMessage(worker, isReady, 600_000);
      tell(worker, {
        kind: "setUp",
        urls: servers.urls,
        series: share,
        participants: size.participants,
        firstIndex: first,
      });
      first += share;
      return ready;
    });
    const ready = await Promise.all(readies);
    const setUpSeconds = (performance.now() - setUpStarted) / 1000;
    const watches = servers.servers.map((s) => watchProcess(s.pid));
    const loadWatches = workers.flatMap((w) => (w.pid === undefined ? [] : [watchProcess(w.pid)]));
    const dones = workers.map((worker) => nextMessage(worker, isDone, (size.seconds + 120) * 1000));
    for (const worker of workers) tell(worker, { kind: "run", seconds: size.seconds });
    const done = await Promise.all(dones);
    const usage = watches.map((w) => w.stop());
    const loadUsage = loadWatches.map((w) => w.stop());
    const outcome = result(done, usage, loadUsage, size, storage, servers, {
      sockets: ready.reduce((sum, r) => sum + r.sockets, 0),
      setUpSeconds,
    });
    await stopWorkers(workers);
    if (profileDir) outcome.notes.push("where the load processes spent their CPU:", ...summarizeProfiles(profileDir));
    return outcome;
  } finally {
    await stopWorkers(workers);
  }
}

/** Asks the load processes to stop and waits until they have (so their profiles are written). */
async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((done) => {
          if (worker.exitCode !== null || worker.signalCode !== null) return done();
          worker.once("exit", () => done());
          if (worker.connected) tell(worker, { kind: "stop" });
          else worker.kill("SIGTERM");
        }),
    ),
  );
}

function result(
  done: Done[],
  usage: ProcessUsage[],
  loadUsage: ProcessUsage[],
  size: WorkshopSize,
  storage: string,
  servers: BenchServers,
  setUp: { sockets: number; setUpSeconds: number },
): ScenarioResult {
  const instances = servers.servers.length;
  const outcomes: Outcomes = done.reduce((sum, d) => addOutcomes(sum, d.outcomes), noOutcomes());
  const ack = summarize(done.flatMap((d) => d.ackMs));
  const others = summarize(done.flatMap((d) => d.othersMs));
  const undelivered = done.reduce((sum, d) => sum + d.undelivered, 0);
  const drops = done.flatMap((d) => (d.firstDropSeconds === null ? [] : [d.firstDropSeconds]));
  const errors = total(outcomes.errors) + undelivered;
  const peakRss = Math.max(...usage.map((u) => u.peakRssMb));
  const cpu = usage.map((u) => ms(u.cpuPercent, 0));
  const loadCpu = loadUsage.map((u) => ms(u.cpuPercent, 0));
  return {
    scenario: "workshop",
    storage,
    instances,
    figures: [
      figure("command→all others p50", ms(others.p50), "ms", 3),
      figure("command→all others p95", ms(others.p95), "ms"),
      figure("command→all others p99", ms(others.p99), "ms", 25),
      figure("command→ack p50", ms(ack.p50), "ms"),
      figure("command→ack p95", ms(ack.p95), "ms"),
      figure("command→ack p99", ms(ack.p99), "ms"),
      figure("commands/s", ms(outcomes.acked / size.seconds, 1), "/s"),
      figure("errors", errors, "", 0),
      figure("server RSS peak", ms(peakRss, 0), "MB", 400),
      figure("server CPU", Math.max(...cpu), "% core"),
      figure(
        "load generator CPU",
        loadCpu.reduce((sum, c) => sum + c, 0),
        "% core",
      ),
    ],
    notes: [
      `${size.series} series × ${size.participants} people = ${setUp.sockets} sockets, ${size.seconds} s, ` +
        `${done.length} load processes, set up in ${setUp.setUpSeconds.toFixed(1)} s`,
      `mix ${JSON.stringify(outcomes.byType)}`,
      `sent ${outcomes.sent}, acked ${outcomes.acked}, rejected ${JSON.stringify(outcomes.rejected)}, ` +
        `errors ${JSON.stringify(outcomes.errors)}, not delivered to everyone ${undelivered}`,
      drops.length > 0 ? `first connection dropped ${Math.min(...drops).toFixed(1)} s into the run` : "",
      instances > 1 ? `CPU per instance: ${cpu.join(" / ")} %` : "",
      servers.balanced ? "clients connect through nginx with the README's configuration (its CPU not counted)" : "",
      `CPU per load process: ${loadCpu.join(" / ")} % (they share the machine's cores with the server)`,
    ].filter((line) => line !== ""),
    details: {
      ack,
      others,
      outcomes,
      undelivered,
      usage,
      loadUsage,
      sockets: setUp.sockets,
      setUpSeconds: setUp.setUpSeconds,
    },
  };
}
