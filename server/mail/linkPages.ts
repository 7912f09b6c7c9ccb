import express, { type Express, type Request, type Response } from "express";
import { mailText } from "@common/mail/mailTexts.js";
import { MailLanguage } from "@common/mail/contact.js";
import { hashToken } from "../access/tokens.js";
import type { ContactRecord, MailLink } from "../storage/mailTypes.js";
import type { Storage } from "../storage/types.js";
import { isMailToken } from "./mailTokens.js";

const PAGE_TEXT = {
  de: {
    confirmTitle: "E-Mail-Adresse bestätigen",
    confirmAsk: "Möchten Sie Mails von Einklang an {email} erhalten?",
    confirmButton: "Ja, Adresse bestätigen",
    confirmed: "Danke: Ihre Adresse ist bestätigt. Sie erhalten die Mails, die Sie gewählt haben.",
    unsubscribeTitle: "Abbestellen",
    unsubscribeAsk: "{what} nicht mehr per Mail erhalten?",
    unsubscribeButton: "Abbestellen",
    unsubscribed: "Erledigt: Sie erhalten keine {what} mehr. Ihre anderen Einstellungen bleiben, wie sie sind.",
    unknown: "Dieser Link gilt nicht (mehr).",
  },
  en: {
    confirmTitle: "Confirm your e-mail address",
    confirmAsk: "Do you want to receive mails from Einklang at {email}?",
    confirmButton: "Yes, confirm the address",
    confirmed: "Thank you: your address is confirmed. You will receive the mails you chose.",
    unsubscribeTitle: "Unsubscribe",
    unsubscribeAsk: "Stop receiving {what} by mail?",
    unsubscribeButton: "Unsubscribe",
    unsubscribed: "Done: you will receive no more {what}. Your other settings stay as they are.",
    unknown: "This link is not valid (any more).",
  },
} as const;

type PageLanguage = keyof typeof PAGE_TEXT;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small page of its own (no app, no script), answered no-store and never framed. */
function page(res: Response, status: number, language: PageLanguage, title: string, body: string): void {
  res.setHeader("Cache-Control", "no-store");
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Einklang</title></head>` +
        `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    );
}

function form(text: string, button: string, testId: string): string {
  // The form posts to the address it was loaded from: the token stays in the path.
  return `<p>${escapeHtml(text)}</p><form method="post"><button type="submit" data-testid="${testId}">${escapeHtml(button)}</button></form>`;
}

function tokenOf(req: Request): string | null {
  const token = req.params.token;
  return isMailToken(token) ? token : null;
}

function languageOf(value: string | undefined): PageLanguage {
  return value === MailLanguage.en ? "en" : "de";
}

/**
 * The unsubscribe link a token opens and the contact it changes: none when the
 * contact is gone or its address is no longer the one the link was mailed to.
 */
async function unsubscribeLink(
  storage: Storage,
  token: string | null,
): Promise<{ link: MailLink | null; contact: ContactRecord | null }> {
  const link = token === null ? null : await storage.mail.mailLinkByHash(hashToken(token));
  const contact = link && (await storage.mail.contactOf(link.seriesId, link.personId));
  if (!link || !contact) return { link: null, contact: null };
  if (link.email !== null && link.email.toLowerCase() !== contact.email.toLowerCase()) {
    return { link: null, contact: null };
  }
  return { link, contact };
}

/**
 * The pages behind the links in mails, which work without signing in: the
 * confirmation of an address and the one-click unsubscribe (RFC 8058). A GET
 * only shows what a button would do (mail scanners open links); the POST does
 * it, and changes only that person's one setting.
 */
export function mailLinkPages(app: Express, storage: Storage): void {
  const formBody = express.urlencoded({ extended: false, limit: "2kb" });

  app.get("/mail/confirm/:token", async (req, res) => {
    const token = tokenOf(req);
    const contact = token === null ? null : await storage.mail.contactByConfirmHash(hashToken(token));
    if (!contact) return page(res, 404, "de", PAGE_TEXT.de.confirmTitle, `<p>${PAGE_TEXT.de.unknown}</p>`);
    const text = PAGE_TEXT[contact.language];
    page(
      res,
      200,
      contact.language,
      text.confirmTitle,
      form(text.confirmAsk.replace("{email}", contact.email), text.confirmButton, "confirm"),
    );
  });

  app.post("/mail/confirm/:token", formBody, async (req, res) => {
    const token = tokenOf(req);
    const contact =
      token === null ? null : await storage.mail.confirmContact(hashToken(token), new Date().toISOString());
    if (!contact) return page(res, 404, "de", PAGE_TEXT.de.confirmTitle, `<p>${PAGE_TEXT.de.unknown}</p>`);
    const text = PAGE_TEXT[contact.language];
    page(res, 200, contact.language, text.confirmTitle, `<p data-testid="confirmed">${escapeHtml(text.confirmed)}</p>`);
  });

  app.get("/mail/unsubscribe/:token", async (req, res) => {
    const { link, contact } = await unsubscribeLink(storage, tokenOf(req));
    if (!link || !contact) return page(res, 404, "de", PAGE_TEXT.de.unsubscribeTitle, `<p>${PAGE_TEXT.de.unknown}</p>`);
    const language = languageOf(contact.language);
    const text = PAGE_TEXT[language];
    const what = mailText(language, `choice.${link.choice}`);
    page(
      res,
      200,
      language,
      text.unsubscribeTitle,
      form(text.unsubscribeAsk.replace("{what}", what), text.unsubscribeButton, "unsubscribe"),
    );
  });

  app.post("/mail/unsubscribe/:token", formBody, async (req, res) => {
    const { link, contact } = await unsubscribeLink(storage, tokenOf(req));
    if (!link || !contact) return page(res, 404, "de", PAGE_TEXT.de.unsubscribeTitle, `<p>${PAGE_TEXT.de.unknown}</p>`);
    await storage.mail.setChoice(link.seriesId, link.personId, link.choice, false);
    const language = languageOf(contact.language);
    const text = PAGE_TEXT[language];
    const what = mailText(language, `choice.${link.choice}`);
    page(
      res,
      200,
      language,
      text.unsubscribeTitle,
      `<p data-testid="unsubscribed">${escapeHtml(text.unsubscribed.replace("{what}", what))}</p>`,
    );
  });
}
