import { join } from "node:path";
import { nanoid } from "nanoid";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientCommand } from "@common/domain/commands.js";
import { createSeriesWithCreator } from "../../server/access/people.js";
import type { Committed } from "../../server/series/broadcast.js";
import { executeCommand, executeDeps, type ExecuteDeps, type Execution } from "../../server/series/execute.js";
import { StateCache } from "../../server/series/stateCache.js";
import { openPostgresStorage } from "../../server/storage/postgres.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";
import type { Storage } from "../../server/storage/types.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { OPERATOR_ORIGIN } from "../../server/security/seriesGate.js";

function open(target: StorageTarget, onStatement: (sql: string) => void): Promise<Storage> {
  return target.databaseUrl
    ? openPostgresStorage(target.databaseUrl, undefined, onStatement)
    : openSqliteStorage(join(target.dataDir, "einklang.sqlite"), onStatement);
}

/** Statements per transaction in `log`, on average (transactions of several lanes interleave in it). */
function perTransaction(log: readonly string[]): number {
  const transactions = log.filter((statement) => /^begin/i.test(statement.trim())).length;
  return transactions === 0 ? Number.NaN : log.length / transactions;
}

interface SeriesUnderTest {
  seriesId: string;
  personId: string;
  caseId: string;
}

/**
 * Commands that arrive in the same turn of the event loop share one
 * transaction: these tests send several at once, on real storage, and check
 * what each was answered, what was stored and what was published.
 */
describe.each(storageTargets())("group commit: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let storage: Storage;
  let deps: ExecuteDeps;
  let published: { seriesId: string; seqs: number[] }[];
  let statements: string[];

  beforeEach(async () => {
    target = await makeTarget();
    statements = [];
    storage = await open(target, (sql) => statements.push(sql));
    deps = executeDeps(storage, (error) => {
      throw error;
    });
    published = [];
    deps.publish = (seriesId: string, committed: readonly Committed[]) =>
      published.push({ seriesId, seqs: committed.map((c) => c.event.seq) });
  });

  afterEach(async () => {
    await storage.close();
    await target.cleanup();
  });

  async function seriesWithCase(name: string): Promise<SeriesUnderTest> {
    const created = await createSeriesWithCreator(deps, { name, creatorName: "Anna" }, OPERATOR_ORIGIN);
    if (!created.ok) throw new Error(created.error.message);
    const { seriesId, personId } = created.value;
    const caseId = nanoid();
    const added = await run({ seriesId, personId, caseId }, { type: "case.add", caseId, values: { title: "Fall" } });
    expect(added.ok).toBe(true);
    return { seriesId, personId, caseId };
  }

  function run(series: SeriesUnderTest, command: ClientCommand, commandId = nanoid()): Promise<Execution> {
    return executeCommand(deps, { seriesId: series.seriesId, commandId, actorId: series.personId, command });
  }

  function seqOf(execution: Execution): number | string {
    if (!execution.ok) return execution.error.code;
    return execution.duplicate ? `duplicate ${execution.seq}` : execution.event.seq;
  }

  it("answers each command of one turn on its own, in order, and publishes them as one message per series", async () => {
    const a = await seriesWithCase("Reihe A");
    const b = await seriesWithCase("Reihe B");
    published = [];
    const repeatedId = nanoid();
    const first = await run(a, { type: "case.update", caseId: a.caseId, changes: { title: "Erst" } }, repeatedId);
    expect(seqOf(first)).toBe(3);
    published = [];
    // All of these are sent before any is answered.
    const answers = await Promise.all([
      run(b, { type: "case.update", caseId: b.caseId, changes: { title: "B eins" } }),
      run(a, { type: "case.update", caseId: a.caseId, changes: { title: "A eins" } }),
      run(a, { type: "case.update", caseId: "no-such-case-1", changes: { title: "—" } }),
      run(a, { type: "case.update", caseId: a.caseId, changes: { title: "Erst" } }, repeatedId),
      run(a, { type: "case.update", caseId: a.caseId, changes: { delayDays: 4 } }),
      run(b, { type: "case.remove", caseId: b.caseId }),
    ]);
    expect(answers.map(seqOf)).toEqual([3, 4, "not_found", "duplicate 3", 5, 4]);
    // One message per series, the refused and the repeated command left out, numbers without gaps.
    expect(published.sort((x, y) => x.seqs.length - y.seqs.length || x.seriesId.localeCompare(y.seriesId))).toEqual(
      [
        { seriesId: a.seriesId, seqs: [4, 5] },
        { seriesId: b.seriesId, seqs: [3, 4] },
      ].sort((x, y) => x.seqs.length - y.seqs.length || x.seriesId.localeCompare(y.seriesId)),
    );
    expect((await storage.eventsSince(a.seriesId, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await storage.eventsSince(b.seriesId, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it("keeps in its cache exactly what a fresh read of the storage gives, also after refusals in a shared transaction", async () => {
    const a = await seriesWithCase("Reihe A");
    for (let round = 0; round < 5; round += 1) {
      await Promise.all([
        run(a, { type: "case.update", caseId: a.caseId, changes: { title: `Runde ${round}` } }),
        run(a, { type: "case.update", caseId: "no-such-case-2", changes: { title: "—" } }),
        run(a, { type: "case.update", caseId: a.caseId, changes: { delayDays: round } }),
        run(a, { type: "case.remove", caseId: "no-such-case-3" }),
      ]);
    }
    const cached = await deps.cache.current(storage, a.seriesId);
    const fresh = await new StateCache().current(storage, a.seriesId);
    expect(cached).toEqual(fresh);
    expect(fresh?.seq).toBe(12);
    expect(fresh?.cases[a.caseId]).toMatchObject({ title: "Runde 4", delayDays: 4 });
  });

  it("commits many commands of many series at once without losing or repeating a number", async () => {
    const all = await Promise.all(Array.from({ length: 6 }, (_, i) => seriesWithCase(`Reihe ${i}`)));
    const answers = await Promise.all(
      all.flatMap((series) =>
        Array.from({ length: 30 }, (_, i) =>
          run(series, { type: "case.update", caseId: series.caseId, changes: { delayDays: i } }),
        ),
      ),
    );
    expect(answers.every((a) => a.ok && !a.duplicate)).toBe(true);
    for (const series of all) {
      const seqs = (await storage.eventsSince(series.seriesId, 0)).map((e) => e.seq);
      expect(seqs).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
      const state = await new StateCache().current(storage, series.seriesId);
      // Commands of one series are applied in the order they were sent.
      expect(state?.cases[series.caseId]?.delayDays).toBe(29);
    }
  });

  it("costs the same round trips per transaction however many commands of however many series it holds", async () => {
    const all = await Promise.all(Array.from({ length: 8 }, (_, i) => seriesWithCase(`Reihe ${i}`)));
    const sizes: number[] = [];
    const counts: number[] = [];
    for (const perSeries of [1, 2, 8]) {
      statements = [];
      const answers = await Promise.all(
        all.flatMap((series) =>
          Array.from({ length: perSeries }, (_, i) =>
            run(series, { type: "case.update", caseId: series.caseId, changes: { delayDays: i } }),
          ),
        ),
      );
      expect(answers.every((a) => a.ok && !a.duplicate)).toBe(true);
      sizes.push(answers.length);
      counts.push(perTransaction(statements));
    }
    expect(sizes).toEqual([8, 16, 64]);
    // Begin, claim the series' heads, look up the command ids, insert the events, commit.
    expect(counts).toEqual([5, 5, 5]);
  });
});
