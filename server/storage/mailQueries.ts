import type { Kysely, Selectable } from "kysely";
import { DEFAULT_MAIL_SETTINGS, MailChoice, MailLanguage, type MailChoices } from "@common/mail/contact.js";
import type { ContactsTable, Database } from "./schema.js";
import type { ClaimedMail, ContactRecord, MailStore, OutboxMessage } from "./mailTypes.js";
import { StorageKind } from "./types.js";

/** What stays of a mail's message once it is sent, cancelled or given up: nothing (its links carried tokens). */
const CLEARED_MESSAGE = "{}";

const CHOICE_COLUMN = {
  [MailChoice.reminders]: "reminders",
  [MailChoice.digest]: "digest",
  [MailChoice.preRead]: "pre_read",
  [MailChoice.minutes]: "minutes",
} as const satisfies Record<MailChoice, keyof ContactsTable>;

function contactOfRow(row: Selectable<ContactsTable>): ContactRecord {
  const choices: MailChoices = {
    reminders: row.reminders === 1,
    digest: row.digest === 1,
    preRead: row.pre_read === 1,
    minutes: row.minutes === 1,
  };
  return {
    seriesId: row.series_id,
    personId: row.person_id,
    email: row.email,
    language: row.language === MailLanguage.en ? MailLanguage.en : MailLanguage.de,
    choices,
    confirmedAt: row.confirmed_at,
    enteredBy: row.entered_by,
    updatedAt: row.updated_at,
  };
}

function isChoice(value: string): value is MailChoice {
  return Object.values(MailChoice).some((choice) => choice === value);
}

/** The mail queries over a Kysely handle (a database or a transaction). */
export function mailQueries(db: Kysely<Database>, kind: StorageKind): MailStore {
  const store: MailStore = {
    async contactOf(seriesId, personId) {
      const row = await db
        .selectFrom("contacts")
        .selectAll()
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .executeTakeFirst();
      return row ? contactOfRow(row) : null;
    },
    async contactsOf(seriesId) {
      const rows = await db
        .selectFrom("contacts")
        .selectAll()
        .where("series_id", "=", seriesId)
        .orderBy("person_id")
        .execute();
      return rows.map(contactOfRow);
    },
    async saveContact(contact, confirmHash) {
      const values = {
        email: contact.email,
        language: contact.language,
        reminders: contact.choices.reminders ? 1 : 0,
        digest: contact.choices.digest ? 1 : 0,
        pre_read: contact.choices.preRead ? 1 : 0,
        minutes: contact.choices.minutes ? 1 : 0,
        confirmed_at: contact.confirmedAt,
        ...(confirmHash !== undefined && { confirm_hash: confirmHash }),
        entered_by: contact.enteredBy,
        updated_at: contact.updatedAt,
      };
      await db
        .insertInto("contacts")
        .values({ series_id: contact.seriesId, person_id: contact.personId, ...values })
        .onConflict((oc) => oc.columns(["series_id", "person_id"]).doUpdateSet(values))
        .execute();
    },
    async removeContact(seriesId, personId, at) {
      await store.cancelMailsOf(seriesId, personId, at);
      await db.deleteFrom("mail_links").where("series_id", "=", seriesId).where("person_id", "=", personId).execute();
      const result = await db
        .deleteFrom("contacts")
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async contactByConfirmHash(confirmHash) {
      const row = await db
        .selectFrom("contacts")
        .selectAll()
        .where("confirm_hash", "=", confirmHash)
        .executeTakeFirst();
      return row ? contactOfRow(row) : null;
    },
    async confirmContact(confirmHash, at) {
      const row = await db
        .updateTable("contacts")
        .set({ confirmed_at: at, confirm_hash: null })
        .where("confirm_hash", "=", confirmHash)
        .returningAll()
        .executeTakeFirst();
      return row ? contactOfRow(row) : null;
    },
    async addMailLink(link, tokenHash) {
      await db
        .insertInto("mail_links")
        .values({
          token_hash: tokenHash,
          series_id: link.seriesId,
          person_id: link.personId,
          choice: link.choice,
          created_at: link.createdAt,
          email: link.email,
        })
        .execute();
    },
    async removeMailLinksOf(seriesId, personId) {
      await db.deleteFrom("mail_links").where("series_id", "=", seriesId).where("person_id", "=", personId).execute();
    },
    async confirmsSince(seriesId, personId, since) {
      const rows = await db
        .selectFrom("outbox")
        .select("person_id")
        .where("series_id", "=", seriesId)
        .where("kind", "=", "confirm")
        .where("created_at", ">=", since)
        .execute();
      return { person: rows.filter((row) => row.person_id === personId).length, series: rows.length };
    },
    async holdSeries(seriesId) {
      // SQLite runs one writing transaction at a time anyway; PostgreSQL locks the series' row.
      if (kind === StorageKind.postgres) {
        await db.selectFrom("series").select("id").where("id", "=", seriesId).forUpdate().execute();
      }
    },
    async mailLinkByHash(tokenHash) {
      const row = await db.selectFrom("mail_links").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
      if (!row || !isChoice(row.choice)) return null;
      return {
        seriesId: row.series_id,
        personId: row.person_id,
        choice: row.choice,
        createdAt: row.created_at,
        email: row.email,
      };
    },
    async setChoice(seriesId, personId, choice, on) {
      const result = await db
        .updateTable("contacts")
        .set({ [CHOICE_COLUMN[choice]]: on ? 1 : 0 })
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async seriesWithContacts() {
      const rows = await db
        .selectFrom("contacts")
        .select("series_id")
        .distinct()
        .where("confirmed_at", "is not", null)
        .orderBy("series_id")
        .execute();
      return rows.map((row) => row.series_id);
    },
    async settingsOf(seriesId) {
      const row = await db.selectFrom("mail_settings").selectAll().where("series_id", "=", seriesId).executeTakeFirst();
      return row
        ? {
            reminderDays: row.reminder_days,
            preReadDays: row.pre_read_days,
            linkDays: row.link_days ?? DEFAULT_MAIL_SETTINGS.linkDays,
          }
        : DEFAULT_MAIL_SETTINGS;
    },
    async saveSettings(seriesId, settings) {
      const values = {
        reminder_days: settings.reminderDays,
        pre_read_days: settings.preReadDays,
        link_days: settings.linkDays,
      };
      await db
        .insertInto("mail_settings")
        .values({ series_id: seriesId, ...values })
        .onConflict((oc) => oc.column("series_id").doUpdateSet(values))
        .execute();
    },
    async hasMail(key) {
      const row = await db.selectFrom("outbox").select("id").where("mail_key", "=", key).executeTakeFirst();
      return row !== undefined;
    },
    async cutOff(seriesId, personId) {
      const rows = await db
        .selectFrom("devices")
        .select("revoked_at")
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .execute();
      return rows.length > 0 && rows.every((row) => row.revoked_at !== null);
    },
    async rootInviteOf(seriesId, personId) {
      const row = await db
        .selectFrom("devices")
        .select("invite_id")
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .where("invite_id", "is not", null)
        .orderBy("created_at")
        .orderBy("id")
        .executeTakeFirst();
      return row?.invite_id ?? null;
    },
    async enqueue(mail) {
      const result = await db
        .insertInto("outbox")
        .values({
          id: mail.id,
          mail_key: mail.key,
          series_id: mail.seriesId,
          person_id: mail.personId,
          kind: mail.kind,
          message: JSON.stringify(mail.message),
          created_at: mail.createdAt,
          next_attempt_at: mail.createdAt,
        })
        .onConflict((oc) => oc.column("mail_key").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async claimDue(owner, now, leaseUntil, limit) {
      // One statement: SQLite runs it as one write, and two senders on PostgreSQL pass each
      // other by (a row one of them locked is not even seen by the other).
      const due = db
        .selectFrom("outbox")
        .select("id")
        .where("sent_at", "is", null)
        .where("cancelled_at", "is", null)
        .where("gave_up_at", "is", null)
        .where("next_attempt_at", "<=", now)
        .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", now)]))
        .orderBy("created_at")
        .limit(limit);
      const rows = await db
        .updateTable("outbox")
        .set({ lease_owner: owner, lease_until: leaseUntil })
        .where("id", "in", kind === StorageKind.postgres ? due.forUpdate().skipLocked() : due)
        .returningAll()
        .execute();
      return rows
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
        .map((row): ClaimedMail => ({
          id: row.id,
          key: row.mail_key,
          seriesId: row.series_id,
          personId: row.person_id,
          kind: row.kind,
          message: JSON.parse(row.message) as OutboxMessage,
          createdAt: row.created_at,
          attempts: row.attempts,
        }));
    },
    async renewLease(id, owner, leaseUntil) {
      const result = await db
        .updateTable("outbox")
        .set({ lease_until: leaseUntil })
        .where("id", "=", id)
        .where("lease_owner", "=", owner)
        .where("sent_at", "is", null)
        .where("cancelled_at", "is", null)
        .where("gave_up_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async markSent(id, _owner, at) {
      const result = await db
        .updateTable("outbox")
        .set({ sent_at: at, lease_owner: null, lease_until: null, last_error: null, message: CLEARED_MESSAGE })
        .where("id", "=", id)
        .where("sent_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async markFailed(id, owner, retryAt, error) {
      await db
        .updateTable("outbox")
        .set((eb) => ({
          attempts: eb("attempts", "+", 1),
          next_attempt_at: retryAt,
          lease_owner: null,
          lease_until: null,
          last_error: error.slice(0, 500),
        }))
        .where("id", "=", id)
        .where("lease_owner", "=", owner)
        .execute();
    },
    async markGaveUp(id, owner, at, error) {
      await db
        .updateTable("outbox")
        .set((eb) => ({
          attempts: eb("attempts", "+", 1),
          gave_up_at: at,
          lease_owner: null,
          lease_until: null,
          last_error: error.slice(0, 500),
          message: CLEARED_MESSAGE,
        }))
        .where("id", "=", id)
        .where("lease_owner", "=", owner)
        .where("sent_at", "is", null)
        .execute();
    },
    async cancelMailsOf(seriesId, personId, at) {
      const result = await db
        .updateTable("outbox")
        .set({ cancelled_at: at, lease_owner: null, lease_until: null, message: CLEARED_MESSAGE })
        .where("series_id", "=", seriesId)
        .where("person_id", "=", personId)
        .where("sent_at", "is", null)
        .where("cancelled_at", "is", null)
        .where("gave_up_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async outboxOf(seriesId) {
      const waiting = await db
        .selectFrom("outbox")
        .select(["attempts", "last_error", "next_attempt_at"])
        .where("series_id", "=", seriesId)
        .where("sent_at", "is", null)
        .where("cancelled_at", "is", null)
        .where("gave_up_at", "is", null)
        .orderBy("next_attempt_at", "desc")
        .execute();
      const gaveUp = await db
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("series_id", "=", seriesId)
        .where("gave_up_at", "is not", null)
        .executeTakeFirst();
      const sent = await db
        .selectFrom("outbox")
        .select(["kind", "person_id", "sent_at"])
        .where("series_id", "=", seriesId)
        .where("sent_at", "is not", null)
        .orderBy("sent_at", "desc")
        .limit(20)
        .execute();
      const failing = waiting.filter((row) => row.attempts > 0);
      return {
        waiting: waiting.length,
        failing: failing.length,
        gaveUp: Number(gaveUp?.count ?? 0),
        lastError: failing.find((row) => row.last_error !== null)?.last_error ?? null,
        sent: sent.map((row) => ({ kind: row.kind, personId: row.person_id, sentAt: row.sent_at ?? "" })),
      };
    },
  };
  return store;
}
