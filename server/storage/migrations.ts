import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

/** The one set of migrations, run at start on SQLite and PostgreSQL alike. */
const migrations: Record<string, Migration> = {
  "0001_events": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("series")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("head_seq", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("events")
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("command_id", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("events_pk", ["series_id", "seq"])
        .addUniqueConstraint("events_command_unique", ["series_id", "command_id"])
        .execute();
      await db.schema
        .createTable("snapshots")
        .addColumn("series_id", "text", (c) => c.primaryKey().references("series.id"))
        .addColumn("seq", "integer", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .execute();
    },
  },
  "0002_access": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("invites")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("org_id", "text")
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("invites_series").on("invites").column("series_id").execute();
      await db.schema
        .createTable("devices")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("person_id", "text", (c) => c.notNull())
        .addColumn("invite_id", "text", (c) => c.references("invites.id"))
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema.createIndex("devices_person").on("devices").columns(["series_id", "person_id"]).execute();
      await db.schema.createIndex("devices_invite").on("devices").column("invite_id").execute();
    },
  },
  "0003_roles": {
    // Series from before roles: joins become participants' joins, and stored snapshots
    // (which lack the new fields) are dropped; they are rebuilt from the events.
    async up(db: Kysely<unknown>) {
      const joins = await sql<{ series_id: string; seq: number; payload: string }>`
        select series_id, seq, payload from events where type = 'person.join'`.execute(db);
      for (const row of joins.rows) {
        const payload = JSON.parse(row.payload) as Record<string, unknown>;
        if (typeof payload.role === "string") continue;
        const upgraded = JSON.stringify({
          orgId: null,
          function: null,
          ...payload,
          role: "participant",
          confirmed: true,
        });
        await sql`update events set payload = ${upgraded} where series_id = ${row.series_id} and seq = ${row.seq}`.execute(
          db,
        );
      }
      await sql`delete from snapshots`.execute(db);
    },
  },
  "0004_invite_expiry": {
    // Links made before links expired stay valid until revoked.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("invites").addColumn("expires_at", "text").execute();
    },
  },
  "0005_event_for_all": {
    // 1 when the event went out to every viewer unchanged (no projection): a catch-up over such
    // events needs no states folded. Events stored before this are unknown (null) and are folded.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("events").addColumn("for_all", "integer").execute();
    },
  },
  "0006_series_quota": {
    // Who made each series from now on, for the quota on making series per address and per creator.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("series_origins")
        .addColumn("series_id", "text", (c) => c.primaryKey().references("series.id"))
        .addColumn("address", "text", (c) => c.notNull())
        .addColumn("creator", "text", (c) => c.notNull())
        .addColumn("bytes", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("series_origins_address")
        .on("series_origins")
        .columns(["address", "created_at"])
        .execute();
      await db.schema
        .createIndex("series_origins_creator")
        .on("series_origins")
        .columns(["creator", "created_at"])
        .execute();
    },
  },
  "0007_device_origin": {
    // Where a device came from: the invite link at the root of its chain (a device made from
    // another device inherits it), who made it for someone else, and whether it is limited to
    // "My agreements" until its person claims it. The series' access generation rises with every
    // revocation, so a command can tell cheaply whether its device must be checked again.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("devices").addColumn("created_by", "text").execute();
      await db.schema
        .alterTable("devices")
        .addColumn("limited", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex("devices_created_by").on("devices").columns(["series_id", "created_by"]).execute();
      await db.schema
        .alterTable("series")
        .addColumn("access_gen", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      // Personal links made before this carry no origin: they take the one of their person's joined device.
      await sql`update devices set invite_id = (
          select d.invite_id from devices d
          where d.series_id = devices.series_id and d.person_id = devices.person_id and d.invite_id is not null
          order by d.created_at, d.id limit 1)
        where invite_id is null`.execute(db);
    },
  },
  "0008_mail": {
    // Mail contacts, links in mails, the series' mail settings and the outbox: beside the event
    // log, so no other participant, export or backup of the board ever carries an address.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("contacts")
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("person_id", "text", (c) => c.notNull())
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("reminders", "integer", (c) => c.notNull())
        .addColumn("digest", "integer", (c) => c.notNull())
        .addColumn("pre_read", "integer", (c) => c.notNull())
        .addColumn("minutes", "integer", (c) => c.notNull())
        .addColumn("confirmed_at", "text")
        .addColumn("confirm_hash", "text", (c) => c.unique())
        .addColumn("entered_by", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("contacts_pk", ["series_id", "person_id"])
        .execute();
      await db.schema
        .createTable("mail_links")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("person_id", "text", (c) => c.notNull())
        .addColumn("choice", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("mail_links_person").on("mail_links").columns(["series_id", "person_id"]).execute();
      await db.schema
        .createTable("mail_settings")
        .addColumn("series_id", "text", (c) => c.primaryKey().references("series.id"))
        .addColumn("reminder_days", "integer", (c) => c.notNull())
        .addColumn("pre_read_days", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("outbox")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("mail_key", "text", (c) => c.notNull().unique())
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("person_id", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("message", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_attempt_at", "text", (c) => c.notNull())
        .addColumn("lease_owner", "text")
        .addColumn("lease_until", "text")
        .addColumn("sent_at", "text")
        .addColumn("last_error", "text")
        .execute();
      await db.schema.createIndex("outbox_due").on("outbox").columns(["sent_at", "next_attempt_at"]).execute();
      await db.schema.createIndex("outbox_series").on("outbox").columns(["series_id", "created_at"]).execute();
    },
  },
  "0009_mail_hardening_calendar": {
    // Mails that end without being sent (cancelled with their address or person, or given up
    // after days of failures), unsubscribe links bound to the address they were mailed to, and
    // the per-person calendar feeds (their tokens only as hashes).
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("outbox").addColumn("cancelled_at", "text").execute();
      await db.schema.alterTable("outbox").addColumn("gave_up_at", "text").execute();
      await db.schema.alterTable("mail_links").addColumn("email", "text").execute();
      await db.schema
        .createTable("calendar_feeds")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("person_id", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .execute();
      await db.schema
        .createIndex("calendar_feeds_person")
        .on("calendar_feeds")
        .columns(["series_id", "person_id"])
        .execute();
    },
  },
  "0010_webhooks": {
    // A series' Teams or Slack webhook and what it posts: beside the event log, so the address
    // (a secret: whoever has it posts to the channel) is in no state, event, export or backup.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("webhooks")
        .addColumn("series_id", "text", (c) => c.primaryKey().references("series.id"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("url", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("since_day", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("webhook_outbox")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("post_key", "text", (c) => c.notNull().unique())
        .addColumn("series_id", "text", (c) => c.notNull().references("series.id"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("post", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("next_attempt_at", "text", (c) => c.notNull())
        .addColumn("lease_owner", "text")
        .addColumn("lease_until", "text")
        .addColumn("sent_at", "text")
        .addColumn("gave_up_at", "text")
        .addColumn("last_error", "text")
        .execute();
      await db.schema
        .createIndex("webhook_outbox_due")
        .on("webhook_outbox")
        .columns(["sent_at", "gave_up_at", "next_attempt_at"])
        .execute();
      await db.schema
        .createIndex("webhook_outbox_series")
        .on("webhook_outbox")
        .columns(["series_id", "created_at"])
        .execute();
    },
  },
  "0011_mail_link_expiry": {
    // A personal link sent by mail opens the board only for the days the series chose: it is a
    // device row that expires (opening it makes a device of its own that does not).
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("devices").addColumn("expires_at", "text").execute();
      await db.schema.alterTable("mail_settings").addColumn("link_days", "integer").execute();
    },
  },
  "0012_calendar_feed_unique": {
    // At most one live calendar feed per person, kept by the database: renewals that raced
    // before this left some people with several; all but the newest are revoked as a renewal
    // would have done it (at the newest one's creation; ties go to the greater id).
    async up(db: Kysely<unknown>) {
      await sql`
        update calendar_feeds set revoked_at = (
          select max(newer.created_at) from calendar_feeds newer
          where newer.series_id = calendar_feeds.series_id
            and newer.person_id = calendar_feeds.person_id
            and newer.revoked_at is null
        )
        where revoked_at is null and exists (
          select 1 from calendar_feeds newer
          where newer.series_id = calendar_feeds.series_id
            and newer.person_id = calendar_feeds.person_id
            and newer.revoked_at is null
            and (newer.created_at > calendar_feeds.created_at
              or (newer.created_at = calendar_feeds.created_at and newer.id > calendar_feeds.id))
        )
      `.execute(db);
      await db.schema
        .createIndex("calendar_feeds_live")
        .on("calendar_feeds")
        .columns(["series_id", "person_id"])
        .unique()
        .where(sql.ref("revoked_at"), "is", null)
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
