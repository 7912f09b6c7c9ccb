import type { WebhookPost } from "@common/webhook/posts.js";
import type { WebhookKind, WebhookLanguage } from "@common/webhook/target.js";

/** A series' webhook as the server keeps it; `url` leaves the server only in the POST to it. */
export interface WebhookRecord {
  seriesId: string;
  kind: WebhookKind;
  url: string;
  language: WebhookLanguage;
  /** The series' local day it was set (YYYY-MM-DD): nothing older is posted. */
  sinceDay: string;
  createdAt: string;
  createdBy: string;
}

/** A post written to the webhook outbox; `key` makes a second one for the same reason impossible. */
export interface NewWebhookPost {
  id: string;
  key: string;
  seriesId: string;
  /** What it is about: "closed", "overdue" (the test post is sent at once, not queued). */
  kind: string;
  post: WebhookPost;
  createdAt: string;
}

/** A post claimed for sending. */
export interface ClaimedWebhookPost extends NewWebhookPost {
  attempts: number;
}

/** How a series' webhook outbox stands: what waits, the last error, what was given up, how many went out. */
export interface WebhookOutboxReport {
  waiting: number;
  /** The last delivery error ("HTTP 404", "timeout", …), never the address or the answer's body. */
  lastError: string | null;
  gaveUp: number;
  sent: number;
}

/** The series' webhook and its outbox; the same calls in and outside a transaction. */
export interface WebhookStore {
  webhookOf(seriesId: string): Promise<WebhookRecord | null>;
  /** Sets (or replaces) the series' webhook. */
  saveWebhook(webhook: WebhookRecord): Promise<void>;
  /** Removes the series' webhook and the posts that wait for it; false when there was none. */
  removeWebhook(seriesId: string): Promise<boolean>;
  /** The series that have a webhook. */
  seriesWithWebhooks(): Promise<string[]>;
  hasPost(key: string): Promise<boolean>;
  /** Writes the post unless one with its key exists; true when written. */
  enqueue(post: NewWebhookPost): Promise<boolean>;
  /** Leases up to `limit` posts due at `now` that no live lease holds, for `owner` until `leaseUntil`. */
  claimDue(owner: string, now: string, leaseUntil: string, limit: number): Promise<ClaimedWebhookPost[]>;
  /**
   * Extends `owner`'s lease on a claimed post right before it is posted; false when the
   * sender holds it no longer (another took it over, or it was sent) — then it is not posted.
   */
  renewLease(id: string, owner: string, leaseUntil: string): Promise<boolean>;
  /**
   * Marks a post sent after the receiver took it — also when `owner`'s lease ran out meanwhile,
   * so that a sender that took it over finds it sent and does not post it again. False when it
   * was marked sent before.
   */
  markSent(id: string, owner: string, at: string): Promise<boolean>;
  /** Gives a post back after a failed attempt: tried again at `retryAt`, or given up for good when `giveUpAt` is set. */
  markFailed(id: string, owner: string, retryAt: string, error: string, giveUpAt: string | null): Promise<void>;
  outboxOf(seriesId: string): Promise<WebhookOutboxReport>;
}
