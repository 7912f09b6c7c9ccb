import type { SeriesEvent } from "@common/domain/apply.js";
import type { SeriesState } from "@common/domain/types.js";
import type { AccessStore } from "./accessTypes.js";
import type { CalendarFeedStore } from "./calendarTypes.js";
import type { MailStore } from "./mailTypes.js";
import type { WebhookStore } from "./webhookTypes.js";
import type { OriginStore } from "./originTypes.js";

export const StorageKind = { sqlite: "sqlite", postgres: "postgres" } as const;
export type StorageKind = (typeof StorageKind)[keyof typeof StorageKind];

/** A stored snapshot: the series state as of `seq`. */
export interface StoredSnapshot {
  seq: number;
  state: SeriesState;
}

/** Reads that work both inside and outside a transaction. */
export interface SeriesReads {
  /** The series' last sequence number, or null when there is no such series. */
  headSeq(seriesId: string): Promise<number | null>;
  /** Events with seq > afterSeq (and <= upToSeq when given), in order. */
  eventsSince(seriesId: string, afterSeq: number, upToSeq?: number): Promise<SeriesEvent[]>;
  /** The newest stored snapshot of the series, if any. */
  latestSnapshot(seriesId: string): Promise<StoredSnapshot | null>;
  /** Whether every event with afterSeq < seq <= upToSeq is known to go to every viewer unchanged. */
  allForAll(seriesId: string, afterSeq: number, upToSeq: number): Promise<boolean>;
}

/** A command about to run in a transaction: its series and its id. */
export interface CommandClaim {
  seriesId: string;
  commandId: string;
}

/** What a command may do inside its one transaction. */
export interface SeriesTransaction extends SeriesReads {
  /** Invite links and device tokens, written in the same transaction as the command. */
  readonly access: AccessStore;
  /** Who made a series, written with it. */
  readonly origins: OriginStore;
  /** Creates the series row with head 0; fails if the id exists. */
  createSeries(seriesId: string, createdAt: string): Promise<void>;
  /**
   * Prepares the transaction for these commands in a constant number of round trips, however
   * many there are: locks their series (in id order) and learns which of their ids were
   * already applied. `nextSeq` and `findCommand` for them then answer without a round trip,
   * and their events are written together when the transaction ends. Unknown series are left
   * out; calling it is optional (everything works without it, one round trip at a time).
   * With `skipBusy`, series another transaction holds are left out too instead of waited
   * for (PostgreSQL; SQLite has one writer). Resolves with the series now held.
   */
  claim(commands: readonly CommandClaim[], skipBusy?: boolean): Promise<ReadonlySet<string>>;
  /**
   * Reserves the series' next sequence number and holds the series' write
   * lock until the transaction ends; null when there is no such series.
   */
  nextSeq(seriesId: string): Promise<number | null>;
  /**
   * The series' access generation (it rises with every revocation), as of this transaction's
   * `nextSeq` for the series when there was one; null when there is no such series.
   */
  accessGeneration(seriesId: string): Promise<number | null>;
  /** The seq of the event a command id produced, or null. */
  findCommand(seriesId: string, commandId: string): Promise<number | null>;
  /** Appends the event; `forAll` says whether every viewer receives it unchanged. */
  appendEvent(seriesId: string, event: SeriesEvent, forAll?: boolean): Promise<void>;
  saveSnapshot(seriesId: string, snapshot: StoredSnapshot): Promise<void>;
  /**
   * Runs `work` inside a savepoint: when it throws, its writes (and the
   * sequence numbers it reserved) are undone and the error passes on, while
   * the transaction stays usable for the work that follows.
   */
  attempt<T>(work: () => Promise<T>): Promise<T>;
}

/** The one storage interface; SQLite and PostgreSQL implement it alike. */
export interface Storage extends SeriesReads {
  readonly kind: StorageKind;
  /** Invite links and device tokens. */
  readonly access: AccessStore;
  /** Who made which series (the quota on making series). */
  readonly origins: OriginStore;
  /** Mail contacts, the series' mail settings and the outbox: never part of a series' state. */
  readonly mail: MailStore;
  /** Per-person calendar feeds: never part of a series' state. */
  readonly calendar: CalendarFeedStore;
  /**
   * Runs `work` on the mail tables (and the devices, for the personal links a mail carries) in
   * one transaction of its own: committed when it resolves.
   */
  mailTransaction<T>(work: (mail: MailStore, access: AccessStore) => Promise<T>): Promise<T>;
  /** The series' Teams/Slack webhook and its outbox: never part of a series' state. */
  readonly webhooks: WebhookStore;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SeriesTransaction) => Promise<T>): Promise<T>;
  /**
   * Writes a row and removes it again in one committed transaction (a page
   * written and synced, nothing left behind): throws when storage cannot
   * write (read-only, disk full, database away).
   */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}
