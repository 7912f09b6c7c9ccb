import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { EinklangIo } from "./socket.js";

/** Adapter calls that go through Redis and answer with a promise (which rejects while Redis is away). */
const ADAPTER_CALLS = [
  "broadcast",
  "broadcastWithAck",
  "addSockets",
  "delSockets",
  "disconnectSockets",
  "serverSideEmit",
];

/**
 * Carries broadcasts and presence queries between server instances through
 * Redis. Redis going away is logged, not fatal: a broadcast that cannot be
 * published is lost, and clients catch up through sequence numbers once it is back.
 */
export async function useRedisAdapter(
  io: EinklangIo,
  redisUrl: string,
  logError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  const pub = createClient({ url: redisUrl });
  const sub = pub.duplicate();
  pub.on("error", logError);
  sub.on("error", logError);
  await Promise.all([pub.connect(), sub.connect()]);
  // The adapter also publishes answers to other instances without waiting for them.
  containFailures(pub, ["publish"], logError);
  io.adapter(createAdapter(pub, sub));
  containFailures(io.of("/").adapter, ADAPTER_CALLS, logError);
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}

/** Makes an object's calls log their failures (thrown or rejected) instead of leaving them unhandled. */
function containFailures(target: object, names: readonly string[], logError: (error: unknown) => void): void {
  const calls = target as Record<string, unknown>;
  for (const name of names) {
    const original = calls[name];
    if (typeof original !== "function") continue;
    calls[name] = (...args: unknown[]): unknown => {
      try {
        const result: unknown = original.apply(target, args);
        if (result instanceof Promise) return result.catch((error: unknown) => logError(error));
        return result;
      } catch (error) {
        logError(error);
        return undefined;
      }
    };
  }
}
