import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * One budget per client address for everything that checks a token or makes
 * a series: HTTP requests to those routes and failed socket handshakes draw
 * on the same points, so guessing tokens over either costs the same.
 */
export class AddressLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly perMinute: number) {
    this.limiter = new RateLimiterMemory({ keyPrefix: "address", points: perMinute, duration: 60 });
  }

  /** Counts one request of the address: null when it may go on, else how long until it may (ms). */
  async take(address: string): Promise<number | null> {
    try {
      await this.limiter.consume(address);
      return null;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return refused.msBeforeNext;
    }
  }

  /** Whether the address has spent its budget (without spending any). */
  async spent(address: string): Promise<boolean> {
    const used = await this.limiter.get(address);
    return used !== null && used.consumedPoints >= this.perMinute;
  }
}
