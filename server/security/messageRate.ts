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
