import { createHash, randomBytes } from "node:crypto";

/** What a token opens: an invite link for a role, or one person's device. */
export const TokenKind = {
  facilitatorInvite: "ekf",
  participantInvite: "ekp",
  observerInvite: "eko",
  device: "ekd",
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

const TOKEN_PATTERN = /^(ekf|ekp|eko|ekd)_[A-Za-z0-9_-]{22}$/;

/** A new capability token: a kind prefix and 128 bits from the CSPRNG. */
export function makeToken(kind: TokenKind): string {
  return `${kind}_${randomBytes(16).toString("base64url")}`;
}

/** The kind of a well-formed token, or null for anything else. */
export function tokenKind(token: unknown): TokenKind | null {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return null;
  return token.slice(0, 3) as TokenKind;
}

/** What is stored of a token: its SHA-256, never the token itself. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
