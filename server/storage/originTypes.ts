/** Who made a series, kept for the quota on making series (see docs/security.md). */
export interface SeriesOrigin {
  seriesId: string;
  /** The client address it came from (an IPv6 address as its /64 network). */
  address: string;
  /** The person who made it: `person:<id>` (an importer keeps their id across their own backups). */
  creator: string;
  /** The bytes of the backup it was imported from; 0 for a new or example series. */
  bytes: number;
  createdAt: string;
}

/** How much one address or one creator made in a time window. */
export interface MadeSince {
  series: number;
  bytes: number;
}

/** The record of who made which series; the same calls inside and outside a transaction. */
export interface OriginStore {
  addOrigin(origin: SeriesOrigin): Promise<void>;
  /** The series (and bytes of imports) made from `address` or by `creator` at or after `since` (ISO time). */
  madeSince(by: { address: string } | { creator: string }, since: string): Promise<MadeSince>;
}
