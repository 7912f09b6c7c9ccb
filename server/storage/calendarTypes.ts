/** A person's calendar feed: a secret URL of its own that opens their dates read-only (token stored as its hash). */
export interface CalendarFeedRecord {
  id: string;
  seriesId: string;
  personId: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Calendar feeds; the same calls in and outside a transaction. */
export interface CalendarFeedStore {
  /**
   * Makes a new feed for the person and revokes the one they had (renewing it): a person has
   * at most one live feed.
   */
  renewFeed(feed: CalendarFeedRecord, tokenHash: string): Promise<void>;
  /** The feed whose token has this hash, revoked or not; null when there never was one. */
  feedByHash(tokenHash: string): Promise<CalendarFeedRecord | null>;
  /** The person's live feed, or null. */
  liveFeedOf(seriesId: string, personId: string): Promise<CalendarFeedRecord | null>;
  /** Revokes the person's live feed; false when they had none. */
  revokeFeedsOf(seriesId: string, personId: string, at: string): Promise<boolean>;
}
