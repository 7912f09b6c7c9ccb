import type { SeriesState } from "@common/domain/types.js";

/** The records of a state whose items keep their objects while unchanged: counted item by item. */
const RECORDS = [
  "orgs",
  "people",
  "goals",
  "interests",
  "collisions",
  "sessions",
  "cases",
  "agreements",
  "reviews",
  "edits",
  "votes",
] as const satisfies readonly (keyof SeriesState)[];

type RecordKey = (typeof RECORDS)[number];

/** The JSON size of each object, measured once: states are immutable. */
const sizes = new WeakMap<object, number>();

function itemSize(key: string, item: object): number {
  let size = sizes.get(item);
  if (size === undefined) {
    size = Buffer.byteLength(JSON.stringify(item), "utf8");
    sizes.set(item, size);
  }
  // The key and the punctuation around it.
  return size + key.length + 4;
}

/** The state's own fields besides its records (name, room, ...): a new object with every state. */
function shellSize(state: SeriesState): number {
  let size = sizes.get(state);
  if (size === undefined) {
    const records: ReadonlySet<string> = new Set(RECORDS);
    const shell = Object.fromEntries(Object.entries(state).filter(([key]) => !records.has(key)));
    size = Buffer.byteLength(JSON.stringify(shell), "utf8");
    sizes.set(state, size);
  }
  return size;
}

/**
 * The bytes (as JSON) of the states one series keeps in the cache, each
 * object counted once however many of the kept states share it: a new head
 * usually differs from the last in a few items, and the checkpoints share
 * most of theirs. Kept by reference counts, so holding a new head costs the
 * items that changed, not the whole state.
 */
export class HeldBytes {
  /** How many held states reach each object, and the size it was counted with. */
  private readonly counts = new Map<object, { count: number; size: number }>();
  private total = 0;

  /** The bytes of the distinct objects of the held states. */
  get bytes(): number {
    return this.total;
  }

  /** Counts one more hold of `state` (the head, or a checkpoint). */
  hold(state: SeriesState): void {
    this.add(state, shellSize(state));
    for (const key of RECORDS) for (const [id, item] of Object.entries(state[key])) this.add(item, itemSize(id, item));
  }

  /** Counts one hold of `state` less. */
  release(state: SeriesState): void {
    this.remove(state);
    for (const key of RECORDS) for (const item of Object.values(state[key])) this.remove(item);
  }

  /** A hold of `older` becomes a hold of `newer`: only records that changed are walked. */
  replace(older: SeriesState, newer: SeriesState): void {
    if (older === newer) return;
    this.add(newer, shellSize(newer));
    this.remove(older);
    for (const key of RECORDS) this.replaceRecord(older[key], newer[key]);
  }

  private replaceRecord(older: SeriesState[RecordKey], newer: SeriesState[RecordKey]): void {
    if (older === newer) return;
    const before: Readonly<Record<string, object>> = older;
    const after: Readonly<Record<string, object>> = newer;
    for (const [id, item] of Object.entries(after)) {
      if (!Object.hasOwn(before, id) || before[id] !== item) this.add(item, itemSize(id, item));
    }
    for (const [id, item] of Object.entries(before)) {
      if (!Object.hasOwn(after, id) || after[id] !== item) this.remove(item);
    }
  }

  private add(part: object, size: number): void {
    const held = this.counts.get(part);
    if (held) {
      held.count += 1;
      return;
    }
    this.counts.set(part, { count: 1, size });
    this.total += size;
  }

  /** One reference less; the size it was counted with comes off when it was the last. */
  private remove(part: object): void {
    const held = this.counts.get(part);
    if (!held) return;
    held.count -= 1;
    if (held.count > 0) return;
    this.counts.delete(part);
    this.total -= held.size;
  }
}
