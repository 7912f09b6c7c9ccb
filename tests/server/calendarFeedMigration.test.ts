import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPostgresStorage } from "../../server/storage/postgres.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";
import type { Storage } from "../../server/storage/types.js";
import { runStatements } from "../support/seriesRows.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

const SERIES = "series-feeds-1";
const T1 = "2026-11-01T10:00:00.000Z";
const T2 = "2026-11-02T10:00:00.000Z";
const T3 = "2026-11-03T10:00:00.000Z";

function open(target: StorageTarget): Promise<Storage> {
  return target.databaseUrl
    ? openPostgresStorage(target.databaseUrl)
    : openSqliteStorage(join(target.dataDir, "einklang.sqlite"));
}

/** A feed row as renewals that raced before 0012 could leave it. */
function feedRow(id: string, personId: string, createdAt: string, revokedAt: string | null): string {
  const revoked = revokedAt === null ? "null" : `'${revokedAt}'`;
  return `insert into calendar_feeds (id, token_hash, series_id, person_id, created_at, revoked_at)
    values ('${id}', 'hash-${id}', '${SERIES}', '${personId}', '${createdAt}', ${revoked})`;
}

describe.each(storageTargets())("calendar feeds left by racing renewals (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;

  beforeEach(async () => {
    target = await makeTarget();
  });

  afterEach(async () => {
    await target.cleanup();
  });

  it("keeps each person's newest live feed when 0012 runs, revokes the others, and refuses a second live feed after it", async () => {
    const before = await open(target);
    await before.transaction((tx) => tx.createSeries(SERIES, T1));
    await before.close();
    // The database as it was before 0012: no unique index, several live feeds for some people.
    await runStatements(target, [
      "drop index calendar_feeds_live",
      "delete from kysely_migration where name = '0012_calendar_feed_unique'",
      feedRow("anna-1", "anna-0001", T1, null),
      feedRow("anna-2", "anna-0001", T2, null),
      feedRow("anna-3a", "anna-0001", T3, null),
      feedRow("anna-3b", "anna-0001", T3, null),
      feedRow("ben-1", "ben-0001", T1, null),
      feedRow("carl-1", "carl-0001", T1, T2),
      feedRow("carl-2", "carl-0001", T2, null),
      feedRow("dora-1", "dora-0001", T1, T2),
    ]);

    const storage = await open(target);
    try {
      const expected: [string, string | null][] = [
        ["anna-1", T3],
        ["anna-2", T3],
        ["anna-3a", T3],
        ["anna-3b", null],
        ["ben-1", null],
        ["carl-1", T2],
        ["carl-2", null],
        ["dora-1", T2],
      ];
      const actual = await Promise.all(
        expected.map(async ([id]) => [id, (await storage.calendar.feedByHash(`hash-${id}`))?.revokedAt]),
      );
      expect(actual).toEqual(expected);
      expect((await storage.calendar.liveFeedOf(SERIES, "anna-0001"))?.id).toBe("anna-3b");
      await expect(runStatements(target, [feedRow("anna-4", "anna-0001", T3, null)])).rejects.toThrow();
      await runStatements(target, [feedRow("dora-2", "dora-0001", T3, null)]);
      expect((await storage.calendar.liveFeedOf(SERIES, "dora-0001"))?.id).toBe("dora-2");
    } finally {
      await storage.close();
    }
  });
});
