import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { EinklangIo } from "./socket.js";

/**
 * Carries broadcasts and presence queries between server instances through
 * Redis. Redis going away is logged, not fatal: clients catch up through
 * sequence numbers once it is back.
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
  io.adapter(createAdapter(pub, sub));
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
