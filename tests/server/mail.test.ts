import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeriesState } from "@common/domain/types.js";
import { addDays } from "@common/demo/dates.js";
import { connectAs, type Admission, type ProtocolClient } from "../support/protocolClient.js";
import { startTestServer } from "../support/server.js";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "../support/smtpSink.js";
import { storageTargets, type StorageTarget } from "../support/storages.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SECRET = "GEHEIM: Hansen-Marge auf Biomarkt-Muster";

function personNamed(state: SeriesState, name: string): string {
  const person = Object.values(state.people).find((p) => p.name === name);
  if (!person) throw new Error(`nobody named ${name}`);
  return person.id;
}

function contactBody(email: string, language: "de" | "en" = "de") {
  return { email, language, choices: { reminders: true, digest: true, preRead: true, minutes: true } };
}

/** A link of a mail's text, by the path it leads to. */
function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}[^\\s]*`).exec(mail.parsed.text ?? "");
  if (!match) throw new Error(`no ${path} link in: ${mail.parsed.text ?? ""}`);
  return match[0];
}

/** A header of a mail as it was sent (unfolded), or "" without it. */
function headerOf(mail: ReceivedMail, name: string): string {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line ?? "";
  return line
    .slice(name.length + 1)
    .replace(/\r\n\s+/g, " ")
    .trim();
}

function mailsTo(sink: SmtpSink, address: string): ReceivedMail[] {
  return sink.mails.filter((m) => m.to.includes(address));
}

describe.each(storageTargets())("mail (%s)", (_kind, makeTarget) => {
  let target: StorageTarget;
  let sink: SmtpSink;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let clock: Date;
  const clients: ProtocolClient[] = [];

  beforeEach(async () => {
    target = await makeTarget();
    sink = await startSmtpSink();
    // Monday 07:00 in Berlin: before the hour mails go out.
    clock = new Date("2026-11-09T06:00:00.000Z");
    server = await startTestServer(target, undefined, undefined, {
      now: () => clock,
      mail: {
        smtpUrl: sink.url,
        from: "Einklang <einklang@example.com>",
        publicUrl: "http://127.0.0.1:1",
        scheduleEveryMs: HOUR,
        sendEveryMs: HOUR,
      },
    });
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await server.close();
    await sink.close();
    await target.cleanup();
  });

  function api(path: string, token: string, method = "GET", body?: unknown): Promise<Response> {
    return fetch(`${server.url}/api/series${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function example(): Promise<{ katrin: ProtocolClient; admission: Admission }> {
    const response = await fetch(`${server.url}/api/demo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const admission = (await response.json()) as Admission;
    const katrin = await connectAs(server.url, admission);
    clients.push(katrin);
    return { katrin, admission };
  }

  /** Opens a personal link a facilitator made for someone on "their" device: their own device token. */
  async function claimLinkFor(facilitator: ProtocolClient, personId: string): Promise<Admission> {
    const reply = await facilitator.access({ action: "personalLink", personId });
    const token = reply.ok ? reply.personalLink?.token : undefined;
    const response = await fetch(`${server.url}/api/devices/claim`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    return (await response.json()) as Admission;
  }

  /**
   * Enters an address (the person's own with `personId` null, else by a facilitator for an
   * owner who never joined) and confirms it through the mail it got.
   */
  async function enterAndConfirm(
    admission: Admission,
    personId: string | null,
    email: string,
    language: "de" | "en" = "de",
  ) {
    const before = sink.mails.length;
    const entered = await api(
      personId === null ? `/${admission.seriesId}/mail/contact` : `/${admission.seriesId}/mail/people/${personId}`,
      admission.token,
      "PUT",
      contactBody(email, language),
    );
    expect(entered.status).toBe(200);
    expect(((await entered.json()) as { contact: { confirmed: boolean } }).contact.confirmed).toBe(false);
    const [confirmation] = (await sink.waitFor(before + 1)).slice(before);
    if (!confirmation) throw new Error("no confirmation mail");
    expect(confirmation.to).toEqual([email]);
    const link = linkIn(confirmation, "/mail/confirm/").replace("http://127.0.0.1:1", server.url);
    const page = await fetch(link);
    expect(await page.text()).toContain(email);
    const confirmed = await fetch(link, { method: "POST", headers: { origin: server.url } });
    expect(confirmed.status).toBe(200);
    return confirmation;
  }

  it("reminds owners at 08:00 in the series' time zone, bundled, once a day, weekly while overdue; pre-reads never carry another organisation's internal agreement", async () => {
    const { katrin, admission } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const claudia = personNamed(katrin.state, "Claudia Lindner");
    const hansen = Object.values(katrin.state.orgs).find((o) => o.name.includes("Hansen"))?.id ?? "";
    const today = clock.toISOString().slice(0, 10);
    // Jens opens his personal link (his device now) and records an agreement internal to Feinkost Hansen.
    const jensAdmission = await claimLinkFor(katrin, jens);
    const jensClient = await connectAs(server.url, jensAdmission);
    clients.push(jensClient);
    const added = await jensClient.send({
      type: "agreement.add",
      agreementId: "agreement-secret",
      values: { text: SECRET, due: addDays(today, -3), ownerIds: [jens], internalTo: hansen },
    });
    expect(added).toMatchObject({ ok: true });

    const confirmation = await enterAndConfirm(jensAdmission, null, "jens@hansen.example");
    expect(confirmation.parsed.subject).toContain("bestätigen");
    await enterAndConfirm(admission, claudia, "claudia@lindner.example", "en");
    const confirmations = sink.mails.length;

    // Before 08:00 nothing goes out.
    await server.mail?.tick();
    expect(sink.mails.length).toBe(confirmations);

    // Day 8 after the due date, 09:00 in Berlin: one reminder for Jens with both overdue agreements.
    clock = new Date(clock.getTime() + 5 * DAY + 2 * HOUR);
    await server.mail?.tick();
    await server.mail?.tick();
    const reminders = mailsTo(sink, "jens@hansen.example").slice(1);
    expect(reminders.map((m) => m.parsed.subject)).toEqual([
      expect.stringMatching(/^Erinnerung: 2 Vereinbarungen in „.+“$/),
    ]);
    const reminder = reminders[0];
    if (!reminder) throw new Error("no reminder");
    expect(reminder.parsed.text).toContain(SECRET);
    expect(reminder.parsed.text).toContain("Musterlieferungen für Neukunden");
    expect(reminder.parsed.text).toContain("weiterhin überfällig");
    expect(reminder.parsed.html).toContain("Musterlieferungen");
    expect(headerOf(reminder, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(headerOf(reminder, "List-Unsubscribe")).toMatch(
      /^<http:\/\/127\.0\.0\.1:1\/mail\/unsubscribe\/ekm_[\w-]{22}>$/,
    );
    expect(linkIn(reminder, "/me#ekd_")).toMatch(/\/me#ekd_[A-Za-z0-9_-]{22}$/);

    // A week later, 15 days overdue, and two days before the next session: reminder and pre-read.
    clock = new Date(clock.getTime() + 7 * DAY);
    await server.mail?.tick();
    const jensMails = mailsTo(sink, "jens@hansen.example");
    const claudiaMails = mailsTo(sink, "claudia@lindner.example");
    expect(jensMails.map((m) => (m.parsed.subject ?? "").split(" ")[0]).sort()).toEqual([
      "Bitte",
      "Erinnerung:",
      "Erinnerung:",
      "Vorbereitung",
    ]);
    const preRead = claudiaMails.find((m) => m.parsed.subject?.startsWith("Pre-read"));
    expect(preRead?.parsed.text).toContain("Agreements due for review");
    expect(jensMails.find((m) => m.parsed.subject?.startsWith("Vorbereitung"))?.parsed.text).toContain(SECRET);
    // Nothing of Feinkost Hansen's internal agreement reaches anyone of the dairy, in any mail.
    for (const mail of claudiaMails) {
      expect(mail.parsed.text).not.toContain("GEHEIM");
      expect(mail.parsed.html || "").not.toContain("GEHEIM");
    }

    // One click on the pre-read's unsubscribe link turns off only Claudia's pre-reads.
    if (!preRead) throw new Error("no pre-read for Claudia");
    const unsubscribe = headerOf(preRead, "List-Unsubscribe").replace(/^<|>$/g, "");
    const clicked = await fetch(unsubscribe.replace("http://127.0.0.1:1", server.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(clicked.status).toBe(200);
    const people = (await (await api(`/${admission.seriesId}/mail/people`, admission.token)).json()) as {
      contacts: { personId: string; choices: Record<string, boolean> }[];
      outbox: { waiting: number; sent: unknown[] };
    };
    expect(people.contacts.find((c) => c.personId === claudia)?.choices).toEqual({
      reminders: true,
      digest: true,
      preRead: false,
      minutes: true,
    });
    expect(people.contacts.find((c) => c.personId === jens)?.choices.preRead).toBe(true);
    expect(people.outbox.waiting).toBe(0);
    expect(people.outbox.sent.length).toBe(sink.mails.length);
  });

  it("keeps mails while the mail server is away, shows it to facilitators, and delivers them when it is back", async () => {
    const { katrin, admission } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const port = sink.port;
    await sink.close();
    const entered = await api(
      `/${admission.seriesId}/mail/people/${jens}`,
      admission.token,
      "PUT",
      contactBody("jens@hansen.example"),
    );
    expect(entered.status).toBe(200);
    await server.mail?.tick();
    const waiting = (await (await api(`/${admission.seriesId}/mail/people`, admission.token)).json()) as {
      outbox: { waiting: number; failing: number; lastError: string | null };
    };
    expect(waiting.outbox).toMatchObject({ waiting: 1, failing: 1 });
    expect(waiting.outbox.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(waiting.outbox.lastError).not.toContain("jens@");

    sink = await startSmtpSink(port);
    clock = new Date(clock.getTime() + 60_000);
    await server.mail?.tick();
    const [mail] = await sink.waitFor(1);
    expect(mail?.to).toEqual(["jens@hansen.example"]);
    const after = (await (await api(`/${admission.seriesId}/mail/people`, admission.token)).json()) as {
      outbox: { waiting: number };
    };
    expect(after.outbox.waiting).toBe(0);
  });

  it("refuses bad addresses with a clear message and changes nothing; a joined person's address is theirs to enter", async () => {
    const { katrin, admission } = await example();
    const jens = personNamed(katrin.state, "Jens Albrecht");
    const bad = [
      "not an address",
      "jens@hansen.example\r\nBcc: all@example.com",
      "jens@hansen.example, other@example.com",
      `${"a".repeat(250)}@example.com`,
    ];
    for (const email of bad) {
      const response = await api(
        `/${admission.seriesId}/mail/people/${jens}`,
        admission.token,
        "PUT",
        contactBody(email),
      );
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/email/);
    }
    const own = await api(`/${admission.seriesId}/mail/contact`, admission.token, "PUT", {
      ...contactBody("k@example.com"),
      extra: 1,
    });
    expect(own.status).toBe(400);
    const people = (await (await api(`/${admission.seriesId}/mail/people`, admission.token)).json()) as {
      contacts: unknown[];
    };
    expect(people.contacts).toEqual([]);
    await server.mail?.tick();
    expect(sink.mails).toEqual([]);

    // Someone who has a device of their own enters their address themself.
    const reply = await katrin.access({ action: "personalLink", personId: jens });
    const token = reply.ok ? reply.personalLink?.token : undefined;
    const claimed = (await (
      await fetch(`${server.url}/api/devices/claim`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token }),
      })
    ).json()) as Admission;
    const refused = await api(
      `/${admission.seriesId}/mail/people/${jens}`,
      admission.token,
      "PUT",
      contactBody("jens@hansen.example"),
    );
    expect(refused.status).toBe(409);
    const self = await api(
      `/${admission.seriesId}/mail/contact`,
      claimed.token,
      "PUT",
      contactBody("jens@hansen.example", "en"),
    );
    expect(self.status).toBe(200);
    const mine = (await (await api(`/${admission.seriesId}/mail/contact`, claimed.token)).json()) as {
      enabled: boolean;
      contact: { email: string; language: string; confirmed: boolean };
    };
    expect(mine).toEqual({
      enabled: true,
      contact: expect.objectContaining({ email: "jens@hansen.example", language: "en", confirmed: false }),
    });
    const [confirmation] = await sink.waitFor(1);
    expect(confirmation?.parsed.subject).toMatch(/^Please confirm your e-mail address for “.+”$/);
    // Saving the same address again sends no second confirmation that day (no flooding an inbox
    // through the form), and the first mail's link still confirms.
    for (let i = 0; i < 3; i += 1) {
      const again = await api(
        `/${admission.seriesId}/mail/contact`,
        claimed.token,
        "PUT",
        contactBody("JENS@hansen.example", "en"),
      );
      expect(again.status).toBe(200);
    }
    const outbox = await server.storage.mail.outboxOf(admission.seriesId);
    expect({ waiting: outbox.waiting, sent: outbox.sent.length }).toEqual({ waiting: 0, sent: 1 });
    if (!confirmation) throw new Error("no confirmation mail");
    const link = linkIn(confirmation, "/mail/confirm/").replace("http://127.0.0.1:1", server.url);
    expect((await fetch(link, { method: "POST", headers: { origin: server.url } })).status).toBe(200);
    // A participant reads the facilitators' list of addresses never.
    expect((await api(`/${admission.seriesId}/mail/people`, claimed.token)).status).toBe(403);
  });
});

describe("mail turned off", () => {
  it("answers that it is off and stores no address", async () => {
    const [[, makeTarget]] = storageTargets() as [[string, () => Promise<StorageTarget>]];
    const target = await makeTarget();
    const server = await startTestServer(target);
    try {
      const response = await fetch(`${server.url}/api/series`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Reihe", creatorName: "Anna" }),
      });
      const admission = (await response.json()) as Admission;
      const headers = { authorization: `Bearer ${admission.token}`, "content-type": "application/json" };
      const url = `${server.url}/api/series/${admission.seriesId}/mail/contact`;
      const put = await fetch(url, { method: "PUT", headers, body: JSON.stringify(contactBody("anna@example.com")) });
      expect(put.status).toBe(409);
      expect(await fetch(url, { headers }).then((r) => r.json())).toEqual({ enabled: false, contact: null });
    } finally {
      await server.close();
      await target.cleanup();
    }
  });
});
