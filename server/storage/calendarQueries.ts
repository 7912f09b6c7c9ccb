import { sql, type Kysely, type Selectable } from "kysely";
import type { CalendarFeedRecord, CalendarFeedStore } from "./calendarTypes.js";
import type { CalendarFeedsTable, Database } from "./schema.js";
import { StorageKind } from "./types.js";

function feedOfRow(row: Selectable<CalendarFeedsTable>): CalendarFeedRecord {
  return {
    id: row.id,
    seriesId: row.series_id,
    personId: row.person_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/**
 * The calendar feed queries over a Kysely handle (a database or a transaction). A renewal
 * revokes and inserts in one transaction; on PostgreSQL it first takes a lock of the person's
 * own for it, so renewals at once (also from other instances) follow one another: each revokes
 * the feed the one before made, and exactly one stays live. SQLite runs one transaction at a
 * time anyway; a unique index on live feeds (0012) holds on both.
 */
export function calendarQueries(db: Kysely<Database>, kind: StorageKind): CalendarFeedStore {
  const store: CalendarFeedStore = {
    async renewFeed(feed, tokenHash) {
      await db.transaction().execute(async (trx) => {
        if (kind === StorageKind.postgres) {
          const person = `${feed.seriesId}:${feed.personId}`;
          await sql`select pg_advisory_xact_lock(hashtext('calendar_feeds'), hashtext(${person}))`.execute(trx);
        }
        await calendarQueries(trx, kind).revokeFeedsOf(feed.seriesId, feed.personId, feed.createdAt);
        await trx
          .insertInto("calendar_feeds")
          .values({
            id: feed.id,
            token_hash: tokenHash,
            series_id: feed.seriesId,
            person_id: feed.personId,
            created_at: feed.createdAt,
            revoked_at: feed.revokedAt,
          })
          .execute();
      });
    },
    async feedByHash(tokenHash) {
      const row = await db
        .selectFrom("calendar_feeds")
        .selectAll()
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
      return row ? feedOfRow(row) : null;
    },
    async liveFeedOf(seriesId, personId) {
      const row = await db
        .selectFrom("calendar_feeds")
        .selectAll()
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .where("revoked_at", "is", null)
        .orderBy("created_at", "desc")
        .executeTakeFirst();
      return row ? feedOfRow(row) : null;
    },
    async revokeFeedsOf(seriesId, personId, at) {
      const result = await db
        .updateTable("calendar_feeds")
        .set({ revoked_at: at })
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
  return store;
}
