/** Latencies of one series' commands as its members saw them. */
export interface DeliveryFigures {
  /** Command sent → its ack, ms. */
  ackMs: number[];
  /** Command sent → the last other member received its event, ms. */
  othersMs: number[];
}

interface Delivery {
  arrivals: Float64Array;
  count: number;
  sender: number | null;
  sentAt: number;
}

/**
 * Keeps, per sequence number of one series, when each member received the
 * event, and when its sender sent it: once every member has it, the time
 * until all others saw it is known. Keyed by seq rather than command id,
 * because others receive a vote as a `vote.counted` without the command id.
 */
export class DeliveryLog {
  private readonly open = new Map<number, Delivery>();
  private readonly figures: DeliveryFigures = { ackMs: [], othersMs: [] };
  private recording = false;

  constructor(private readonly members: number) {}

  /** Starts counting (events before this, e.g. of the setup, are ignored). */
  start(): void {
    this.open.clear();
    this.recording = true;
  }

  /** Member `member` received the event `seq` at `at`. */
  arrived(seq: number, member: number, at: number): void {
    if (!this.recording) return;
    const delivery = this.entry(seq);
    if (!Number.isNaN(delivery.arrivals[member] ?? 0)) return;
    delivery.arrivals[member] = at;
    delivery.count += 1;
    this.settle(seq, delivery);
  }

  /** Member `member` sent the command that became `seq`, at `sentAt`; its ack came at `ackAt`. */
  acked(seq: number, member: number, sentAt: number, ackAt: number): void {
    if (!this.recording) return;
    this.figures.ackMs.push(ackAt - sentAt);
    const delivery = this.entry(seq);
    delivery.sender = member;
    delivery.sentAt = sentAt;
    this.settle(seq, delivery);
  }

  /** Commands acked whose event has not reached every member (yet). */
  undelivered(): number {
    return [...this.open.values()].filter((d) => d.sender !== null).length;
  }

  result(): DeliveryFigures {
    return this.figures;
  }

  private entry(seq: number): Delivery {
    const known = this.open.get(seq);
    if (known) return known;
    const created: Delivery = {
      arrivals: new Float64Array(this.members).fill(Number.NaN),
      count: 0,
      sender: null,
      sentAt: 0,
    };
    this.open.set(seq, created);
    return created;
  }

  private settle(seq: number, delivery: Delivery): void {
    if (delivery.sender === null || delivery.count < this.members) return;
    let last = delivery.sentAt;
    delivery.arrivals.forEach((at, member) => {
      if (member !== delivery.sender) last = Math.max(last, at);
    });
    this.figures.othersMs.push(last - delivery.sentAt);
    this.open.delete(seq);
  }
}
