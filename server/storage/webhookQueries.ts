import type { Kysely } from "kysely";
import type { WebhookPost } from "@common/webhook/posts.js";
import { WebhookKind, WebhookLanguage } from "@common/webhook/target.js";
import type { Database } from "./schema.js";
import type { ClaimedWebhookPost, WebhookStore } from "./webhookTypes.js";
import { StorageKind } from "./types.js";

/** The webhook queries over a Kysely handle (a database or a transaction). */
export function webhookQueries(db: Kysely<Database>, kind: StorageKind): WebhookStore {
  return {
    async webhookOf(seriesId) {
      const row = await db.selectFrom("webhooks").selectAll().where("series_id", "=", seriesId).executeTakeFirst();
      if (!row) return null;
      return {
        seriesId: row.series_id,
        kind: row.kind === WebhookKind.slack ? WebhookKind.slack : WebhookKind.teams,
        url: row.url,
        language: row.language === WebhookLanguage.en ? WebhookLanguage.en : WebhookLanguage.de,
        sinceDay: row.since_day,
        createdAt: row.created_at,
        createdBy: row.created_by,
      };
    },
    async saveWebhook(webhook) {
      const values = {
        kind: webhook.kind,
        url: webhook.url,
        language: webhook.language,
        since_day: webhook.sinceDay,
        created_at: webhook.createdAt,
        created_by: webhook.createdBy,
      };
      await db
        .insertInto("webhooks")
        .values({ series_id: webhook.seriesId, ...values })
        .onConflict((oc) => oc.column("series_id").doUpdateSet(values))
        .execute();
    },
    async removeWebhook(seriesId) {
      await db
        .deleteFrom("webhook_outbox")
        .where("series_id", "=", seriesId)
        .where("sent_at", "is", null)
        .where("gave_up_at", "is", null)
        .execute();
      const result = await db.deleteFrom("webhooks").where("series_id", "=", seriesId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async seriesWithWebhooks() {
      const rows = await db.selectFrom("webhooks").select("series_id").orderBy("series_id").execute();
      return rows.map((row) => row.series_id);
    },
    async hasPost(key) {
      const row = await db.selectFrom("webhook_outbox").select("id").where("post_key", "=", key).executeTakeFirst();
      return row !== undefined;
    },
    async enqueue(post) {
      const result = await db
        .insertInto("webhook_outbox")
        .values({
          id: post.id,
          post_key: post.key,
          series_id: post.seriesId,
          kind: post.kind,
          post: JSON.stringify(post.post),
          created_at: post.createdAt,
          next_attempt_at: post.createdAt,
        })
        .onConflict((oc) => oc.column("post_key").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async claimDue(owner, now, leaseUntil, limit) {
      // One statement, as the mail outbox claims: two senders on PostgreSQL pass each other by.
      const due = db
        .selectFrom("webhook_outbox")
        .select("id")
        .where("sent_at", "is", null)
        .where("gave_up_at", "is", null)
        .where("next_attempt_at", "<=", now)
        .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", now)]))
        .orderBy("created_at")
        .limit(limit);
      const rows = await db
        .updateTable("webhook_outbox")
        .set({ lease_owner: owner, lease_until: leaseUntil })
        .where("id", "in", kind === StorageKind.postgres ? due.forUpdate().skipLocked() : due)
        .returningAll()
        .execute();
      return rows
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
        .map((row): ClaimedWebhookPost => ({
          id: row.id,
          key: row.post_key,
          seriesId: row.series_id,
          kind: row.kind,
          post: JSON.parse(row.post) as WebhookPost,
          createdAt: row.created_at,
          attempts: row.attempts,
        }));
    },
    async renewLease(id, owner, leaseUntil) {
      const result = await db
        .updateTable("webhook_outbox")
        .set({ lease_until: leaseUntil })
        .where("id", "=", id)
        .where("lease_owner", "=", owner)
        .where("sent_at", "is", null)
        .where("gave_up_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async markSent(id, _owner, at) {
      const result = await db
        .updateTable("webhook_outbox")
        .set({ sent_at: at, lease_owner: null, lease_until: null, last_error: null })
        .where("id", "=", id)
        .where("sent_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async markFailed(id, owner, retryAt, error, giveUpAt) {
      await db
        .updateTable("webhook_outbox")
        .set((eb) => ({
          attempts: eb("attempts", "+", 1),
          next_attempt_at: retryAt,
          gave_up_at: giveUpAt,
          lease_owner: null,
          lease_until: null,
          last_error: error.slice(0, 200),
        }))
        .where("id", "=", id)
        .where("lease_owner", "=", owner)
        .execute();
    },
    async outboxOf(seriesId) {
      const rows = await db
        .selectFrom("webhook_outbox")
        .select(["sent_at", "gave_up_at", "last_error", "next_attempt_at"])
        .where("series_id", "=", seriesId)
        .orderBy("next_attempt_at", "desc")
        .execute();
      const waiting = rows.filter((row) => row.sent_at === null && row.gave_up_at === null);
      const gaveUp = rows.filter((row) => row.gave_up_at !== null);
      const lastError = [...waiting, ...gaveUp].find((row) => row.last_error !== null)?.last_error ?? null;
      return {
        waiting: waiting.length,
        lastError,
        gaveUp: gaveUp.length,
        sent: rows.length - waiting.length - gaveUp.length,
      };
    },
  };
}
