import { join } from "node:path";
import nodemailer from "nodemailer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPostgresStorage } from "../../server/storage/postgres.js";
import { openSqliteStorage } from "../../server/storage/sqlite.js";
import type { Storage } from "../../server/storage/types.js";
import { LEASE_MS, outboxSender } from "../../server/mail/sender.js";
import { startSmtpSink, type SmtpSink } from "../support/smtpSink.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

const SERIES = "series-sender-1";
const T0 = Date.parse("2026-11-09T07:00:00.000Z");

function open(target: StorageTarget): Promise<Storage> {
  return target.databaseUrl
    ? openPostgresStorage(target.databaseUrl)
    : openSqliteStorage(join(target.dataDir, "einklang.sqlite"));
}

describe.each(storageTargets())("outbox senders on a slow mail server (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let storage: Storage;
  let sink: SmtpSink;

  beforeEach(async () => {
    target = await makeTarget();
    storage = await open(target);
    sink = await startSmtpSink();
    await storage.transaction((tx) => tx.createSeries(SERIES, new Date(T0).toISOString()));
    for (const n of [1, 2]) {
      await storage.mail.enqueue({
        id: `mail-${n}`,
        key: `reminder:${SERIES}:person-${n}:2026-11-09`,
        seriesId: SERIES,
        personId: `person-${n}`,
        kind: "reminder",
        message: {
          to: `person-${n}@example.com`,
          subject: `Erinnerung ${n}`,
          text: "Text",
          html: "<p>Text</p>",
          headers: {},
          attachments: [],
        },
        createdAt: new Date(T0 - 10 + n).toISOString(),
      });
    }
  });

  afterEach(async () => {
    sink.release();
    await sink.close();
    await storage.close();
    await target.cleanup();
  });

  function senderOn(store: Storage) {
    const transport = nodemailer.createTransport({ url: sink.url });
    return outboxSender(store.mail, transport, "einklang@example.com", () => {});
  }

  it("renews a mail's lease right before it is sent: a second instance cannot take over a batch's later mail while the first delivers it", async () => {
    const second = await open(target);
    try {
      let clock = T0;
      const now = () => new Date(clock);
      sink.hold();
      const first = senderOn(storage).sendDue(now);
      await sink.arriving(1);
      // The first mail took most of the batch's lease; the second is renewed before it goes out.
      clock = T0 + LEASE_MS - 10_000;
      sink.release(true);
      await sink.arriving(2);
      clock = T0 + LEASE_MS + 10_000;
      const taken = await second.mail.claimDue(
        "second-instance",
        now().toISOString(),
        new Date(clock + LEASE_MS).toISOString(),
        10,
      );
      expect(taken.map((mail) => mail.id)).toEqual([]);
      sink.release();
      expect(await first).toBe(2);
      // Once both are sent, the second instance's sender finds nothing more to send.
      expect(await senderOn(second).sendDue(now)).toBe(0);
      expect(sink.mails.map((mail) => mail.parsed.subject).sort()).toEqual(["Erinnerung 1", "Erinnerung 2"]);
      const outbox = await storage.mail.outboxOf(SERIES);
      expect({ waiting: outbox.waiting, sent: outbox.sent.length }).toEqual({ waiting: 0, sent: 2 });
    } finally {
      await second.close();
    }
  });
});
