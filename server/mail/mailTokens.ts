import { randomBytes } from "node:crypto";

const MAIL_TOKEN = /^ekm_[A-Za-z0-9_-]{22}$/;

/** A new token for a link in a mail (confirm, unsubscribe): 128 bits from the CSPRNG; stored only as its hash. */
export function makeMailToken(): string {
  return `ekm_${randomBytes(16).toString("base64url")}`;
}

/** Whether a value is shaped like a mail link's token. */
export function isMailToken(value: unknown): value is string {
  return typeof value === "string" && MAIL_TOKEN.test(value);
}
