import { fork, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
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
  const workers = Array.from({ length: Math.min(size.workers, size.series) }, () =>
    fork(workerFile, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] }),
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
    const dones = workers.map((worker) => nextMessage(worker, isDone, (size.seconds + 120) * 1000));
    for (const worker of workers) tell(worker, { kind: "run", seconds: size.seconds });
    const done = await Promise.all(dones);
    const usage = watches.map((w) => w.stop());
    return result(done, usage, size, storage, servers.urls.length, {
      sockets: ready.reduce((sum, r) => sum + r.sockets, 0),
      setUpSeconds,
    });
  } finally {
    for (const worker of workers) {
      if (worker.connected) tell(worker, { kind: "stop" });
    }
  }
}

function result(
  done: Done[],
  usage: ProcessUsage[],
  size: WorkshopSize,
  storage: string,
  instances: number,
  setUp: { sockets: number; setUpSeconds: number },
): ScenarioResult {
  const outcomes: Outcomes = done.reduce((sum, d) => addOutcomes(sum, d.outcomes), noOutcomes());
  const ack = summarize(done.flatMap((d) => d.ackMs));
  const others = summarize(done.flatMap((d) => d.othersMs));
  const undelivered = done.reduce((sum, d) => sum + d.undelivered, 0);
  const drops = done.flatMap((d) => (d.firstDropSeconds === null ? [] : [d.firstDropSeconds]));
  const errors = total(outcomes.errors) + undelivered;
  const peakRss = Math.max(...usage.map((u) => u.peakRssMb));
  const cpu = usage.map((u) => ms(u.cpuPercent, 0));
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
    ],
    notes: [
      `${size.series} series × ${size.participants} people = ${setUp.sockets} sockets, ${size.seconds} s, ` +
        `${done.length} load processes, set up in ${setUp.setUpSeconds.toFixed(1)} s`,
      `mix ${JSON.stringify(outcomes.byType)}`,
      `sent ${outcomes.sent}, acked ${outcomes.acked}, rejected ${JSON.stringify(outcomes.rejected)}, ` +
        `errors ${JSON.stringify(outcomes.errors)}, not delivered to everyone ${undelivered}`,
      drops.length > 0 ? `first connection dropped ${Math.min(...drops).toFixed(1)} s into the run` : "",
      instances > 1 ? `CPU per instance: ${cpu.join(" / ")} %` : "",
    ].filter((line) => line !== ""),
    details: { ack, others, outcomes, undelivered, usage, sockets: setUp.sockets, setUpSeconds: setUp.setUpSeconds },
  };
}
