import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPostgresStorage } from "../../server/storage/postgres.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";
import type { Storage } from "../../server/storage/types.js";
import { WEBHOOK_LEASE_MS, webhookSender } from "../../server/webhook/sender.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhookReceiver.js";

const SERIES = "series-webhook-sender-1";
const T0 = Date.parse("2026-11-09T09:00:00.000Z");

function open(target: StorageTarget): Promise<Storage> {
  return target.databaseUrl
    ? openPostgresStorage(target.databaseUrl)
    : openSqliteStorage(join(target.dataDir, "einklang.sqlite"));
}

describe.each(storageTargets())("webhook senders on a slow receiver (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let storage: Storage;
  let receiver: WebhookReceiver;

  beforeEach(async () => {
    target = await makeTarget();
    storage = await open(target);
    receiver = await startWebhookReceiver();
    await storage.transaction((tx) => tx.createSeries(SERIES, new Date(T0).toISOString()));
    await storage.webhooks.saveWebhook({
      seriesId: SERIES,
      kind: "slack",
      url: receiver.url,
      language: "de",
      sinceDay: "2026-11-09",
      createdAt: new Date(T0).toISOString(),
      createdBy: "anna-0001",
    });
    for (const n of [1, 2]) {
      await storage.webhooks.enqueue({
        id: `post-${n}`,
        key: `closed:session-${n}:2026-11-09`,
        seriesId: SERIES,
        kind: "closed",
        post: { title: `Sitzung ${n}`, sections: [] },
        createdAt: new Date(T0 - 10 + n).toISOString(),
      });
    }
  });

  afterEach(async () => {
    receiver.release();
    await receiver.close();
    await storage.close();
    await target.cleanup();
  });

  function senderOn(store: Storage) {
    return webhookSender(store.webhooks, true, () => {});
  }

  it("renews a post's lease right before it is posted: a second instance cannot take over a batch's later post while the first posts it", async () => {
    const second = await open(target);
    let first: Promise<number> | undefined;
    try {
      let clock = T0;
      const now = () => new Date(clock);
      receiver.hold();
      first = senderOn(storage).sendDue(now);
      await receiver.waitFor(1);
      // The first post took most of the batch's lease; the second is renewed before it goes out.
      clock = T0 + WEBHOOK_LEASE_MS - 5_000;
      receiver.release(true);
      await receiver.waitFor(2);
      clock = T0 + WEBHOOK_LEASE_MS + 5_000;
      const taken = await second.webhooks.claimDue(
        "second-instance",
        now().toISOString(),
        new Date(clock + WEBHOOK_LEASE_MS).toISOString(),
        10,
      );
      expect(taken.map((post) => post.id)).toEqual([]);
      receiver.release();
      expect(await first).toBe(2);
      // Once both are posted, the second instance's sender finds nothing more to post.
      expect(await senderOn(second).sendDue(now)).toBe(0);
      const titles = receiver.posts.map((post) => JSON.stringify(post.body).match(/Sitzung \d/)?.[0]);
      expect(titles.sort()).toEqual(["Sitzung 1", "Sitzung 2"]);
      expect(await storage.webhooks.outboxOf(SERIES)).toEqual({ waiting: 0, lastError: null, gaveUp: 0, sent: 2 });
    } finally {
      // A failed expectation leaves the first sender waiting: it ends before its storage closes.
      receiver.release();
      await first?.catch(() => undefined);
      await second.close();
    }
  });
});
