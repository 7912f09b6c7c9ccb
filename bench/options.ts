import { parseArgs } from "node:util";

/** The scenarios `npm run bench` knows, as named on the command line (`--only`). */
export const Scenario = {
  floor: "floor",
  workshop: "workshop",
  vote: "vote",
  longSeries: "longseries",
  browser: "browser",
} as const;
export type Scenario = (typeof Scenario)[keyof typeof Scenario];
const ALL: readonly Scenario[] = Object.values(Scenario);

/** Sizes of the five-year series: sessions, and per session cases and agreements, plus edits per item. */
export interface LongSeriesSize {
  sessions: number;
  casesPerSession: number;
  agreementsPerSession: number;
  caseEdits: number;
  notesPerCase: number;
  statusUpdates: number;
  reviewsPerSession: number;
}

/** What one bench run does. */
export interface BenchOptions {
  quick: boolean;
  only: readonly Scenario[];
  series: number;
  participants: number;
  seconds: number;
  workers: number;
  voteRounds: number;
  voters: number;
  joins: number;
  catchUps: number;
  longSeries: LongSeriesSize;
  /** Write a V8 CPU profile of each server child (summarised in the output). */
  profile: boolean;
  /**
   * Instance counts of the PostgreSQL workshop (`--instances 1,2,4`): one instance is
   * measured directly, more through nginx with the README's configuration and Redis.
   */
  instances: readonly number[];
}

const FULL_SERIES: LongSeriesSize = {
  sessions: 60,
  casesPerSession: 10,
  // 50 × 60 = 3,000 agreements.
  agreementsPerSession: 50,
  caseEdits: 20,
  notesPerCase: 15,
  statusUpdates: 12,
  reviewsPerSession: 5,
};

const QUICK_SERIES: LongSeriesSize = {
  sessions: 12,
  casesPerSession: 5,
  agreementsPerSession: 10,
  caseEdits: 20,
  notesPerCase: 10,
  statusUpdates: 20,
  reviewsPerSession: 3,
};

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, not "${raw}"`);
  return value;
}

function instanceCounts(raw: string | undefined): number[] {
  if (raw === undefined) return [1, 2];
  return raw.split(",").map((part) => {
    const count = positive("instances", part.trim(), 1);
    if (count > 8) throw new Error("--instances is at most 8 per count");
    return count;
  });
}

function scenarios(raw: string | undefined): Scenario[] {
  if (raw === undefined) return [...ALL];
  const names = raw.split(",").map((name) => name.trim());
  return names.map((name) => {
    const found = ALL.find((scenario) => scenario === name);
    if (!found) throw new Error(`unknown scenario "${name}"; known: ${ALL.join(", ")}`);
    return found;
  });
}

/**
 * Reads the command line: `--quick`, `--only a,b`, `--series`, `--participants`, `--seconds`,
 * `--workers`, `--profile`, `--instances 1,2,4`.
 */
export function benchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      series: { type: "string" },
      participants: { type: "string" },
      seconds: { type: "string" },
      workers: { type: "string" },
      profile: { type: "boolean", default: false },
      instances: { type: "string" },
    },
    strict: true,
  });
  const quick = values.quick;
  const workers = positive("workers", values.workers, 2);
  if (workers > 4) throw new Error("--workers is at most 4");
  return {
    quick,
    only: scenarios(values.only),
    series: positive("series", values.series, quick ? 10 : 100),
    participants: positive("participants", values.participants, quick ? 10 : 30),
    seconds: positive("seconds", values.seconds, quick ? 15 : 60),
    workers,
    voteRounds: quick ? 3 : 10,
    voters: 40,
    joins: quick ? 20 : 50,
    catchUps: quick ? 6 : 20,
    longSeries: quick ? QUICK_SERIES : FULL_SERIES,
    profile: values.profile,
    instances: instanceCounts(values.instances),
  };
}
