import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { openPostgresStorage } from "../../server/storage/postgres.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";
import type { Storage } from "../../server/storage/types.js";
import type { NewWebhookPost, WebhookRecord } from "../../server/storage/webhookTypes.js";

const SERIES = "series-webhook-1";

function open(target: StorageTarget): Promise<Storage> {
  return target.databaseUrl
    ? openPostgresStorage(target.databaseUrl)
    : openSqliteStorage(join(target.dataDir, "einklang.sqlite"));
}

function webhook(url: string, sinceDay = "2026-11-02"): WebhookRecord {
  return {
    seriesId: SERIES,
    kind: "slack",
    url,
    language: "en",
    sinceDay,
    createdAt: "2026-11-02T09:00:00.000Z",
    createdBy: "anna-0001",
  };
}

function post(id: string, key: string, createdAt = "2026-11-02T09:00:00.000Z"): NewWebhookPost {
  return { id, key, seriesId: SERIES, kind: "closed", post: { title: `Post ${id}`, sections: [] }, createdAt };
}

describe.each(storageTargets())("webhook storage contract: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let storage: Storage;

  beforeEach(async () => {
    target = await makeTarget();
    storage = await open(target);
    await storage.transaction((tx) => tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z"));
  });

  afterEach(async () => {
    await storage.close();
    await target.cleanup();
  });

  it("keeps one webhook per series; replacing keeps one, removing drops what waits for it", async () => {
    expect(await storage.webhooks.webhookOf(SERIES)).toBeNull();
    await storage.webhooks.saveWebhook(webhook("https://hooks.slack.com/services/A"));
    await storage.webhooks.saveWebhook({ ...webhook("https://hooks.slack.com/services/B"), kind: "teams" });
    expect(await storage.webhooks.webhookOf(SERIES)).toEqual({
      ...webhook("https://hooks.slack.com/services/B"),
      kind: "teams",
    });
    expect(await storage.webhooks.seriesWithWebhooks()).toEqual([SERIES]);
    await storage.webhooks.enqueue(post("post-1", "closed:1"));
    expect(await storage.webhooks.removeWebhook(SERIES)).toBe(true);
    expect(await storage.webhooks.removeWebhook(SERIES)).toBe(false);
    expect(await storage.webhooks.seriesWithWebhooks()).toEqual([]);
    expect(await storage.webhooks.outboxOf(SERIES)).toEqual({ waiting: 0, lastError: null, gaveUp: 0, sent: 0 });
  });

  it("queues a post once per key, leases it to one sender, retries it, gives it up, and sends it once", async () => {
    expect(await storage.webhooks.enqueue(post("post-1", "closed:s1:2026-11-02"))).toBe(true);
    expect(await storage.webhooks.enqueue(post("post-2", "closed:s1:2026-11-02"))).toBe(false);
    expect(await storage.webhooks.hasPost("closed:s1:2026-11-02")).toBe(true);
    expect(await storage.webhooks.enqueue(post("post-3", "overdue:a1:2026-11-03", "2026-11-03T08:00:00.000Z"))).toBe(
      true,
    );

    const now = "2026-11-02T09:00:30.000Z";
    const lease = "2026-11-02T09:01:00.000Z";
    const first = await storage.webhooks.claimDue("sender-a", now, lease, 10);
    expect(first.map((p) => [p.id, p.attempts, p.post.title])).toEqual([["post-1", 0, "Post post-1"]]);
    expect(await storage.webhooks.claimDue("sender-b", now, lease, 10)).toEqual([]);

    await storage.webhooks.markFailed("post-1", "sender-a", "2026-11-02T09:05:00.000Z", "HTTP 404", null);
    expect(await storage.webhooks.outboxOf(SERIES)).toEqual({ waiting: 2, lastError: "HTTP 404", gaveUp: 0, sent: 0 });
    expect(await storage.webhooks.claimDue("sender-b", "2026-11-02T09:04:00.000Z", lease, 10)).toEqual([]);
    const retried = await storage.webhooks.claimDue(
      "sender-b",
      "2026-11-02T09:05:00.000Z",
      "2026-11-02T09:06:00.000Z",
      10,
    );
    expect(retried.map((p) => [p.id, p.attempts])).toEqual([["post-1", 1]]);
    // A sender whose lease ran out and passed on cannot renew it; its late success still counts,
    // and the sender that took the post over finds it sent before it posts (its renewal fails).
    expect(await storage.webhooks.renewLease("post-1", "sender-a", "2026-11-02T09:06:01.000Z")).toBe(false);
    expect(await storage.webhooks.markSent("post-1", "sender-a", "2026-11-02T09:05:01.000Z")).toBe(true);
    expect(await storage.webhooks.renewLease("post-1", "sender-b", "2026-11-02T09:06:02.000Z")).toBe(false);
    expect(await storage.webhooks.markSent("post-1", "sender-b", "2026-11-02T09:05:02.000Z")).toBe(false);

    const third = await storage.webhooks.claimDue(
      "sender-a",
      "2026-11-03T08:00:00.000Z",
      "2026-11-03T08:01:00.000Z",
      10,
    );
    expect(third.map((p) => p.id)).toEqual(["post-3"]);
    // A renewed lease keeps the post from others past the claim's lease.
    expect(await storage.webhooks.renewLease("post-3", "sender-a", "2026-11-03T08:02:00.000Z")).toBe(true);
    expect(
      await storage.webhooks.claimDue("sender-b", "2026-11-03T08:01:30.000Z", "2026-11-03T08:02:30.000Z", 10),
    ).toEqual([]);
    await storage.webhooks.markFailed(
      "post-3",
      "sender-a",
      "2026-11-03T08:10:00.000Z",
      "HTTP 503",
      "2026-11-03T08:00:05.000Z",
    );
    expect(
      await storage.webhooks.claimDue("sender-a", "2026-11-04T00:00:00.000Z", "2026-11-04T00:01:00.000Z", 10),
    ).toEqual([]);
    expect(await storage.webhooks.renewLease("post-3", "sender-a", "2026-11-04T00:01:00.000Z")).toBe(false);
    expect(await storage.webhooks.outboxOf(SERIES)).toEqual({ waiting: 0, lastError: "HTTP 503", gaveUp: 1, sent: 1 });
  });

  it("hands each post to exactly one of several senders claiming at once", async () => {
    const ids = Array.from({ length: 24 }, (_, i) => `post-${String(i).padStart(2, "0")}`);
    for (const id of ids) await storage.webhooks.enqueue(post(id, `key-${id}`));
    const second = await open(target);
    try {
      const now = "2026-11-02T09:00:00.000Z";
      const lease = "2026-11-02T09:00:30.000Z";
      const claims = await Promise.all(
        ["a", "b", "c", "d", "e", "f"].map((owner, i) =>
          (i % 2 === 0 ? storage : second).webhooks.claimDue(owner, now, lease, 5),
        ),
      );
      expect(claims.flatMap((batch) => batch.map((p) => p.id)).sort()).toEqual(ids.slice(0, 24));
    } finally {
      await second.close();
    }
  });
});
