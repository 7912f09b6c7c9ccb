import type { Kysely, Selectable } from "kysely";
import type { CalendarFeedRecord, CalendarFeedStore } from "./calendarTypes.js";
import type { CalendarFeedsTable, Database } from "./schema.js";

function feedOfRow(row: Selectable<CalendarFeedsTable>): CalendarFeedRecord {
  return {
    id: row.id,
    seriesId: row.series_id,
    personId: row.person_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** The calendar feed queries over a Kysely handle (a database or a transaction). */
export function calendarQueries(db: Kysely<Database>): CalendarFeedStore {
  const store: CalendarFeedStore = {
    async renewFeed(feed, tokenHash) {
      await db.transaction().execute(async (trx) => {
        await calendarQueries(trx).revokeFeedsOf(feed.seriesId, feed.personId, feed.createdAt);
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
