import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { LEASE_MS } from "../../server/mail/sender.js";
import { DAY, HOUR, MAILED_BASE, contactBody, startMailWorld, type MailWorld } from "../support/mailWorld.js";
import type { Admission } from "../support/protocolClient.js";
import { spawnServer, startTestServer, type ServerProcess } from "../support/server.js";
import { startSmtpSink, type SmtpSink } from "../support/smtpSink.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

const FROM = "Einklang <einklang@example.com>";

interface OutboxRow {
  key: string;
  sent: boolean;
}

/** The outbox as the database holds it, read past the servers. */
async function outboxRows(target: StorageTarget): Promise<OutboxRow[]> {
  const sql = "SELECT mail_key AS key, sent_at IS NOT NULL AS sent FROM outbox ORDER BY mail_key";
  if (target.kind === "sqlite") {
    const db = new BetterSqlite3(join(target.dataDir, "einklang.sqlite"), { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare<[], { key: string; sent: number }>(sql)
        .all()
        .map((row) => ({ key: row.key, sent: row.sent === 1 }));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    return (await client.query<OutboxRow>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function until(done: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(what);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const postgresTargets = storageTargets().filter(([kind]) => kind === "postgres");

// Two instances need a shared database; SQLite is one process's file, so this runs on
// PostgreSQL only (DATABASE_URL set; under CI=true it always is).
describe.skipIf(postgresTargets.length === 0)("mail exactly once across two instances (postgres)", () => {
  let world: MailWorld | null = null;
  let second: Awaited<ReturnType<typeof startTestServer>> | null = null;
  let target: StorageTarget | null = null;

  afterEach(async () => {
    await second?.close();
    await world?.close();
    await target?.cleanup();
    world = second = target = null;
  });

  it("both schedulers and senders run at once, several rounds: every due mail arrives once and the outbox shows it sent", async () => {
    const [[, makeTarget]] = postgresTargets as [[string, () => Promise<StorageTarget>]];
    target = await makeTarget();
    world = await startMailWorld(target);
    const clock = world;
    second = await startTestServer(target, undefined, undefined, {
      now: () => clock.now,
      mail: { smtpUrl: world.sink.url, from: FROM, publicUrl: MAILED_BASE, scheduleEveryMs: HOUR, sendEveryMs: HOUR },
    });
    const { katrin, admission } = await world.example();
    const today = world.now.toISOString().slice(0, 10);
    const overdue = new Date(Date.parse(today) - 3 * DAY).toISOString().slice(0, 10);
    const owners = Object.values(katrin.state.people)
      .filter((p) => p.id !== admission.personId)
      .slice(0, 4);
    expect(owners).toHaveLength(4);
    for (const [i, owner] of owners.entries()) {
      const added = await katrin.send({
        type: "agreement.add",
        agreementId: `agreement-once-${i}`,
        values: { text: `Zusage ${i}`, due: overdue, ownerIds: [owner.id] },
      });
      expect(added).toMatchObject({ ok: true });
      await world.enterAndConfirm(admission, owner.id, `owner${i}@once.example`);
    }
    const confirmations = world.sink.mails.length;

    // Day 8 after the due date, 09:00 in Berlin: reminders (and whatever else is due) on both instances.
    world.advance(5 * DAY + 2 * HOUR);
    const first = world.server;
    for (let round = 0; round < 4; round += 1) {
      await Promise.all([first.mail?.tick(), second.mail?.tick(), first.mail?.tick(), second.mail?.tick()]);
    }

    const due = world.sink.mails.slice(confirmations);
    const outbox = (await outboxRows(target)).filter((row) => !row.key.startsWith("confirm"));
    const received = due.map((m) => `${m.to.join(",")} ${m.parsed.subject ?? ""}`).sort();
    expect(received).toEqual([...new Set(received)]);
    expect(due.length).toBe(outbox.length);
    expect(outbox.every((row) => row.sent)).toBe(true);
    const reminderKeys = outbox.filter((row) => row.key.startsWith("reminder:")).map((row) => row.key);
    expect(reminderKeys).toHaveLength(owners.length);
    for (const [i] of owners.entries()) {
      const reminders = due.filter(
        (m) => m.to.includes(`owner${i}@once.example`) && (m.parsed.subject ?? "").startsWith("Erinnerung"),
      );
      expect(reminders).toHaveLength(1);
    }
  });
});

/**
 * A server killed with SIGKILL while the mail server holds a mail's data, or
 * right after a mail was accepted and marked sent; a restarted server takes
 * over once the dead one's lease has run out (its clock is set past it).
 */
describe.each(storageTargets())("mail after a server killed mid-send (%s)", (_kind, makeTarget) => {
  let target: StorageTarget | null = null;
  let sink: SmtpSink | null = null;
  let child: ServerProcess | null = null;
  let restarted: Awaited<ReturnType<typeof startTestServer>> | null = null;

  afterEach(async () => {
    await child?.kill();
    await restarted?.close();
    await sink?.close();
    await target?.cleanup();
    target = sink = child = restarted = null;
  });

  it.each([
    {
      moment: "while the mail server holds the data",
      held: true,
      // The held data may already be complete at the mail server when the sender dies, so it
      // may count it as delivered; SMTP cannot tell the sender, which never saw the answer and
      // never marked it sent: the restarted server sends it again. At least once: 1 or 2, never 0.
      arrivals: [1, 2],
    },
    { moment: "after the mail was accepted and marked sent", held: false, arrivals: [1] },
  ])("killed $moment: the restarted server sends what was not marked sent", async ({ held, arrivals }) => {
    target = await makeTarget();
    sink = await startSmtpSink();
    const email = "katrin@once.example";
    child = await spawnServer(target, 0, {
      EINKLANG_SMTP_URL: sink.url,
      EINKLANG_MAIL_FROM: FROM,
      EINKLANG_PUBLIC_URL: MAILED_BASE,
    });
    const demo = await fetch(`${child.url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const admission = (await demo.json()) as Admission;
    if (held) sink.hold();
    const entered = await fetch(`${child.url}/api/series/${admission.seriesId}/mail/contact`, {
      method: "PUT",
      headers: { authorization: `Bearer ${admission.token}`, "content-type": "application/json" },
      body: JSON.stringify(contactBody(email)),
    });
    expect(entered.status).toBe(200);
    const store = target;
    if (held) {
      await sink.arriving(1);
    } else {
      await sink.waitFor(1);
      await until(async () => (await outboxRows(store)).every((row) => row.sent), "the mail was never marked sent");
    }
    await child.kill();
    child = null;
    sink.release();
    // Whatever the dead sender's connection left at the mail server is counted before the restart.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const beforeRestart = sink.mails.length;
    expect(held ? [0, 1] : [1]).toContain(beforeRestart);

    restarted = await startTestServer(target, undefined, undefined, {
      now: () => new Date(Date.now() + LEASE_MS + 60_000),
      mail: { smtpUrl: sink.url, from: FROM, publicUrl: MAILED_BASE, scheduleEveryMs: HOUR, sendEveryMs: HOUR },
    });
    await restarted.mail?.tick();
    await restarted.mail?.tick();

    const got = sink.mails.filter((m) => m.to.includes(email));
    expect(arrivals).toContain(got.length);
    expect(got.length).toBe(held ? beforeRestart + 1 : 1);
    expect(got.every((m) => (m.parsed.subject ?? "").includes("bestätigen"))).toBe(true);
    expect(await outboxRows(target)).toEqual([expect.objectContaining({ sent: true })]);
  });
});
