import { expect } from "vitest";
import type { SeriesState } from "@common/domain/types.js";
import { connectAs, type Admission, type ProtocolClient } from "./protocolClient.js";
import { startTestServer } from "./server.js";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "./smtpSink.js";
import type { StorageTarget } from "./storages.js";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** What links in mails start with (the server's public address in these tests). */
export const MAILED_BASE = "http://127.0.0.1:1";

export function personNamed(state: SeriesState, name: string): string {
  const person = Object.values(state.people).find((p) => p.name === name);
  if (!person) throw new Error(`nobody named ${name}`);
  return person.id;
}

export function contactBody(email: string, language: "de" | "en" = "de") {
  return { email, language, choices: { reminders: true, digest: true, preRead: true, minutes: true } };
}

/** A link of a mail's text, by the path it leads to. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}[^\\s]*`).exec(mail.parsed.text ?? "");
  if (!match) throw new Error(`no ${path} link in: ${mail.parsed.text ?? ""}`);
  return match[0];
}

/** A header of a mail as it was sent (unfolded), or "" without it. */
export function headerOf(mail: ReceivedMail, name: string): string {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line ?? "";
  return line
    .slice(name.length + 1)
    .replace(/\r\n\s+/g, " ")
    .trim();
}

export function mailsTo(sink: SmtpSink, address: string): ReceivedMail[] {
  return sink.mails.filter((m) => m.to.includes(address));
}

/**
 * A server with mail on, a real SMTP sink and a clock the test moves (Monday
 * 07:00 in Berlin at the start, before the hour mails go out); the scheduler
 * runs when the test ticks it.
 */
export async function startMailWorld(target: StorageTarget) {
  let sink = await startSmtpSink();
  let away = false;
  let clock = new Date("2026-11-09T06:00:00.000Z");
  const clients: ProtocolClient[] = [];
  const server = await startTestServer(target, undefined, undefined, {
    now: () => clock,
    mail: {
      smtpUrl: sink.url,
      from: "Einklang <einklang@example.com>",
      publicUrl: MAILED_BASE,
      scheduleEveryMs: HOUR,
      sendEveryMs: HOUR,
    },
  });

  function api(path: string, token: string, method = "GET", body?: unknown): Promise<Response> {
    return fetch(`${server.url}/api/series${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  const world = {
    server,
    get sink() {
      return sink;
    },
    get now() {
      return clock;
    },
    /** Moves the clock on by `ms`. */
    advance(ms: number) {
      clock = new Date(clock.getTime() + ms);
    },
    /** Stops the mail server (it refuses connections) until `mailServerBack`. */
    async mailServerAway() {
      away = true;
      await sink.close();
    },
    async mailServerBack() {
      sink = await startSmtpSink(sink.port);
      away = false;
    },
    api,
    /** A link from a mail, pointed at this test's server. */
    local(link: string): string {
      return link.replace(MAILED_BASE, server.url);
    },
    /** The example series, with its facilitator Katrin connected. */
    async example(): Promise<{ katrin: ProtocolClient; admission: Admission }> {
      const response = await fetch(`${server.url}/api/demo`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      const admission = (await response.json()) as Admission;
      const katrin = await connectAs(server.url, admission);
      clients.push(katrin);
      return { katrin, admission };
    },
    /** Opens a personal link a facilitator made for someone on "their" device: their own device token. */
    async claimLinkFor(facilitator: ProtocolClient, personId: string): Promise<Admission> {
      const reply = await facilitator.access({ action: "personalLink", personId });
      const token = reply.ok ? reply.personalLink?.token : undefined;
      const response = await fetch(`${server.url}/api/devices/claim`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token }),
      });
      return (await response.json()) as Admission;
    },
    /**
     * Enters an address (the person's own with `personId` null, else by a facilitator for an
     * owner who never joined) and confirms it through the mail it got.
     */
    async enterAndConfirm(admission: Admission, personId: string | null, email: string): Promise<ReceivedMail> {
      const before = sink.mails.length;
      const entered = await api(
        personId === null ? `/${admission.seriesId}/mail/contact` : `/${admission.seriesId}/mail/people/${personId}`,
        admission.token,
        "PUT",
        contactBody(email),
      );
      expect(entered.status).toBe(200);
      const [confirmation] = (await sink.waitFor(before + 1)).slice(before);
      if (!confirmation) throw new Error("no confirmation mail");
      const link = world.local(linkIn(confirmation, "/mail/confirm/"));
      const confirmed = await fetch(link, { method: "POST", headers: { origin: server.url } });
      expect(confirmed.status).toBe(200);
      return confirmation;
    },
    async close() {
      for (const c of clients.splice(0)) c.disconnect();
      await server.close();
      if (!away) await sink.close();
    },
  };
  return world;
}

export type MailWorld = Awaited<ReturnType<typeof startMailWorld>>;
