import type { Kysely } from "kysely";
import type { SeriesEvent } from "@common/domain/apply.js";
import type { EventCommand } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import type { Database, EventsTable } from "./schema.js";
import type { SeriesReads } from "./types.js";

/** The reads of a series over a Kysely handle (a database or a transaction). */
export function reads(db: Kysely<Database>): SeriesReads {
  return {
    async headSeq(seriesId) {
      const row = await db.selectFrom("series").select("head_seq").where("id", "=", seriesId).executeTakeFirst();
      return row ? row.head_seq : null;
    },
    async eventsSince(seriesId, afterSeq, upToSeq) {
      let query = db
        .selectFrom("events")
        .selectAll()
        .where("series_id", "=", seriesId)
        .where("seq", ">", afterSeq)
        .orderBy("seq");
      if (upToSeq !== undefined) query = query.where("seq", "<=", upToSeq);
      const rows = await query.execute();
      return rows.map(eventFromRow);
    },
    async allForAll(seriesId, afterSeq, upToSeq) {
      const row = await db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll<number | string>().as("projected"))
        .where("series_id", "=", seriesId)
        .where("seq", ">", afterSeq)
        .where("seq", "<=", upToSeq)
        .where((eb) => eb.or([eb("for_all", "is", null), eb("for_all", "=", 0)]))
        .executeTakeFirst();
      return Number(row?.projected ?? 1) === 0;
    },
    async latestSnapshot(seriesId) {
      const row = await db
        .selectFrom("snapshots")
        .select(["seq", "state"])
        .where("series_id", "=", seriesId)
        .executeTakeFirst();
      if (!row) return null;
      const state: SeriesState = JSON.parse(row.state);
      return { seq: row.seq, state };
    },
  };
}

/** The stored row of an event; `forAll` says whether every viewer receives it unchanged (null: not known). */
export function eventRow(seriesId: string, event: SeriesEvent, forAll: boolean | undefined): EventsTable {
  return {
    series_id: seriesId,
    seq: event.seq,
    command_id: event.commandId,
    actor_id: event.actorId,
    type: event.command.type,
    at: event.at,
    payload: JSON.stringify(event.command),
    for_all: forAll === undefined ? null : forAll ? 1 : 0,
  };
}

function eventFromRow(row: EventsTable): SeriesEvent {
  const command: EventCommand = JSON.parse(row.payload);
  return { seq: row.seq, commandId: row.command_id, actorId: row.actor_id, at: row.at, command };
}
