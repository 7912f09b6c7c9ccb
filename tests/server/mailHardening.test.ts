import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LIMITS } from "@common/limits.js";
import { hashToken } from "../../server/access/tokens.js";
import { outboxMessages } from "../support/seriesRows.js";
import {
  contactBody,
  DAY,
  headerOf,
  HOUR,
  linkIn,
  mailsTo,
  personNamed,
  startMailWorld,
  type MailWorld,
} from "../support/mailWorld.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

interface People {
  contacts: { personId: string; email: string; choices: Record<string, boolean> }[];
  outbox: { waiting: number; failing: number; gaveUp: number; sent: { kind: string; personId: string }[] };
}

describe.each(storageTargets())("mail hardening (%s)", (kind, makeTarget) => {
  let target: StorageTarget;
  let world: MailWorld;

  beforeEach(async () => {
    target = await makeTarget();
    world = await startMailWorld(target);
  });

  afterEach(async () => {
    await world.close();
    await target.cleanup();
  });

  async function people(seriesId: string, token: string): Promise<People> {
    return (await (await world.api(`/${seriesId}/mail/people`, token)).json()) as People;
  }

  it("caps confirmation mails to new addresses per person and per series and day: a clear refusal, nothing saved, nothing queued", async () => {
    const { katrin, admission } = await world.example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const claudia = personNamed(katrin.state, "Claudia Lindner");
    const enter = (personId: string, email: string) =>
      world.api(`/${admission.seriesId}/mail/people/${personId}`, admission.token, "PUT", contactBody(email));
    const cap = LIMITS.confirmMailsPerPersonDay;
    for (let n = 1; n <= cap; n += 1) expect((await enter(jens, `jens${n}@example.com`)).status).toBe(200);
    const refused = await enter(jens, "stranger@example.com");
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /too many confirmation mails today/,
    );
    await world.server.mail?.tick();
    await world.sink.waitFor(1);
    const listed = await people(admission.seriesId, admission.token);
    expect(listed.contacts.map((c) => c.email)).toEqual([`jens${cap}@example.com`]);
    // The earlier confirmations were sent or cancelled with their address: none to the stranger.
    expect(mailsTo(world.sink, "stranger@example.com")).toEqual([]);

    // The series' cap counts everyone's confirmations of the day.
    for (let n = cap; n < LIMITS.confirmMailsPerSeriesDay; n += 1) {
      await world.server.storage.mail.enqueue({
        id: `confirm-${n}`,
        key: `confirm:${admission.seriesId}:someone-${n}`,
        seriesId: admission.seriesId,
        personId: `someone-${n}`,
        kind: "confirm",
        message: { to: "", subject: "", text: "", html: "", headers: {}, attachments: [] },
        createdAt: world.now.toISOString(),
      });
    }
    expect((await enter(claudia, "claudia@lindner.example")).status).toBe(429);
    const after = await people(admission.seriesId, admission.token);
    expect(after.contacts.map((c) => c.personId)).toEqual([jens]);

    // The next day, addresses can be entered again.
    world.advance(DAY);
    expect((await enter(claudia, "claudia@lindner.example")).status).toBe(200);
  });

  it("keeps no link of a sent mail in the database, and still lists what was sent", async () => {
    const { katrin, admission } = await world.example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    await world.enterAndConfirm(admission, jens, "jens@hansen.example");
    world.advance(5 * DAY + 2 * HOUR);
    await world.server.mail?.tick();
    const [, reminder] = await world.sink.waitFor(2);
    if (!reminder) throw new Error("no reminder");
    // The mail carried a personal link; the database keeps none of it.
    expect(linkIn(reminder, "/me#ekd_")).toMatch(/ekd_/);
    const rows = await outboxMessages(target);
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row.message).toBe("{}");
      expect(row.message).not.toMatch(/ekd_|ekm_|jens@/);
    }
    const listed = await people(admission.seriesId, admission.token);
    expect(listed.outbox.sent.map((s) => [s.kind, s.personId]).sort()).toEqual([
      ["confirm", jens],
      ["reminder", jens],
    ]);
  });

  it("cancels mails waiting for a removed address or a revoked person, and gives up a mail failing for three days", async () => {
    const { katrin, admission } = await world.example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const claudia = personNamed(katrin.state, "Claudia Lindner");
    await world.mailServerAway();
    for (const [personId, email] of [
      [jens, "jens@hansen.example"],
      [claudia, "claudia@lindner.example"],
    ] as const) {
      const entered = await world.api(
        `/${admission.seriesId}/mail/people/${personId}`,
        admission.token,
        "PUT",
        contactBody(email),
      );
      expect(entered.status).toBe(200);
    }
    await world.server.mail?.tick();
    expect((await people(admission.seriesId, admission.token)).outbox).toMatchObject({ waiting: 2, failing: 2 });

    expect((await world.api(`/${admission.seriesId}/mail/people/${jens}`, admission.token, "DELETE")).status).toBe(204);
    expect((await people(admission.seriesId, admission.token)).outbox.waiting).toBe(1);
    expect(await katrin.access({ action: "revokePerson", personId: claudia })).toMatchObject({ ok: true });
    expect((await people(admission.seriesId, admission.token)).outbox.waiting).toBe(0);

    // A new address for Jens: its confirmation fails and fails, and after three days it is given up.
    const again = await world.api(
      `/${admission.seriesId}/mail/people/${jens}`,
      admission.token,
      "PUT",
      contactBody("jens@other.example"),
    );
    expect(again.status).toBe(200);
    await world.server.mail?.tick();
    world.advance(2 * DAY);
    await world.server.mail?.tick();
    expect((await people(admission.seriesId, admission.token)).outbox).toMatchObject({ waiting: 1, gaveUp: 0 });
    world.advance(DAY);
    await world.server.mail?.tick();
    expect((await people(admission.seriesId, admission.token)).outbox).toMatchObject({ waiting: 0, gaveUp: 1 });

    await world.mailServerBack();
    world.advance(DAY);
    await world.server.mail?.tick();
    expect(world.sink.mails).toEqual([]);
  });

  it("ends an unsubscribe link with the address it was mailed to: after a change it changes nothing", async () => {
    const { katrin } = await world.example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const jensAdmission = await world.claimLinkFor(katrin, jens);
    await world.enterAndConfirm(jensAdmission, null, "jens@hansen.example");
    world.advance(5 * DAY + 2 * HOUR);
    await world.server.mail?.tick();
    const [, reminder] = await world.sink.waitFor(2);
    if (!reminder) throw new Error("no reminder");
    const unsubscribe = world.local(headerOf(reminder, "List-Unsubscribe").replace(/^<|>$/g, ""));
    expect((await fetch(unsubscribe)).status).toBe(200);

    const changed = await world.api(
      `/${jensAdmission.seriesId}/mail/contact`,
      jensAdmission.token,
      "PUT",
      contactBody("jens@new.example"),
    );
    expect(changed.status).toBe(200);
    const page = await fetch(unsubscribe);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("gilt nicht (mehr)");
    const clicked = await fetch(unsubscribe, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(clicked.status).toBe(404);
    const own = (await (await world.api(`/${jensAdmission.seriesId}/mail/contact`, jensAdmission.token)).json()) as {
      contact: { email: string; choices: Record<string, boolean> };
    };
    expect(own.contact.email).toBe("jens@new.example");
    expect(own.contact.choices.reminders).toBe(true);
  });

  it("keeps a status link mailed to an address a facilitator entered limited to My agreements, also after the person joined", async () => {
    const { katrin, admission } = await world.example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    await world.enterAndConfirm(admission, jens, "jens@hansen.example");
    const statusToken = async (count: number): Promise<string> => {
      const mail = (await world.sink.waitFor(count))[count - 1];
      if (!mail) throw new Error("no mail");
      return linkIn(mail, "/me#ekd_").replace(/^.*#/, "");
    };
    const expectLimited = async (token: string) => {
      expect((await world.server.storage.access.deviceByHash(hashToken(token)))?.limited).toBe(true);
      const opened = await world.api(`/${admission.seriesId}/mail/contact`, token);
      expect(opened.status).toBe(403);
      expect(((await opened.json()) as { error: { message: string } }).error.message).toMatch(/only My agreements/);
    };
    world.advance(5 * DAY + 2 * HOUR);
    await world.server.mail?.tick();
    await expectLimited(await statusToken(2));

    // Jens joins through a personal link of his own; the next reminder goes to the same address.
    await world.claimLinkFor(katrin, jens);
    world.advance(7 * DAY);
    await world.server.mail?.tick();
    await expectLimited(await statusToken(3));
  });

  it("opens a mailed status link only for the series' link validity; opened in time, it leaves a device of the person's own", async () => {
    const { katrin, admission } = await world.example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const jensAdmission = await world.claimLinkFor(katrin, jens);
    await world.enterAndConfirm(jensAdmission, null, "jens@hansen.example");
    const refused = await world.api(`/${admission.seriesId}/mail/settings`, admission.token, "PUT", {
      reminderDays: 3,
      preReadDays: 2,
      linkDays: 8,
    });
    expect(refused.status).toBe(400);
    const set = await world.api(`/${admission.seriesId}/mail/settings`, admission.token, "PUT", {
      reminderDays: 3,
      preReadDays: 2,
      linkDays: 7,
    });
    expect(set.status).toBe(200);
    world.advance(5 * DAY + 2 * HOUR);
    await world.server.mail?.tick();
    const mail = (await world.sink.waitFor(2))[1];
    if (!mail) throw new Error("no reminder");
    const link = linkIn(mail, "/me#ekd_").replace(/^.*#/, "");
    const post = async (path: string, token: string) => {
      const response = await fetch(`${world.server.url}/api/devices/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token }),
      });
      return { status: response.status, body: (await response.json()) as { token?: string; expires?: boolean } };
    };
    expect(await post("whoami", link)).toMatchObject({ status: 200, body: { expires: true } });
    const claimed = await post("claim", link);
    expect(claimed.status).toBe(200);
    const own = claimed.body.token ?? "";
    expect(own).not.toBe(link);
    expect(await post("whoami", own)).toMatchObject({ status: 200, body: { expires: false } });
    // Within the week the link still opens (on another device, say); after it, only the own device does.
    world.advance(6 * DAY);
    expect((await post("whoami", link)).status).toBe(200);
    world.advance(2 * DAY);
    const table = [
      ["whoami", link, 401],
      ["claim", link, 401],
      ["whoami", own, 200],
    ] as const;
    expect(await Promise.all(table.map(async ([path, token]) => (await post(path, token)).status))).toEqual(
      table.map(([, , status]) => status),
    );
    expect((await world.api(`/${admission.seriesId}/mail/contact`, link)).status).toBe(401);
    expect((await world.api(`/${admission.seriesId}/mail/contact`, own)).status).toBe(200);
  });

  // Two transactions interleaving: PostgreSQL (SQLite writes one transaction at a time).
  it.skipIf(kind !== "postgres")(
    "checks a person's access again where the mail is queued: someone revoked after their mail was planned gets none",
    async () => {
      const { katrin, admission } = await world.example();
      const jens = personNamed(katrin.state, "Jens Albrecht");
      const jensAdmission = await world.claimLinkFor(katrin, jens);
      await world.enterAndConfirm(jensAdmission, null, "jens@hansen.example");
      world.advance(5 * DAY + 2 * HOUR);
      // Another transaction holds the series while the scheduler plans Jens's reminder, and revokes
      // him: the scheduler waits for it where it queues the mail, and then finds him revoked.
      const revoker = new pg.Client({ connectionString: target.databaseUrl });
      await revoker.connect();
      try {
        await revoker.query("begin");
        await revoker.query("select id from series where id = $1 for update", [admission.seriesId]);
        let done = false;
        const tick = world.server.mail?.tick().then(() => {
          done = true;
        });
        const waiting = async () => {
          const result = await revoker.query<{ n: string }>(
            "select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
          );
          return Number(result.rows[0]?.n ?? 0) > 0;
        };
        const until = Date.now() + 10_000;
        while (!done && !(await waiting()) && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
        await revoker.query("update devices set revoked_at = $1 where series_id = $2 and person_id = $3", [
          world.now.toISOString(),
          admission.seriesId,
          jens,
        ]);
        await revoker.query("commit");
        await tick;
      } finally {
        await revoker.end();
      }
      expect(mailsTo(world.sink, "jens@hansen.example").map((m) => m.parsed.subject)).toEqual([
        expect.stringMatching(/bestätigen/),
      ]);
      expect((await people(admission.seriesId, admission.token)).outbox.waiting).toBe(0);
    },
  );
});
