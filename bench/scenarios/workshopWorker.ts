import { assertNever } from "@common/domain/assertNever.js";
import { WorkshopSeries } from "../load/workshopSeries.js";
import { addOutcomes, noOutcomes } from "../load/outcomes.js";
import type { FromWorker, ToWorker } from "../load/workerMessages.js";

/**
 * A load generator process of the workshop scenario: it sets up its share
 * of the series (all people of one series live here, so one clock times a
 * command from its send to its arrival everywhere), runs them, and reports.
 */
const series: WorkshopSeries[] = [];
// Series are set up a few at a time: creating thousands of people at once only measures the setup.
const SETUP_PARALLEL = 4;

function tell(message: FromWorker): void {
  process.send?.(message);
}

async function setUp(message: Extract<ToWorker, { kind: "setUp" }>): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < message.series; i += 1) {
    series.push(new WorkshopSeries(message.urls, `Werkstatt ${message.firstIndex + i + 1}`, message.participants));
  }
  for (let i = 0; i < series.length; i += SETUP_PARALLEL) {
    await Promise.all(series.slice(i, i + SETUP_PARALLEL).map((s) => s.setUp()));
  }
  const sockets = series.reduce((sum, s) => sum + s.sockets(), 0);
  tell({ kind: "ready", sockets, setUpMs: performance.now() - started });
}

async function run(seconds: number): Promise<void> {
  await Promise.all(series.map((s) => s.run(seconds)));
  // Let the last broadcasts arrive before counting what did not.
  await new Promise((done) => setTimeout(done, 2_000));
  const outcomes = noOutcomes();
  const ackMs: number[] = [];
  const othersMs: number[] = [];
  let undelivered = 0;
  let firstDrop = Number.NaN;
  for (const s of series) {
    const figures = s.figures();
    ackMs.push(...figures.ackMs);
    othersMs.push(...figures.othersMs);
    undelivered += figures.undelivered;
    s.close();
    if (!Number.isNaN(s.firstDropSeconds))
      firstDrop = Number.isNaN(firstDrop) ? s.firstDropSeconds : Math.min(firstDrop, s.firstDropSeconds);
    addOutcomes(outcomes, s.outcomes);
  }
  tell({
    kind: "done",
    ackMs,
    othersMs,
    undelivered,
    firstDropSeconds: Number.isNaN(firstDrop) ? null : firstDrop,
    outcomes,
  });
}

function failed(error: unknown): void {
  tell({ kind: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

// The runner is gone (it crashed or gave up): so is this load.
process.on("disconnect", () => process.exit(0));

process.on("message", (message: ToWorker) => {
  switch (message.kind) {
    case "setUp":
      setUp(message).catch(failed);
      return;
    case "run":
      run(message.seconds).catch(failed);
      return;
    case "stop":
      for (const s of series) s.close();
      process.exit(0);
      return;
    default:
      assertNever(message);
  }
});
