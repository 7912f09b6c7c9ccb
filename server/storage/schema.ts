import type { Generated } from "kysely";

/** Kysely table types; the same tables on SQLite and PostgreSQL. */
export interface SeriesTable {
  id: string;
  created_at: string;
  head_seq: number;
  /** Rises with every revocation in the series (see 0007_device_origin). */
  access_gen: Generated<number>;
}

export interface EventsTable {
  series_id: string;
  seq: number;
  command_id: string;
  actor_id: string;
  type: string;
  at: string;
  payload: string;
  /** 1: every viewer receives this event unchanged; 0: it is projected per viewer; null: not known. */
  for_all: number | null;
}

export interface SnapshotsTable {
  series_id: string;
  seq: number;
  state: string;
}

export interface InvitesTable {
  id: string;
  series_id: string;
  role: string;
  org_id: string | null;
  token_hash: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  expires_at: string | null;
}

export interface DevicesTable {
  id: string;
  series_id: string;
  person_id: string;
  invite_id: string | null;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
  created_by: string | null;
  /** 1: limited to "My agreements" until its person claims it. */
  limited: Generated<number>;
  /** When a link sent by mail stops opening anything; null: it does not expire. */
  expires_at: string | null;
}

/** Who made a series: the quota on making series counts these rows. */
export interface SeriesOriginsTable {
  series_id: string;
  address: string;
  creator: string;
  bytes: number;
  created_at: string;
}

/** A person's mail contact in a series (see 0008_mail); choices are 1 (wanted) or 0. */
export interface ContactsTable {
  series_id: string;
  person_id: string;
  email: string;
  language: string;
  reminders: number;
  digest: number;
  pre_read: number;
  minutes: number;
  confirmed_at: string | null;
  confirm_hash: string | null;
  entered_by: string;
  updated_at: string;
}

export interface MailLinksTable {
  token_hash: string;
  series_id: string;
  person_id: string;
  choice: string;
  created_at: string;
  /** The address the link was mailed to (see 0009); null for links made before. */
  email: Generated<string | null>;
}

export interface MailSettingsTable {
  series_id: string;
  reminder_days: number;
  pre_read_days: number;
  /** Days a personal link in a mail opens the board; null: the default. */
  link_days: number | null;
}

/** A mail to send; `message` is its JSON (recipient, subject, bodies, headers, attachments). */
export interface OutboxTable {
  id: string;
  mail_key: string;
  series_id: string;
  person_id: string;
  kind: string;
  message: string;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  sent_at: string | null;
  last_error: string | null;
  /** Never to be sent: its address was removed or changed, or its person revoked (see 0009). */
  cancelled_at: Generated<string | null>;
  /** Given up after failing for days (see 0009). */
  gave_up_at: Generated<string | null>;
}

/** A person's calendar feed (see 0009): its token only as a hash. */
export interface CalendarFeedsTable {
  id: string;
  token_hash: string;
  series_id: string;
  person_id: string;
  created_at: string;
  revoked_at: string | null;
}

/** A series' webhook (see 0010_webhooks): its address is read by the sender and nothing else. */
export interface WebhooksTable {
  series_id: string;
  kind: string;
  url: string;
  language: string;
  /** The series' local day the webhook was set: nothing older than that is posted. */
  since_day: string;
  created_at: string;
  created_by: string;
}

/** A post to send; `post` is its JSON (what it says, written for the kind when it is sent). */
export interface WebhookOutboxTable {
  id: string;
  post_key: string;
  series_id: string;
  kind: string;
  post: string;
  created_at: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  sent_at: string | null;
  gave_up_at: string | null;
  last_error: string | null;
}

export interface Database {
  series: SeriesTable;
  events: EventsTable;
  snapshots: SnapshotsTable;
  invites: InvitesTable;
  devices: DevicesTable;
  series_origins: SeriesOriginsTable;
  contacts: ContactsTable;
  mail_links: MailLinksTable;
  mail_settings: MailSettingsTable;
  calendar_feeds: CalendarFeedsTable;
  outbox: OutboxTable;
  webhooks: WebhooksTable;
  webhook_outbox: WebhookOutboxTable;
}
