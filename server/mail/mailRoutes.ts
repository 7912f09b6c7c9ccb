import type { Express, Request, RequestHandler, Response } from "express";
import { z } from "zod";
import { Role } from "@common/domain/vocabulary.js";
import { contactInputSchema, mailSettingsSchema, type ContactInput } from "@common/mail/contact.js";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { bearerAccess, type BearerAccess } from "../exports/bearer.js";
import type { ExecuteDeps } from "../series/execute.js";
import { describeIssues } from "../transport/describeIssues.js";
import { contactView, saveContact, TooManyConfirmations } from "./contacts.js";
import type { ContactRecord } from "../storage/mailTypes.js";
import type { MailService } from "./mailService.js";

type Handler = (req: Request, res: Response, access: BearerAccess) => Promise<void>;

function refuse(res: Response, status: number, error: Rejection): void {
  res.status(status).json({ error });
}

const TOO_MANY_CONFIRMATIONS =
  "too many confirmation mails today: try again tomorrow (nothing was saved, no mail was sent)";

const MAIL_OFF = "mail is not set up on this server (EINKLANG_SMTP_URL)";

/** A mail route behind the device token of a person of the series in the path. */
function guarded(deps: ExecuteDeps, facilitator: boolean, handle: Handler): RequestHandler {
  return async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    try {
      const seriesId = typeof req.params.id === "string" ? req.params.id : null;
      const access = await bearerAccess(deps, req.headers.authorization, { seriesId, facilitator });
      if (!access.ok) return refuse(res, access.status, access.error);
      await handle(req, res, access.value);
    } catch (error) {
      deps.logError(error);
      if (!res.headersSent) refuse(res, 503, reject(ErrorCode.storageUnavailable, "try again shortly"));
    }
  };
}

function parsed<T extends z.ZodType>(schema: T, body: unknown, res: Response): z.infer<T> | null {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  refuse(res, 400, reject(ErrorCode.invalidMessage, describeIssues(result.error)));
  return null;
}

/** Saves a contact; null (nothing saved, nothing queued) beyond the day's confirmation mails. */
async function savedOrCapped(
  deps: ExecuteDeps,
  base: string,
  access: BearerAccess,
  who: { personId: string; enteredBy: string },
  input: ContactInput,
): Promise<ContactRecord | null> {
  try {
    return await saveContact(deps.storage, base, access.state, who, input, deps.now().toISOString());
  } catch (error) {
    if (error instanceof TooManyConfirmations) return null;
    throw error;
  }
}

/**
 * Mail contacts over HTTP (see docs/api.md): a person reads, sets and removes
 * their own address and choices; a facilitator sees everyone's, enters one
 * for an owner who never joined, sets the series' mail settings and sees the
 * outbox. Addresses are answered to these two only and never logged.
 */
export function mailRoutes(app: Express, deps: ExecuteDeps, mail: MailService | null): void {
  const enabled = mail !== null;

  app.get(
    "/api/series/:id/mail/contact",
    guarded(deps, false, async (_req, res, access) => {
      const contact = await deps.storage.mail.contactOf(access.seriesId, access.person.id);
      res.json({ enabled, contact: contact && contactView(contact) });
    }),
  );

  app.put(
    "/api/series/:id/mail/contact",
    guarded(deps, false, async (req, res, access) => {
      const input = parsed(contactInputSchema, req.body, res);
      if (!input) return;
      if (!mail) return refuse(res, 409, reject(ErrorCode.conflict, MAIL_OFF));
      const who = { personId: access.person.id, enteredBy: access.person.id };
      const contact = await savedOrCapped(deps, mail.base, access, who, input);
      if (!contact) return refuse(res, 429, reject(ErrorCode.rateLimited, TOO_MANY_CONFIRMATIONS));
      mail.kick();
      res.json({ enabled, contact: contactView(contact) });
    }),
  );

  app.delete(
    "/api/series/:id/mail/contact",
    guarded(deps, false, async (_req, res, access) => {
      await deps.storage.mail.removeContact(access.seriesId, access.person.id, deps.now().toISOString());
      res.status(204).end();
    }),
  );

  app.get(
    "/api/series/:id/mail/people",
    guarded(deps, true, async (_req, res, access) => {
      const [contacts, settings, outbox] = await Promise.all([
        deps.storage.mail.contactsOf(access.seriesId),
        deps.storage.mail.settingsOf(access.seriesId),
        deps.storage.mail.outboxOf(access.seriesId),
      ]);
      res.json({ enabled, contacts: contacts.map(contactView), settings, outbox });
    }),
  );

  app.put(
    "/api/series/:id/mail/people/:personId",
    guarded(deps, true, async (req, res, access) => {
      const input = parsed(contactInputSchema, req.body, res);
      if (!input) return;
      if (!mail) return refuse(res, 409, reject(ErrorCode.conflict, MAIL_OFF));
      const personId = String(req.params.personId);
      const person = Object.hasOwn(access.state.people, personId) ? access.state.people[personId] : undefined;
      if (!person) return refuse(res, 404, reject(ErrorCode.notFound, "person not found"));
      if (personId !== access.person.id && person.role === Role.facilitator) {
        return refuse(res, 403, reject(ErrorCode.forbidden, "a facilitator enters their own address"));
      }
      if (personId !== access.person.id && (await deps.storage.access.hasOwnDevice(access.seriesId, personId))) {
        const message = "this person has joined: only they enter their address, on My agreements";
        return refuse(res, 409, reject(ErrorCode.conflict, message));
      }
      const who = { personId, enteredBy: access.person.id };
      const contact = await savedOrCapped(deps, mail.base, access, who, input);
      if (!contact) return refuse(res, 429, reject(ErrorCode.rateLimited, TOO_MANY_CONFIRMATIONS));
      mail.kick();
      res.json({ enabled, contact: contactView(contact) });
    }),
  );

  app.delete(
    "/api/series/:id/mail/people/:personId",
    guarded(deps, true, async (req, res, access) => {
      const removed = await deps.storage.mail.removeContact(
        access.seriesId,
        String(req.params.personId),
        deps.now().toISOString(),
      );
      if (!removed) return refuse(res, 404, reject(ErrorCode.notFound, "this person has no address"));
      res.status(204).end();
    }),
  );

  app.put(
    "/api/series/:id/mail/settings",
    guarded(deps, true, async (req, res, access) => {
      const given = parsed(mailSettingsSchema, req.body, res);
      if (!given) return;
      // A client that does not send the links' validity keeps the one set before.
      const before = await deps.storage.mail.settingsOf(access.seriesId);
      const settings = { ...given, linkDays: given.linkDays ?? before.linkDays };
      await deps.storage.mail.saveSettings(access.seriesId, settings);
      res.json({ settings });
    }),
  );
}
