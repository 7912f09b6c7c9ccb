import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeriesEvent } from "@common/domain/apply.js";
import { makeEvents, makeSeries } from "../support/factories.js";
import { outboxMessages } from "../support/seriesRows.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";
import { openPostgresStorage } from "../../server/storage/postgres.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";
import type { SeriesTransaction, Storage } from "../../server/storage/types.js";
import type { ContactRecord, NewOutboxMail } from "../../server/storage/mailTypes.js";

function open(target: StorageTarget): Promise<Storage> {
  return target.databaseUrl
    ? openPostgresStorage(target.databaseUrl)
    : openSqliteStorage(join(target.dataDir, "einklang.sqlite"));
}

const SERIES = "series-contract-1";
const OTHER = "series-contract-2";
const events = makeEvents([
  { type: "series.create", name: "Reihe", creatorName: "Anna" },
  { type: "case.add", caseId: "case-0001", values: { title: "Fall", description: "" } },
  { type: "case.update", caseId: "case-0001", changes: { title: "Fall 1" } },
]);

function contact(personId: string, changes: Partial<ContactRecord> = {}): ContactRecord {
  return {
    seriesId: SERIES,
    personId,
    email: `${personId}@example.com`,
    language: "de",
    choices: { reminders: true, digest: true, preRead: false, minutes: true },
    confirmedAt: null,
    enteredBy: personId,
    updatedAt: "2026-11-01T10:00:00.000Z",
    ...changes,
  };
}

function outboxMail(id: string, key: string, createdAt = "2026-11-02T07:00:00.000Z"): NewOutboxMail {
  return {
    id,
    key,
    seriesId: SERIES,
    personId: "anna-0001",
    kind: "reminder",
    message: {
      to: "anna@example.com",
      subject: "Erinnerung",
      text: "Text",
      html: "<p>Text</p>",
      headers: {},
      attachments: [],
    },
    createdAt,
  };
}

async function appendAll(storage: Storage, list: SeriesEvent[]): Promise<void> {
  await storage.transaction(async (tx) => {
    if ((await tx.headSeq(SERIES)) === null) await tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z");
    for (const event of list) {
      const seq = await tx.nextSeq(SERIES);
      await tx.appendEvent(SERIES, { ...event, seq: seq ?? -1 });
    }
  });
}

describe.each(storageTargets())("storage contract: %s", (_kind, makeTarget) => {
  let target: StorageTarget;
  let storage: Storage;

  beforeEach(async () => {
    target = await makeTarget();
    storage = await open(target);
  });

  afterEach(async () => {
    await storage.close();
    await target.cleanup();
  });

  it("reports its kind", () => {
    expect(storage.kind).toBe(target.kind);
  });

  it("knows no series before one is created", async () => {
    expect(await storage.headSeq(SERIES)).toBeNull();
    expect(await storage.eventsSince(SERIES, 0)).toEqual([]);
    expect(await storage.transaction((tx) => tx.nextSeq(SERIES))).toBeNull();
  });

  it("hands out gap-free sequence numbers and returns events in order", async () => {
    await appendAll(storage, events);
    expect(await storage.headSeq(SERIES)).toBe(3);
    expect(await storage.eventsSince(SERIES, 0)).toEqual(events);
    expect((await storage.eventsSince(SERIES, 1, 2)).map((e) => e.seq)).toEqual([2]);
  });

  it("keeps nothing of a transaction that throws", async () => {
    await appendAll(storage, events.slice(0, 1));
    await expect(
      storage.transaction(async (tx) => {
        const seq = await tx.nextSeq(SERIES);
        await tx.appendEvent(SERIES, { ...(events[1] ?? events[0]), seq: seq ?? -1 } as SeriesEvent);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await storage.headSeq(SERIES)).toBe(1);
    expect(await storage.eventsSince(SERIES, 0)).toHaveLength(1);
  });

  it("undoes only the attempt that throws, number included, and commits the rest of the transaction", async () => {
    await appendAll(storage, events.slice(0, 1));
    const append = (tx: SeriesTransaction, commandId: string) => async () => {
      const seq = (await tx.nextSeq(SERIES)) ?? -1;
      await tx.appendEvent(SERIES, { ...(events[0] as SeriesEvent), seq, commandId });
      return seq;
    };
    const outcomes = await storage.transaction(async (tx) => {
      const first = await tx.attempt(append(tx, "kept-1"));
      const refused = await tx
        .attempt(async () => {
          await append(tx, "refused")();
          throw new Error("refused");
        })
        .catch((error: unknown) => (error instanceof Error ? error.message : "?"));
      // The same command id again: the database refuses it, and the transaction goes on.
      const duplicate = await tx.attempt(append(tx, "kept-1")).catch(() => "duplicate");
      const second = await tx.attempt(append(tx, "kept-2"));
      return [first, refused, duplicate, second];
    });
    expect(outcomes).toEqual([2, "refused", "duplicate", 3]);
    expect((await storage.eventsSince(SERIES, 0)).map((e) => [e.seq, e.commandId])).toEqual([
      [1, "cmd-1"],
      [2, "kept-1"],
      [3, "kept-2"],
    ]);
    expect(await storage.headSeq(SERIES)).toBe(3);
  });

  it("claims the series of a batch at once: numbers follow on, retried ids are found, own writes are read back", async () => {
    await appendAll(storage, events);
    await storage.transaction((tx) => tx.createSeries(OTHER, "2026-11-01T09:00:00.000Z"));
    const seen = await storage.transaction(async (tx) => {
      await tx.claim([
        { seriesId: SERIES, commandId: "new-1" },
        { seriesId: SERIES, commandId: "cmd-2" },
        { seriesId: OTHER, commandId: "other-1" },
        { seriesId: "no-such-series", commandId: "x" },
      ]);
      const retried = await tx.findCommand(SERIES, "cmd-2");
      const fresh = await tx.findCommand(SERIES, "new-1");
      const seq = (await tx.nextSeq(SERIES)) ?? -1;
      await tx.appendEvent(SERIES, { ...(events[2] as SeriesEvent), seq, commandId: "new-1" });
      // A refused command gives its number back.
      const refused = await tx
        .attempt(async () => {
          await tx.nextSeq(OTHER);
          throw new Error("refused");
        })
        .catch(() => "refused");
      return {
        retried,
        fresh,
        seq,
        refused,
        missing: await tx.nextSeq("no-such-series"),
        head: await tx.headSeq(SERIES),
        read: (await tx.eventsSince(SERIES, 3)).map((e) => e.commandId),
      };
    });
    expect(seen).toEqual({
      retried: 2,
      fresh: null,
      seq: 4,
      refused: "refused",
      missing: null,
      head: 4,
      read: ["new-1"],
    });
    expect(await storage.headSeq(SERIES)).toBe(4);
    expect(await storage.headSeq(OTHER)).toBe(0);
    expect((await storage.eventsSince(SERIES, 0)).map((e) => e.commandId)).toEqual([
      "cmd-1",
      "cmd-2",
      "cmd-3",
      "new-1",
    ]);
  });

  it("finds a command id retried in the same batch once its event is written, and tells a raised access generation", async () => {
    await appendAll(storage, events);
    const seen = await storage.transaction(async (tx) => {
      await tx.claim([
        { seriesId: SERIES, commandId: "once" },
        { seriesId: SERIES, commandId: "once" },
      ]);
      const before = await tx.accessGeneration(SERIES);
      const seq = (await tx.nextSeq(SERIES)) ?? -1;
      await tx.appendEvent(SERIES, { ...(events[2] as SeriesEvent), seq, commandId: "once" });
      // A direct write (a snapshot) sends the buffered event to the database first.
      await tx.attempt(() => tx.saveSnapshot(SERIES, { seq, state: makeSeries() }));
      // A revocation in the same batch raises the series' access generation.
      await tx.access.raiseAccessGeneration(SERIES);
      return { retried: await tx.findCommand(SERIES, "once"), before, after: await tx.accessGeneration(SERIES) };
    });
    expect(seen).toEqual({ retried: 4, before: 0, after: 1 });
  });

  it("undoes a claimed attempt that also wrote directly, and keeps the attempt before it", async () => {
    await appendAll(storage, events);
    await storage.transaction(async (tx) => {
      await tx.claim([
        { seriesId: SERIES, commandId: "kept" },
        { seriesId: SERIES, commandId: "undone" },
      ]);
      for (const commandId of ["kept", "undone"]) {
        await tx
          .attempt(async () => {
            const seq = (await tx.nextSeq(SERIES)) ?? -1;
            await tx.appendEvent(SERIES, { ...(events[2] as SeriesEvent), seq, commandId });
            if (commandId === "kept") return;
            await tx.saveSnapshot(SERIES, { seq, state: makeSeries() });
            throw new Error("refused");
          })
          .catch(() => undefined);
      }
    });
    expect((await storage.eventsSince(SERIES, 0)).map((e) => [e.seq, e.commandId])).toEqual([
      [1, "cmd-1"],
      [2, "cmd-2"],
      [3, "cmd-3"],
      [4, "kept"],
    ]);
    expect(await storage.headSeq(SERIES)).toBe(4);
    expect(await storage.latestSnapshot(SERIES)).toBeNull();
  });

  it("leaves out a series another transaction holds when asked not to wait, and waits for it otherwise", async () => {
    await appendAll(storage, events);
    await storage.transaction((tx) => tx.createSeries(OTHER, "2026-11-01T09:00:00.000Z"));
    const both = [
      { seriesId: SERIES, commandId: "both-1" },
      { seriesId: OTHER, commandId: "both-2" },
    ];
    if (storage.kind === "sqlite") {
      // One connection writes SQLite: no other transaction can hold a series meanwhile.
      expect(await storage.transaction((tx) => tx.claim(both, true))).toEqual(new Set([SERIES, OTHER]));
      return;
    }
    let release = (): void => undefined;
    const holding = new Promise<void>((resolve) => (release = resolve));
    let held = (): void => undefined;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    const holder = storage.transaction(async (tx) => {
      await tx.claim([{ seriesId: SERIES, commandId: "holder" }]);
      held();
      await holding;
    });
    await isHeld;
    const skipped = await storage.transaction((tx) => tx.claim(both, true));
    const waited = storage.transaction((tx) => tx.claim(both));
    release();
    await holder;
    expect(skipped).toEqual(new Set([OTHER]));
    expect(await waited).toEqual(new Set([SERIES, OTHER]));
    expect(await storage.headSeq(SERIES)).toBe(3);
  });

  it("knows whether a range of events went to everyone unchanged; unknown counts as not", async () => {
    await storage.transaction(async (tx) => {
      await tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z");
      const forAll = [undefined, true, true, false, true];
      for (const [i, flag] of forAll.entries()) {
        const seq = (await tx.nextSeq(SERIES)) ?? -1;
        await tx.appendEvent(SERIES, { ...(events[0] as SeriesEvent), seq, commandId: `flag-${i}` }, flag);
      }
    });
    expect(await storage.allForAll(SERIES, 1, 3)).toBe(true);
    expect(await storage.allForAll(SERIES, 0, 3)).toBe(false);
    expect(await storage.allForAll(SERIES, 2, 5)).toBe(false);
    expect(await storage.allForAll(SERIES, 4, 5)).toBe(true);
    expect(await storage.allForAll(SERIES, 5, 5)).toBe(true);
  });

  it("finds the event a command id produced, and refuses the same id twice", async () => {
    await appendAll(storage, events);
    expect(await storage.transaction((tx) => tx.findCommand(SERIES, "cmd-2"))).toBe(2);
    expect(await storage.transaction((tx) => tx.findCommand(SERIES, "cmd-unknown"))).toBeNull();
    const again = { ...events[1], seq: 4 } as SeriesEvent;
    await expect(storage.transaction((tx) => tx.appendEvent(SERIES, again))).rejects.toThrow();
  });

  it("keeps the newest snapshot per series", async () => {
    await appendAll(storage, events);
    const state = makeSeries();
    await storage.transaction((tx) => tx.saveSnapshot(SERIES, { seq: 2, state }));
    await storage.transaction((tx) => tx.saveSnapshot(SERIES, { seq: 3, state: { ...state, name: "neu" } }));
    const snapshot = await storage.latestSnapshot(SERIES);
    expect(snapshot?.seq).toBe(3);
    expect(snapshot?.state.name).toBe("neu");
  });

  it("serialises concurrent transactions on one series without losing or repeating a number", async () => {
    await appendAll(storage, events.slice(0, 1));
    const writers = Array.from({ length: 20 }, (_, i) =>
      storage.transaction(async (tx) => {
        const seq = (await tx.nextSeq(SERIES)) ?? -1;
        await tx.appendEvent(SERIES, { ...(events[0] as SeriesEvent), seq, commandId: `parallel-${i}` });
        return seq;
      }),
    );
    const seqs = await Promise.all(writers);
    expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect((await storage.eventsSince(SERIES, 0)).map((e) => e.seq)).toEqual(
      Array.from({ length: 21 }, (_, i) => i + 1),
    );
  });

  it("survives being closed and opened again", async () => {
    await appendAll(storage, events);
    await storage.close();
    storage = await open(target);
    expect(await storage.eventsSince(SERIES, 0)).toEqual(events);
  });

  it("keeps invite links and devices, counts joins, and revokes a link with its devices", async () => {
    await appendAll(storage, events.slice(0, 1));
    const at = "2026-11-01T10:00:00.000Z";
    const invite = {
      id: "invite-0001",
      seriesId: SERIES,
      role: "participant" as const,
      orgId: null,
      createdAt: at,
      createdBy: "anna-0001",
      revokedAt: null,
      expiresAt: "2026-11-15T10:00:00.000Z",
    };
    await storage.access.addInvite(invite, "hash-invite-1");
    await storage.transaction((tx) =>
      tx.access.addDevice(
        {
          id: "device-0001",
          seriesId: SERIES,
          personId: "bernd-001",
          inviteId: invite.id,
          createdAt: at,
          revokedAt: null,
          createdBy: null,
          limited: false,
        },
        "hash-device-1",
      ),
    );
    await storage.access.addDevice(
      {
        id: "device-0002",
        seriesId: SERIES,
        personId: "carla-001",
        inviteId: null,
        createdAt: at,
        revokedAt: null,
        createdBy: null,
        limited: false,
      },
      "hash-device-2",
    );
    expect(await storage.access.inviteByHash("hash-invite-1")).toEqual(invite);
    expect(await storage.access.inviteByHash("nope")).toBeNull();
    expect(await storage.access.invitesOf(SERIES)).toEqual([{ ...invite, joined: 1 }]);
    expect(await storage.access.deviceByHash("hash-device-1")).toMatchObject({
      personId: "bernd-001",
      revokedAt: null,
    });
    expect(await storage.access.revokeInvite(SERIES, invite.id, at)).toBe(true);
    expect(await storage.access.revokeInvite(SERIES, invite.id, at)).toBe(false);
    expect((await storage.access.deviceByHash("hash-device-1"))?.revokedAt).toBe(at);
    expect((await storage.access.deviceByHash("hash-device-2"))?.revokedAt).toBeNull();
    expect(await storage.access.revokePerson(SERIES, "carla-001", at)).toBe(1);
    expect((await storage.access.deviceByHash("hash-device-2"))?.revokedAt).toBe(at);
  });

  it("refuses a second device or invite with the same token hash", async () => {
    await appendAll(storage, events.slice(0, 1));
    const device = {
      id: "device-0001",
      seriesId: SERIES,
      personId: "p-000001",
      inviteId: null,
      createdAt: "x",
      revokedAt: null,
      createdBy: null,
      limited: false,
    };
    await storage.access.addDevice(device, "same-hash");
    await expect(storage.access.addDevice({ ...device, id: "device-0002" }, "same-hash")).rejects.toThrow();
  });

  it("writes a device in the same transaction as the event, or not at all", async () => {
    await appendAll(storage, events.slice(0, 1));
    const device = {
      id: "device-0001",
      seriesId: SERIES,
      personId: "p-000001",
      inviteId: null,
      createdAt: "x",
      revokedAt: null,
      createdBy: null,
      limited: false,
    };
    await expect(
      storage.transaction(async (tx) => {
        await tx.access.addDevice(device, "rolled-back");
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await storage.access.deviceByHash("rolled-back")).toBeNull();
  });

  it("counts a device as revoked when its invite was revoked, even if the device row was written afterwards", async () => {
    await appendAll(storage, events.slice(0, 1));
    const at = "2026-11-01T10:00:00.000Z";
    const invite = {
      id: "invite-0002",
      seriesId: SERIES,
      role: "participant" as const,
      orgId: null,
      createdAt: at,
      createdBy: "anna-0001",
      revokedAt: null,
      expiresAt: null,
    };
    await storage.access.addInvite(invite, "hash-invite-2");
    await storage.access.revokeInvite(SERIES, invite.id, at);
    // A join that raced the revocation wrote its device after the revoke's update.
    await storage.access.addDevice(
      {
        id: "device-0009",
        seriesId: SERIES,
        personId: "late-0001",
        inviteId: invite.id,
        createdAt: at,
        revokedAt: null,
        createdBy: null,
        limited: false,
      },
      "hash-device-9",
    );
    expect((await storage.access.deviceByHash("hash-device-9"))?.revokedAt).toBe(at);
  });

  it("keeps contacts beside the series: confirmed once by their link, choices changed one by one, removed with their links", async () => {
    await storage.transaction((tx) => tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z"));
    await storage.mail.saveContact(contact("anna-0001"), "hash-confirm-1");
    await storage.mail.saveContact(contact("ben-0001", { confirmedAt: "2026-11-01T10:00:00.000Z" }), null);
    expect(await storage.mail.contactOf(SERIES, "anna-0001")).toEqual(contact("anna-0001"));
    expect((await storage.mail.contactsOf(SERIES)).map((c) => c.personId)).toEqual(["anna-0001", "ben-0001"]);
    expect(await storage.mail.contactOf(OTHER, "anna-0001")).toBeNull();
    expect(await storage.mail.seriesWithContacts()).toEqual([SERIES]);

    expect((await storage.mail.contactByConfirmHash("hash-confirm-1"))?.personId).toBe("anna-0001");
    const confirmed = await storage.mail.confirmContact("hash-confirm-1", "2026-11-01T11:00:00.000Z");
    expect(confirmed?.confirmedAt).toBe("2026-11-01T11:00:00.000Z");
    expect(await storage.mail.confirmContact("hash-confirm-1", "2026-11-01T12:00:00.000Z")).toBeNull();

    await storage.mail.addMailLink(
      {
        seriesId: SERIES,
        personId: "anna-0001",
        choice: "digest",
        createdAt: "2026-11-01T11:00:00.000Z",
        email: "anna@example.com",
      },
      "hash-link-1",
    );
    expect(await storage.mail.mailLinkByHash("hash-link-1")).toEqual({
      seriesId: SERIES,
      personId: "anna-0001",
      choice: "digest",
      createdAt: "2026-11-01T11:00:00.000Z",
      email: "anna@example.com",
    });
    expect(await storage.mail.setChoice(SERIES, "anna-0001", "digest", false)).toBe(true);
    expect((await storage.mail.contactOf(SERIES, "anna-0001"))?.choices).toEqual({
      reminders: true,
      digest: false,
      preRead: false,
      minutes: true,
    });
    expect(await storage.mail.setChoice(SERIES, "nobody-0001", "digest", false)).toBe(false);

    expect(await storage.mail.removeContact(SERIES, "anna-0001", "2026-11-01T13:00:00.000Z")).toBe(true);
    expect(await storage.mail.removeContact(SERIES, "anna-0001", "2026-11-01T13:00:00.000Z")).toBe(false);
    expect(await storage.mail.mailLinkByHash("hash-link-1")).toBeNull();
    expect(await storage.mail.contactOf(SERIES, "ben-0001")).not.toBeNull();

    expect(await storage.mail.settingsOf(SERIES)).toEqual({ reminderDays: 3, preReadDays: 2, linkDays: 30 });
    await storage.mail.saveSettings(SERIES, { reminderDays: 5, preReadDays: 1, linkDays: 7 });
    await storage.mail.saveSettings(SERIES, { reminderDays: 4, preReadDays: 1, linkDays: 90 });
    expect(await storage.mail.settingsOf(SERIES)).toEqual({ reminderDays: 4, preReadDays: 1, linkDays: 90 });
  });

  it("queues a mail once per key, leases it to one sender, and sends it once", async () => {
    await storage.transaction((tx) => tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z"));
    expect(await storage.mail.enqueue(outboxMail("mail-1", "reminder:anna:2026-11-02"))).toBe(true);
    expect(await storage.mail.enqueue(outboxMail("mail-2", "reminder:anna:2026-11-02"))).toBe(false);
    expect(
      await storage.mail.enqueue(outboxMail("mail-3", "reminder:anna:2026-11-09", "2026-11-09T07:00:00.000Z")),
    ).toBe(true);

    const now = "2026-11-02T07:00:30.000Z";
    const first = await storage.mail.claimDue("sender-a", now, "2026-11-02T07:02:30.000Z", 10);
    expect(first.map((m) => [m.id, m.attempts, m.message.subject])).toEqual([["mail-1", 0, "Erinnerung"]]);
    expect(await storage.mail.claimDue("sender-b", now, "2026-11-02T07:02:30.000Z", 10)).toEqual([]);

    // A sender that failed gives the mail back for later; another takes it then.
    await storage.mail.markFailed("mail-1", "sender-a", "2026-11-02T07:05:00.000Z", "connect ECONNREFUSED");
    expect(await storage.mail.outboxOf(SERIES)).toEqual({
      waiting: 2,
      failing: 1,
      gaveUp: 0,
      lastError: "connect ECONNREFUSED",
      sent: [],
    });
    expect(await storage.mail.claimDue("sender-b", "2026-11-02T07:04:00.000Z", "2026-11-02T07:06:00.000Z", 10)).toEqual(
      [],
    );
    const retried = await storage.mail.claimDue("sender-b", "2026-11-02T07:05:00.000Z", "2026-11-02T07:07:00.000Z", 10);
    expect(retried.map((m) => [m.id, m.attempts])).toEqual([["mail-1", 1]]);

    // A lease that ran out passes the mail on; the first sender's late success still counts, and
    // the sender that took it over finds it sent before it sends (its renewal fails).
    const taken = await storage.mail.claimDue("sender-c", "2026-11-02T07:08:00.000Z", "2026-11-02T07:10:00.000Z", 10);
    expect(taken.map((m) => m.id)).toEqual(["mail-1"]);
    expect(await storage.mail.renewLease("mail-1", "sender-b", "2026-11-02T07:10:01.000Z")).toBe(false);
    expect(await storage.mail.markSent("mail-1", "sender-b", "2026-11-02T07:08:02.000Z")).toBe(true);
    expect(await storage.mail.renewLease("mail-1", "sender-c", "2026-11-02T07:10:02.000Z")).toBe(false);
    expect(await storage.mail.markSent("mail-1", "sender-c", "2026-11-02T07:08:03.000Z")).toBe(false);
    expect(await storage.mail.claimDue("sender-a", "2026-11-03T00:00:00.000Z", "2026-11-03T00:02:00.000Z", 10)).toEqual(
      [],
    );
    expect(await storage.mail.outboxOf(SERIES)).toEqual({
      waiting: 1,
      failing: 0,
      gaveUp: 0,
      lastError: null,
      sent: [{ kind: "reminder", personId: "anna-0001", sentAt: "2026-11-02T07:08:02.000Z" }],
    });
  });

  it("hands each mail to exactly one of several senders claiming at once", async () => {
    await storage.transaction((tx) => tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z"));
    const ids = Array.from({ length: 30 }, (_, i) => `mail-${String(i).padStart(2, "0")}`);
    for (const id of ids) await storage.mail.enqueue(outboxMail(id, `key-${id}`));
    const second = await open(target);
    try {
      const now = "2026-11-02T08:00:00.000Z";
      const lease = "2026-11-02T08:02:00.000Z";
      const claims = await Promise.all(
        ["a", "b", "c", "d", "e", "f"].map((owner, i) =>
          (i % 2 === 0 ? storage : second).mail.claimDue(owner, now, lease, 7),
        ),
      );
      const claimed = claims.flatMap((batch) => batch.map((m) => m.id)).sort();
      expect(claimed).toEqual(ids);
    } finally {
      await second.close();
    }
  });

  it("ends mails without sending them (cancelled with their person, given up for good) and keeps no message once a mail is done", async () => {
    await storage.transaction((tx) => tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z"));
    const forBen = { ...outboxMail("mail-ben", "reminder:ben"), personId: "ben-0001" };
    const confirm = { ...outboxMail("mail-confirm", "confirm:anna:1"), kind: "confirm" };
    for (const mail of [
      outboxMail("mail-1", "reminder:anna:1"),
      outboxMail("mail-2", "reminder:anna:2"),
      forBen,
      confirm,
    ]) {
      expect(await storage.mail.enqueue(mail)).toBe(true);
    }
    expect(await storage.mail.confirmsSince(SERIES, "anna-0001", "2026-11-02T00:00:00.000Z")).toEqual({
      person: 1,
      series: 1,
    });
    expect(await storage.mail.confirmsSince(SERIES, "ben-0001", "2026-11-02T00:00:00.000Z")).toEqual({
      person: 0,
      series: 1,
    });
    expect(await storage.mail.confirmsSince(SERIES, "anna-0001", "2026-11-03T00:00:00.000Z")).toEqual({
      person: 0,
      series: 0,
    });

    const now = "2026-11-05T08:00:00.000Z";
    const claimed = await storage.mail.claimDue("sender-a", now, "2026-11-05T08:02:00.000Z", 10);
    expect(claimed.map((m) => m.id).sort()).toEqual(["mail-1", "mail-2", "mail-ben", "mail-confirm"]);
    expect(await storage.mail.markSent("mail-1", "sender-a", now)).toBe(true);
    await storage.mail.markGaveUp("mail-2", "sender-a", now, "550 mailbox unavailable");
    // Ben is revoked while his mail is leased: the sender's renewal before sending fails.
    expect(await storage.mail.cancelMailsOf(SERIES, "ben-0001", now)).toBe(1);
    expect(await storage.mail.cancelMailsOf(SERIES, "ben-0001", now)).toBe(0);
    expect(await storage.mail.renewLease("mail-ben", "sender-a", "2026-11-05T08:03:00.000Z")).toBe(false);
    expect(await storage.mail.renewLease("mail-confirm", "sender-a", "2026-11-05T08:03:00.000Z")).toBe(true);
    // The cancelled and given-up mails are never claimed again; the renewed one is still leased.
    expect(await storage.mail.claimDue("sender-b", "2026-11-05T08:02:30.000Z", "2026-11-05T08:04:30.000Z", 10)).toEqual(
      [],
    );
    expect(await storage.mail.outboxOf(SERIES)).toEqual({
      waiting: 1,
      failing: 0,
      gaveUp: 1,
      lastError: null,
      sent: [{ kind: "reminder", personId: "anna-0001", sentAt: now }],
    });
    // Only the mail still waiting keeps its message: the others' links and tokens are gone.
    const rows = await outboxMessages(target);
    expect(rows.map((row) => [row.id, row.message === "{}"])).toEqual([
      ["mail-1", true],
      ["mail-2", true],
      ["mail-ben", true],
      ["mail-confirm", false],
    ]);
  });

  it("keeps one live calendar feed per person: renewing revokes the old one, revoking ends it", async () => {
    await storage.transaction((tx) => tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z"));
    const feed = (id: string, personId: string, createdAt: string) => ({
      id,
      seriesId: SERIES,
      personId,
      createdAt,
      revokedAt: null,
    });
    expect(await storage.calendar.liveFeedOf(SERIES, "anna-0001")).toBeNull();
    await storage.calendar.renewFeed(feed("feed-1", "anna-0001", "2026-11-01T10:00:00.000Z"), "hash-feed-1");
    await storage.calendar.renewFeed(feed("feed-b", "ben-0001", "2026-11-01T10:00:00.000Z"), "hash-feed-b");
    expect(await storage.calendar.feedByHash("hash-feed-1")).toEqual(
      feed("feed-1", "anna-0001", "2026-11-01T10:00:00.000Z"),
    );
    await storage.calendar.renewFeed(feed("feed-2", "anna-0001", "2026-11-02T10:00:00.000Z"), "hash-feed-2");
    expect((await storage.calendar.feedByHash("hash-feed-1"))?.revokedAt).toBe("2026-11-02T10:00:00.000Z");
    expect((await storage.calendar.liveFeedOf(SERIES, "anna-0001"))?.id).toBe("feed-2");
    await expect(
      storage.calendar.renewFeed(feed("feed-3", "anna-0001", "2026-11-03T10:00:00.000Z"), "hash-feed-2"),
    ).rejects.toThrow();
    expect((await storage.calendar.liveFeedOf(SERIES, "anna-0001"))?.id).toBe("feed-2");

    expect(await storage.calendar.revokeFeedsOf(SERIES, "anna-0001", "2026-11-04T10:00:00.000Z")).toBe(true);
    expect(await storage.calendar.revokeFeedsOf(SERIES, "anna-0001", "2026-11-04T10:00:00.000Z")).toBe(false);
    expect(await storage.calendar.liveFeedOf(SERIES, "anna-0001")).toBeNull();
    expect((await storage.calendar.feedByHash("hash-feed-2"))?.revokedAt).toBe("2026-11-04T10:00:00.000Z");
    expect((await storage.calendar.liveFeedOf(SERIES, "ben-0001"))?.id).toBe("feed-b");
    expect(await storage.calendar.feedByHash("hash-none")).toBeNull();
  });

  it("leaves exactly one live calendar feed when a person's feed is renewed several times at once", async () => {
    await storage.transaction((tx) => tx.createSeries(SERIES, "2026-11-01T09:00:00.000Z"));
    const feed = (id: string, personId: string) => ({
      id,
      seriesId: SERIES,
      personId,
      createdAt: "2026-11-02T10:00:00.000Z",
      revokedAt: null,
    });
    await storage.calendar.renewFeed(feed("feed-ben-0", "ben-0001"), "hash-ben-0");
    // On PostgreSQL half the renewals come from another instance (one process owns a SQLite file).
    const instances = target.databaseUrl ? [storage, await open(target)] : [storage];
    try {
      // Anna has no feed yet, Ben has one: four renewals each race.
      const results = await Promise.all(
        ["anna-0001", "ben-0001"].flatMap((personId) =>
          [1, 2, 3, 4].map(async (n) => {
            const renewed = `${personId}-${n}`;
            const instance = instances[n % instances.length] ?? storage;
            await instance.calendar.renewFeed(feed(renewed, personId), `hash-${renewed}`);
            return renewed;
          }),
        ),
      );
      expect(results).toHaveLength(8);
      for (const [personId, hashes] of [
        ["anna-0001", [1, 2, 3, 4].map((n) => `hash-anna-0001-${n}`)],
        ["ben-0001", ["hash-ben-0", ...[1, 2, 3, 4].map((n) => `hash-ben-0001-${n}`)]],
      ] as const) {
        const feeds = await Promise.all(hashes.map((hash) => storage.calendar.feedByHash(hash)));
        const live = feeds.filter((f) => f?.revokedAt === null).map((f) => f?.id);
        expect({ personId, live: live.length }).toEqual({ personId, live: 1 });
        expect((await storage.calendar.liveFeedOf(SERIES, personId))?.id).toBe(live[0]);
      }
    } finally {
      for (const instance of instances.slice(1)) await instance.close();
    }
  });
});
