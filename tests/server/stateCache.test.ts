import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apply, applyAll, type SeriesEvent } from "@common/domain/apply.js";
import { emptySeries, type SeriesState } from "@common/domain/types.js";
import { HeldBytes } from "../../server/series/heldBytes.js";
import { StateCache } from "../../server/series/stateCache.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";
import type { SeriesReads, Storage } from "../../server/storage/types.js";
import { makeEvents } from "../support/factories.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

const SERIES = "series-cache-1";

/** The storage's reads, counting how many events they hand out. */
function counting(storage: Storage): { reads: SeriesReads; events: () => number } {
  let events = 0;
  return {
    reads: {
      headSeq: (id) => storage.headSeq(id),
      latestSnapshot: (id) => storage.latestSnapshot(id),
      allForAll: (id, after, upTo) => storage.allForAll(id, after, upTo),
      async eventsSince(id, after, upTo) {
        const found = await storage.eventsSince(id, after, upTo);
        events += found.length;
        return found;
      },
    },
    events: () => events,
  };
}

describe("the state cache over real SQLite", () => {
  let target: StorageTarget;
  let storage: Storage;
  let events: SeriesEvent[];

  beforeEach(async () => {
    const sqlite = storageTargets()[0];
    if (!sqlite) throw new Error("no SQLite target");
    target = await sqlite[1]();
    storage = await openSqliteStorage(join(target.dataDir, "einklang.sqlite"));
    events = makeEvents([
      { type: "series.create", name: "Reihe", creatorName: "Anna" },
      ...Array.from({ length: 320 }, (_, i) => ({ type: "series.rename" as const, name: `Reihe ${i}` })),
    ]);
    await storage.transaction(async (tx) => {
      await tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z");
      for (const event of events) {
        const seq = await tx.nextSeq(SERIES);
        await tx.appendEvent(SERIES, { ...event, seq: seq ?? -1 });
      }
    });
  });

  afterEach(async () => {
    await storage.close();
    await target.cleanup();
  });

  it("rebuilds any older state exactly", async () => {
    const cache = new StateCache();
    const { reads } = counting(storage);
    await cache.stateAt(reads, SERIES, 321);
    for (const seq of [321, 300, 250, 221, 1, 320]) {
      const expected = applyAll(emptySeries(SERIES), events.slice(0, seq));
      expect(await cache.stateAt(reads, SERIES, seq)).toEqual(expected);
    }
  });

  it("catches a client up from a recent older state without replaying the whole history", async () => {
    const cache = new StateCache();
    const { reads, events: folded } = counting(storage);
    await cache.stateAt(reads, SERIES, 321);
    const before = folded();
    await cache.stateAt(reads, SERIES, 221);
    // From the checkpoint at 200, not from the first event.
    expect(folded() - before).toBeLessThanOrEqual(50);
  });
});

describe("the state cache's byte count", () => {
  const steps = makeEvents([
    { type: "series.create", name: "Reihe", creatorName: "Anna" },
    ...Array.from({ length: 120 }, (_, i) => ({
      type: "org.add" as const,
      orgId: `org-${String(i).padStart(5, "0")}`,
      name: `Firma ${i}`,
    })),
  ]);

  it("follows every new head item by item and equals a count from scratch, checkpoints included", () => {
    const cache = new StateCache();
    const held: SeriesState[] = [];
    let state = emptySeries(SERIES);
    for (const event of steps) {
      state = cache.remember(apply(state, event));
      if (state.seq % 50 === 0) held.push(state);
    }
    const fromScratch = new HeldBytes();
    for (const kept of [state, ...held]) fromScratch.hold(kept);
    expect(cache.heldBytes()).toBe(fromScratch.bytes);
    // Distinct objects once: two checkpoints and a head share most organisations.
    const alone = new HeldBytes();
    alone.hold(state);
    expect(cache.heldBytes()).toBeLessThan(alone.bytes * 1.5);
    expect(alone.bytes).toBeGreaterThan(Buffer.byteLength(JSON.stringify(state)) * 0.9);
  });

  it("drops the series used longest ago once over its bound, and keeps counting what it holds", () => {
    const one = applyAll(emptySeries("series-a1"), steps);
    const size = ((): number => {
      const held = new HeldBytes();
      held.hold(one);
      return held.bytes;
    })();
    const cache = new StateCache(Math.floor(size * 2.5));
    for (const id of ["series-a1", "series-b2", "series-c3", "series-d4"]) cache.remember({ ...one, id });
    expect(cache.heldSeries()).toEqual(["series-c3", "series-d4"]);
    expect(cache.heldBytes()).toBeLessThanOrEqual(size * 2.5);
  });
});
