import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Two budgets per client address. Requests: every request to the routes that
 * check a token or make a series counts (flooding them is refused with `429`).
 * Failures: only token checks that opened nothing count — HTTP answers `401`
 * and failed socket handshakes — so guessing tokens over either costs the same,
 * while a valid device behind a busy address (a workshop behind one NAT, a
 * backup script) is never shut out of its live connection.
 */
export class AddressLimit {
  private readonly requests: RateLimiterMemory;
  private readonly failures: RateLimiterMemory;

  constructor(readonly perMinute: number) {
    this.requests = new RateLimiterMemory({ keyPrefix: "address", points: perMinute, duration: 60 });
    this.failures = new RateLimiterMemory({ keyPrefix: "address-failed", points: perMinute, duration: 60 });
  }

  /** Counts one request of the address: null when it may go on, else how long until it may (ms). */
  async take(address: string): Promise<number | null> {
    try {
      await this.requests.consume(address);
      return null;
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      return refused.msBeforeNext;
    }
  }

  /** Counts one failed token check of the address (a guess). */
  async fail(address: string): Promise<void> {
    try {
      await this.failures.consume(address);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
    }
  }

  /** Whether the address has spent its budget of failed token checks (without spending any). */
  async spent(address: string): Promise<boolean> {
    const used = await this.failures.get(address);
    return used !== null && used.consumedPoints >= this.perMinute;
  }
}
