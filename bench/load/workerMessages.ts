import type { Outcomes } from "./outcomes.js";

/** What the bench runner tells a load generator process. */
export type ToWorker =
  | { kind: "setUp"; urls: string[]; series: number; participants: number; firstIndex: number }
  | { kind: "run"; seconds: number }
  | { kind: "stop" };

/** What a load generator process reports back. */
export type FromWorker =
  | { kind: "ready"; sockets: number; setUpMs: number }
  | {
      kind: "done";
      ackMs: number[];
      othersMs: number[];
      undelivered: number;
      /** Seconds into the run at which the first connection dropped; null when none did. */
      firstDropSeconds: number | null;
      outcomes: Outcomes;
    }
  | { kind: "failed"; message: string };
