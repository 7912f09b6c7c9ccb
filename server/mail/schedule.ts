import { nanoid } from "nanoid";
import { scheduleOf } from "@common/domain/schedule/plannedNext.js";
import type { SeriesState } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { MailChoice, type MailSettings } from "@common/mail/contact.js";
import { digestSessions, preReadSession, remindersFor } from "@common/mail/due.js";
import { mailDay } from "@common/mail/mailClock.js";
import { digestMail, preReadMail, reminderMail, type MailFor } from "@common/mail/mails.js";
import { renderMail, type MailDoc } from "@common/mail/render.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import type { ExecuteDeps } from "../series/execute.js";
import type { ContactRecord, MailStore } from "../storage/mailTypes.js";
import { personalStatusUrl, unsubscribeParts } from "./mailLinks.js";

/** The kinds of mail the outbox sends. */
export const MailKind = { confirm: "confirm", reminder: "reminder", digest: "digest", preRead: "preRead" } as const;
export type MailKind = (typeof MailKind)[keyof typeof MailKind];

interface Queue {
  deps: Pick<ExecuteDeps, "storage" | "cache">;
  base: string;
  at: string;
}

/** What a scheduled mail is: its key, its kind, the choice that unsubscribes it, and how to write it. */
interface Planned {
  key: string;
  kind: MailKind;
  choice: MailChoice;
  attachments?: { filename: string; content: string; contentType: string }[];
  write: (statusUrl: string, footer: MailDoc["footer"]) => MailDoc;
}

/** Rolls back the links made for a mail whose key another instance queued meanwhile. */
class AlreadyQueued extends Error {}

/** Whether the contact a mail was planned for still stands: same address, confirmed, and its person not cut off. */
async function stillStands(mail: MailStore, contact: ContactRecord): Promise<boolean> {
  const now = await mail.contactOf(contact.seriesId, contact.personId);
  if (!now || now.confirmedAt === null || now.email.toLowerCase() !== contact.email.toLowerCase()) return false;
  return !(await mail.cutOff(contact.seriesId, contact.personId));
}

/**
 * Writes one planned mail to the outbox unless its key was queued before: its
 * personal link and its unsubscribe link are made for it and it alone. The
 * person's access and address are checked again in the same transaction that
 * makes the personal link and queues the mail, with the series held: a person
 * revoked (or an address removed) after the mail was planned gets neither.
 */
async function queue(q: Queue, contact: ContactRecord, seriesName: string, planned: Planned): Promise<boolean> {
  const { storage } = q.deps;
  if (await storage.mail.hasMail(planned.key)) return false;
  const queued = await storage
    .mailTransaction(async (mail, access) => {
      await mail.holdSeries(contact.seriesId);
      if (!(await stillStands(mail, contact))) return false;
      const { linkDays } = await mail.settingsOf(contact.seriesId);
      const statusUrl = await personalStatusUrl({ access, mail }, q.base, contact, q.at, linkDays);
      const { footer, headers } = await unsubscribeParts(mail, q.base, contact, seriesName, planned.choice, q.at);
      const rendered = renderMail(planned.write(statusUrl, footer));
      const written = await mail.enqueue({
        id: nanoid(),
        key: planned.key,
        seriesId: contact.seriesId,
        personId: contact.personId,
        kind: planned.kind,
        message: { to: contact.email, ...rendered, headers, attachments: planned.attachments ?? [] },
        createdAt: q.at,
      });
      // Another instance queued it first: its links are not kept either.
      if (!written) throw new AlreadyQueued();
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof AlreadyQueued) return false;
      throw error;
    });
  return queued;
}

/** The mails due for one person today, from what they may see (`view`: the state projected for them). */
function plannedFor(
  view: SeriesState,
  contact: ContactRecord,
  to: MailFor,
  today: string,
  settings: MailSettings,
  base: string,
): Planned[] {
  const { seriesId, personId, choices, language } = contact;
  const planned: Planned[] = [];
  if (choices.reminders) {
    const items = remindersFor(view, personId, today, settings.reminderDays);
    if (items.length > 0) {
      planned.push({
        key: `reminder:${seriesId}:${personId}:${today}`,
        kind: MailKind.reminder,
        choice: MailChoice.reminders,
        write: (statusUrl, footer) => reminderMail(to, items, statusUrl, footer),
      });
    }
  }
  if (choices.digest || choices.minutes) {
    for (const session of digestSessions(view, today)) {
      const minutes = sessionMinutes(view, session.id);
      const attach = choices.minutes && minutes !== null;
      planned.push({
        key: `digest:${seriesId}:${session.id}:${personId}`,
        kind: MailKind.digest,
        choice: choices.digest ? MailChoice.digest : MailChoice.minutes,
        attachments: attach
          ? [
              {
                filename: `einklang-${session.date}.md`,
                content: minutesMarkdown(minutes, language),
                contentType: "text/markdown; charset=utf-8",
              },
            ]
          : [],
        write: (statusUrl, footer) =>
          digestMail(
            to,
            view,
            session,
            personId,
            {
              statusUrl,
              minutesUrl: attach ? `${base}/s/${seriesId}/minutes/${session.id}` : null,
              withDecisions: choices.digest,
            },
            footer,
          ),
      });
    }
  }
  const next = choices.preRead ? preReadSession(view, today, settings.preReadDays) : null;
  if (next) {
    planned.push({
      key: `preRead:${seriesId}:${next.id}:${personId}`,
      kind: MailKind.preRead,
      choice: MailChoice.preRead,
      write: (statusUrl, footer) => preReadMail(to, view, next, personId, statusUrl, footer),
    });
  }
  return planned;
}

/**
 * One scheduler tick: for every series with confirmed contacts, the
 * reminders, digests and pre-reads due at `now` (from 08:00 in the series'
 * time zone) are written to the outbox, each at most once by its key — also
 * when several instances tick at once. Returns how many were queued.
 */
export async function scheduleMails(
  deps: Pick<ExecuteDeps, "storage" | "cache">,
  base: string,
  now: Date,
): Promise<number> {
  let queued = 0;
  const q: Queue = { deps, base, at: now.toISOString() };
  for (const seriesId of await deps.storage.mail.seriesWithContacts()) {
    const state = await deps.cache.current(deps.storage, seriesId);
    if (!state) continue;
    const today = mailDay(now, scheduleOf(state).timeZone);
    if (today === null) continue;
    const settings = await deps.storage.mail.settingsOf(seriesId);
    for (const contact of await deps.storage.mail.contactsOf(seriesId)) {
      const person = Object.hasOwn(state.people, contact.personId) ? state.people[contact.personId] : undefined;
      const viewer = viewerOf(state, contact.personId);
      if (contact.confirmedAt === null || !person || !viewer) continue;
      if (await deps.storage.mail.cutOff(seriesId, contact.personId)) continue;
      // Everything a mail says comes from what this person may see on the board.
      const view = projectState(state, viewer);
      const to: MailFor = { language: contact.language, personName: person.name, seriesName: state.name };
      for (const planned of plannedFor(view, contact, to, today, settings, base)) {
        if (await queue(q, contact, state.name, planned)) queued += 1;
      }
    }
  }
  return queued;
}
