import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/** What a socket's next message comes to under its rate limit. */
export const RateVerdict = { pass: "pass", refuse: "refuse", cut: "cut" } as const;
export type RateVerdict = (typeof RateVerdict)[keyof typeof RateVerdict];

/**
 * A token bucket per connection: `perSecond` messages sustained, and a
 * reserve of ten seconds' worth for bursts (a reconnect resending what was
 * made offline), refilled over thirty seconds. A message over the rate is refused; a connection
 * that keeps sending at many times its rate is cut off.
 */
export class MessageRate {
  private readonly sustained: RateLimiterMemory;
  private readonly burst: RateLimiterMemory;
  private readonly bucket: BurstyRateLimiter;
  private readonly refusals: RateLimiterMemory;

  constructor(perSecond: number) {
    this.sustained = new RateLimiterMemory({ points: perSecond, duration: 1 });
    this.burst = new RateLimiterMemory({ keyPrefix: "burst", points: perSecond * 10, duration: 30 });
    this.bucket = new BurstyRateLimiter(this.sustained, this.burst);
    // Refused messages are counted too: ten seconds of refusals at five times the rate end the connection.
    this.refusals = new RateLimiterMemory({ keyPrefix: "refused", points: perSecond * 50, duration: 10 });
  }

  /** Counts one message of connection `id`. */
  async admit(id: string): Promise<RateVerdict> {
    try {
      await this.bucket.consume(id);
      return RateVerdict.pass;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
    }
    try {
      await this.refusals.consume(id);
      return RateVerdict.refuse;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return RateVerdict.cut;
    }
  }

  /** Forgets a connection that ended. */
  async forget(id: string): Promise<void> {
    await Promise.all([this.sustained.delete(id), this.burst.delete(id), this.refusals.delete(id)]);
  }
}

/**
 * A second, much smaller bucket per connection for full snapshots: one costs
 * the server far more than a message (reading, projecting and encoding the
 * whole series), so a few connections asking for them over and over must not
 * slow everyone else. `perMinute` sustained, plus a reserve of four for a
 * reconnect that needs a second one at once.
 */
export class SnapshotRate {
  private readonly bucket: BurstyRateLimiter;
  private readonly limiters: RateLimiterMemory[];

  constructor(perMinute: number) {
    const sustained = new RateLimiterMemory({ keyPrefix: "snapshot", points: 1, duration: 60 / perMinute });
    const reserve = new RateLimiterMemory({ keyPrefix: "snapshot-reserve", points: 4, duration: 60 });
    this.bucket = new BurstyRateLimiter(sustained, reserve);
    this.limiters = [sustained, reserve];
  }

  /** Counts one snapshot of connection `id`: whether it may have it now. */
  async take(id: string): Promise<boolean> {
    try {
      await this.bucket.consume(id);
      return true;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return false;
    }
  }

  /** Forgets a connection that ended. */
  async forget(id: string): Promise<void> {
    await Promise.all(this.limiters.map((limiter) => limiter.delete(id)));
  }
}
