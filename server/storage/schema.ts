/** Kysely table types; the same tables on SQLite and PostgreSQL. */
export interface SeriesTable {
  id: string;
  created_at: string;
  head_seq: number;
}

export interface EventsTable {
  series_id: string;
  seq: number;
  command_id: string;
  actor_id: string;
  type: string;
  at: string;
  payload: string;
}

export interface SnapshotsTable {
  series_id: string;
  seq: number;
  state: string;
}

export interface Database {
  series: SeriesTable;
  events: EventsTable;
  snapshots: SnapshotsTable;
}
