/** A small seeded random source (mulberry32): the same seed gives the same run. */
export class Prng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of the items, or undefined when there are none. */
  pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.below(items.length)];
  }

  /** An id-shaped string made from the seed's sequence (ids must not depend on the clock). */
  id(prefix: string): string {
    return `${prefix}-${this.below(36 ** 6)
      .toString(36)
      .padStart(6, "0")}`;
  }
}

/** A seed for a run nobody chose: printed, so a failure can be run again. */
export function freshSeed(): number {
  return Math.floor(Math.random() * 2 ** 31);
}
