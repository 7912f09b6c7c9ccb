import { nanoid } from "nanoid";
import { payloadFor } from "@common/webhook/payloads.js";
import type { WebhookStore } from "../storage/webhookTypes.js";
import { postJson, POST_TIMEOUT_MS } from "./deliver.js";

/** How long a sender holds a claimed post: renewed right before each POST, and well beyond one POST's timeout. */
export const WEBHOOK_LEASE_MS = 6 * POST_TIMEOUT_MS;

/** Attempts after which a post is given up (about an hour and a half of retries). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/** How long until a failed post is tried again: 30 s, 1, 2, 4 … minutes, at most an hour. */
export function webhookRetryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, 3_600_000);
}

/** Sends what the webhook outbox holds: claims due posts, delivers them, marks them sent or gives them back. */
export interface WebhookSender {
  /** Sends every due post once over; resolves with how many were delivered. `now` is read for each batch. */
  sendDue(now: () => Date): Promise<number>;
}

/**
 * A sender for this instance. Each post goes to the series' webhook as it is
 * set at sending time, written for its kind. Right before a post goes out its
 * lease is renewed (a batch's last post is not sent on a lease that ran out
 * while a slow receiver took the ones before it); a sender that lost the lease
 * skips the post. A post is marked sent after the receiver answered 2xx — also
 * when its lease ran out meanwhile, so that a sender that took it over finds it
 * sent and does not post it again. A process that dies in between, or a POST
 * that timed out but arrived, posts it again once its lease ran out (at least
 * once). Errors are logged without the address.
 */
export function webhookSender(
  store: WebhookStore,
  allowLoopback: boolean,
  logError: (error: unknown) => void,
): WebhookSender {
  const owner = `webhook-${nanoid()}`;
  return {
    async sendDue(now) {
      let sent = 0;
      for (;;) {
        const at = now();
        const leaseUntil = new Date(at.getTime() + WEBHOOK_LEASE_MS).toISOString();
        const claimed = await store.claimDue(owner, at.toISOString(), leaseUntil, 10);
        if (claimed.length === 0) return sent;
        for (const item of claimed) {
          const renewedUntil = new Date(now().getTime() + WEBHOOK_LEASE_MS).toISOString();
          if (!(await store.renewLease(item.id, owner, renewedUntil))) continue;
          const webhook = await store.webhookOf(item.seriesId);
          const delivery = webhook
            ? await postJson(webhook.url, payloadFor(webhook.kind, item.post), allowLoopback)
            : { ok: false as const, reason: "no webhook set" };
          if (delivery.ok) {
            if (await store.markSent(item.id, owner, now().toISOString())) sent += 1;
            continue;
          }
          const attempts = item.attempts + 1;
          const retryAt = new Date(at.getTime() + webhookRetryDelayMs(item.attempts)).toISOString();
          const giveUp = attempts >= WEBHOOK_MAX_ATTEMPTS ? now().toISOString() : null;
          await store.markFailed(item.id, owner, retryAt, delivery.reason, giveUp);
          logError(
            new Error(
              `webhook post ${item.kind} of series ${item.seriesId} not delivered (attempt ${attempts}${giveUp ? ", given up" : ""}): ${delivery.reason}`,
            ),
          );
        }
      }
    },
  };
}
