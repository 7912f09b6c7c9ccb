/** The device token a personal link (`/me#<token>`) carries; null for anything else. */
export function personalLinkToken(hash: string): string | null {
  const match = /^#(ekd_[A-Za-z0-9_-]{22})$/.exec(hash);
  return match?.[1] ?? null;
}
