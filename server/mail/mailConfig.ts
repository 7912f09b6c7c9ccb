import { emailSchema } from "@common/mail/contact.js";

/** How the server sends mail; without it (no EINKLANG_SMTP_URL) mail is off. */
export interface MailConfig {
  /** smtp://user:pass@host:587 or smtps://…; nodemailer's connection URL. */
  smtpUrl: string;
  /** The sender, a plain address or `Name <address>`. */
  from: string;
  /** The origin links in mails lead to (EINKLANG_PUBLIC_URL). */
  publicUrl: string;
  /** How often the scheduler and the sender look for work; default one minute and five seconds. */
  scheduleEveryMs?: number;
  sendEveryMs?: number;
}

const FROM_WITH_NAME = /^([^<>\r\n"]{1,100}) <([^<>\r\n]+)>$/;

function fromOf(raw: string): string {
  const named = FROM_WITH_NAME.exec(raw);
  const address = named?.[2] ?? raw;
  if (!emailSchema.safeParse(address).success) {
    throw new Error(
      `EINKLANG_MAIL_FROM must be an address like einklang@example.com or "Einklang <einklang@example.com>"`,
    );
  }
  return raw;
}

/**
 * Reads EINKLANG_SMTP_URL, EINKLANG_MAIL_FROM and the public address: null
 * without an SMTP URL (mail off); with one, the sender and the public address
 * are required, and start-up fails with a message naming what is missing.
 */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv, publicOrigin: string | null): MailConfig | null {
  const smtpUrl = env.EINKLANG_SMTP_URL?.trim() ?? "";
  const from = env.EINKLANG_MAIL_FROM?.trim() ?? "";
  if (smtpUrl === "") {
    if (from !== "") throw new Error("EINKLANG_MAIL_FROM is set but EINKLANG_SMTP_URL is not: set both to send mail");
    return null;
  }
  const url = URL.canParse(smtpUrl) ? new URL(smtpUrl) : null;
  if (!url || (url.protocol !== "smtp:" && url.protocol !== "smtps:") || url.hostname === "") {
    throw new Error("EINKLANG_SMTP_URL must look like smtp://user:password@mail.example.com:587 (or smtps://)");
  }
  if (from === "") throw new Error("EINKLANG_SMTP_URL is set: set EINKLANG_MAIL_FROM too (the sender's address)");
  if (publicOrigin === null) {
    throw new Error(
      "EINKLANG_SMTP_URL is set: set EINKLANG_PUBLIC_URL too (the address links in mails lead to, e.g. https://board.example.com)",
    );
  }
  return { smtpUrl, from: fromOf(from), publicUrl: publicOrigin };
}
