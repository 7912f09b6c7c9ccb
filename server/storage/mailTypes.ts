import type { MailChoice, MailChoices, MailLanguage, MailSettings } from "@common/mail/contact.js";

/** A person's mail contact in one series: kept beside the event log, never in the series' state. */
export interface ContactRecord {
  seriesId: string;
  personId: string;
  email: string;
  language: MailLanguage;
  choices: MailChoices;
  /** When the address was confirmed through the link mailed to it; null: nothing but that mail goes to it. */
  confirmedAt: string | null;
  /** Who entered the address: the person, or a facilitator for them. */
  enteredBy: string;
  updatedAt: string;
}

/** A link in a mail that changes one setting of one person without signing in (its token stored as a hash). */
export interface MailLink {
  seriesId: string;
  personId: string;
  choice: MailChoice;
  createdAt: string;
  /** The address the link was mailed to: after a change of address it changes nothing; null for older links. */
  email: string | null;
}

/** A mail as the outbox keeps it until it is sent. */
export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; content: string; contentType: string }[];
}

/** A mail written to the outbox; `key` makes a second one for the same reason impossible. */
export interface NewOutboxMail {
  id: string;
  key: string;
  seriesId: string;
  personId: string;
  kind: string;
  message: OutboxMessage;
  createdAt: string;
}

/** A mail claimed for sending. */
export interface ClaimedMail extends NewOutboxMail {
  attempts: number;
}

/** How a series' outbox stands: what waits, what failed last, and what went out lately. */
export interface OutboxReport {
  waiting: number;
  /** Of the waiting ones, how many failed at least once. */
  failing: number;
  /** Mails given up after failing for days ("dauerhaft fehlgeschlagen"). */
  gaveUp: number;
  /** The last delivery error (the mail server's words, never an address). */
  lastError: string | null;
  /** The newest sent mails, newest first. */
  sent: { kind: string; personId: string; sentAt: string }[];
}

/** Contacts, mail links, the series' mail settings and the outbox; the same calls in and outside a transaction. */
export interface MailStore {
  contactOf(seriesId: string, personId: string): Promise<ContactRecord | null>;
  contactsOf(seriesId: string): Promise<ContactRecord[]>;
  /**
   * Writes (or replaces) the person's contact; `confirmHash` is the hash of its confirmation
   * link's token, undefined keeps the confirmation that waits (if any).
   */
  saveContact(contact: ContactRecord, confirmHash: string | null | undefined): Promise<void>;
  /** Removes the person's contact and the links mailed to them, and cancels their unsent mails at `at`; false when there was none. */
  removeContact(seriesId: string, personId: string, at: string): Promise<boolean>;
  /** Confirms the contact whose confirmation token has this hash (once); null when none waits for it. */
  confirmContact(confirmHash: string, at: string): Promise<ContactRecord | null>;
  /** The contact waiting for confirmation by this hash, or null. */
  contactByConfirmHash(confirmHash: string): Promise<ContactRecord | null>;
  addMailLink(link: MailLink, tokenHash: string): Promise<void>;
  mailLinkByHash(tokenHash: string): Promise<MailLink | null>;
  /** Removes the unsubscribe links mailed to the person (their address changed). */
  removeMailLinksOf(seriesId: string, personId: string): Promise<void>;
  /**
   * How many confirmation mails were queued since `since`: for the person, and in the whole
   * series (the caps on mailing addresses nobody confirmed yet).
   */
  confirmsSince(seriesId: string, personId: string, since: string): Promise<{ person: number; series: number }>;
  /**
   * Holds the series until the transaction ends: a revocation of one of its people (which
   * raises the series' access generation first) waits for it, or it for the revocation.
   */
  holdSeries(seriesId: string): Promise<void>;
  /** Turns one choice of one person's contact on or off; false when they have no contact. */
  setChoice(seriesId: string, personId: string, choice: MailChoice, on: boolean): Promise<boolean>;
  /** The series with at least one confirmed contact. */
  seriesWithContacts(): Promise<string[]>;
  settingsOf(seriesId: string): Promise<MailSettings>;
  saveSettings(seriesId: string, settings: MailSettings): Promise<void>;
  /** Whether a mail with this key was ever queued. */
  hasMail(key: string): Promise<boolean>;
  /**
   * Whether the person was cut off: they had devices and every one is revoked (a person
   * who never had one, an owner a facilitator entered, is not).
   */
  cutOff(seriesId: string, personId: string): Promise<boolean>;
  /** The invite link at the root of the person's devices (what revoking it cuts off), or null. */
  rootInviteOf(seriesId: string, personId: string): Promise<string | null>;
  /** Writes a mail to the outbox; false (and nothing written) when one with its key exists. */
  enqueue(mail: NewOutboxMail): Promise<boolean>;
  /**
   * Claims up to `limit` unsent mails that are due and not leased by another sender: leased
   * to `owner` until `leaseUntil`. Of senders claiming at once, each mail goes to one.
   */
  claimDue(owner: string, now: string, leaseUntil: string, limit: number): Promise<ClaimedMail[]>;
  /**
   * Extends the lease of a claimed mail to `leaseUntil` right before it is sent: false when the
   * sender holds it no longer (another took it over, it was sent or cancelled) — then it is not sent.
   */
  renewLease(id: string, owner: string, leaseUntil: string): Promise<boolean>;
  /**
   * Records that a mail was delivered and clears its message (the links and tokens in it);
   * kind, person and time stay for the list of what was sent. A delivery counts also when the
   * lease ran out meanwhile: a sender that took the mail over then finds it sent and skips it.
   * False when it was marked sent before.
   */
  markSent(id: string, owner: string, at: string): Promise<boolean>;
  /** Gives a claimed mail back after a failed delivery, to be tried again at `retryAt`. */
  markFailed(id: string, owner: string, retryAt: string, error: string): Promise<void>;
  /** Gives a claimed mail up for good after failing for days; its message is cleared. */
  markGaveUp(id: string, owner: string, at: string, error: string): Promise<void>;
  /** Cancels the person's unsent mails (address removed or changed, person revoked); returns how many. */
  cancelMailsOf(seriesId: string, personId: string, at: string): Promise<number>;
  outboxOf(seriesId: string): Promise<OutboxReport>;
}
