import { randomBytes } from "node:crypto";

const FEED_TOKEN = /^ekc_[A-Za-z0-9_-]{22}$/;

/**
 * A new calendar feed token: 128 bits from the CSPRNG, stored only as its hash. Its prefix is
 * none of the device or invite kinds: a feed token opens nothing but the feed, and a device
 * token is no feed token.
 */
export function makeFeedToken(): string {
  return `ekc_${randomBytes(16).toString("base64url")}`;
}

/** Whether a value is shaped like a calendar feed token. */
export function isFeedToken(value: unknown): value is string {
  return typeof value === "string" && FEED_TOKEN.test(value);
}

/** The path of a feed (without origin: the page that shows it adds its own). */
export function feedPath(token: string): string {
  return `/calendar/${token}.ics`;
}
