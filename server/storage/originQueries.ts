import type { Kysely } from "kysely";
import type { OriginStore } from "./originTypes.js";
import type { Database } from "./schema.js";

/** The series-origin queries over a Kysely handle (a database or a transaction). */
export function originQueries(db: Kysely<Database>): OriginStore {
  return {
    async addOrigin(origin) {
      await db
        .insertInto("series_origins")
        .values({
          series_id: origin.seriesId,
          address: origin.address,
          creator: origin.creator,
          bytes: origin.bytes,
          created_at: origin.createdAt,
        })
        .execute();
    },
    async madeSince(by, since) {
      const row = await db
        .selectFrom("series_origins")
        .select((eb) => [
          eb.fn.countAll<number | string>().as("series"),
          eb.fn.sum<number | string>("bytes").as("bytes"),
        ])
        .where("created_at", ">=", since)
        .where((eb) => ("address" in by ? eb("address", "=", by.address) : eb("creator", "=", by.creator)))
        .executeTakeFirst();
      // PostgreSQL answers counts and sums as text (bigint); no row or no bytes is nothing made.
      return { series: Number(row?.series ?? 0), bytes: Number(row?.bytes ?? 0) };
    },
  };
}
