import type { Storage } from "./types.js";

/** How long a health check waits for storage to confirm a write. */
const PROBE_TIMEOUT_MS = 3_000;
/** A probe's answer serves the health checks of this long: checks in a flood cost one write. */
const PROBE_REUSE_MS = 2_000;

/**
 * Whether storage can write right now, for `/api/health`: null when it can,
 * else why not. Probes at most every two seconds (concurrent checks share
 * one), never while one is still running, each check bounded in time; a
 * failure is logged with its cause.
 */
export function writeProbe(
  storage: Pick<Storage, "probeWrite">,
  logError: (error: unknown) => void,
  now: () => number = Date.now,
): () => Promise<string | null> {
  let last: { at: number; answer: Promise<string | null> } | null = null;
  // A probe that outlived its check still holds a connection: none starts beside it, later checks wait on it.
  let pending: Promise<void> | null = null;
  const write = (): Promise<void> => {
    pending ??= storage.probeWrite().finally(() => {
      pending = null;
    });
    return pending;
  };
  return () => {
    if (last !== null && now() - last.at < PROBE_REUSE_MS) return last.answer;
    const answer = probeOnce(write, logError);
    last = { at: now(), answer };
    return answer;
  };
}

async function probeOnce(write: () => Promise<void>, logError: (error: unknown) => void): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error("storage did not confirm a write in time")), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([write(), timeout]);
    return null;
  } catch (error) {
    logError(error);
    const message = error instanceof Error ? error.message : String(error);
    return `storage cannot write: ${message.slice(0, 200)}`;
  } finally {
    clearTimeout(timer);
  }
}
