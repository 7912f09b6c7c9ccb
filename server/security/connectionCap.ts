/**
 * Counts live connections per client address, so one address cannot
 * exhaust the server's sockets. `take` fails when the address is at its cap.
 */
export class ConnectionCap {
  private readonly live = new Map<string, number>();

  constructor(private readonly perAddress: number) {}

  /** Whether `address` has no slot left. */
  full(address: string): boolean {
    return (this.live.get(address) ?? 0) >= this.perAddress;
  }

  /** Takes a slot for `address`; false when it has none left. */
  take(address: string): boolean {
    const count = this.live.get(address) ?? 0;
    if (count >= this.perAddress) return false;
    this.live.set(address, count + 1);
    return true;
  }

  /** Gives a slot back when a connection ends. */
  release(address: string): void {
    const count = this.live.get(address) ?? 0;
    if (count <= 1) this.live.delete(address);
    else this.live.set(address, count - 1);
  }
}
