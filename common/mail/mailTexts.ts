import type { MailLanguage } from "./contact.js";
import { translate } from "../i18n/translate.js";
import type { mailBodyDe } from "../i18n/mailbody.de.js";

/** A word of the mails: its key in the catalog without the `mailbody.` in front. */
export type MailTextKey = keyof typeof mailBodyDe extends infer K
  ? K extends `mailbody.${infer Word}`
    ? Word
    : never
  : never;

/** A mail's text in a language with its placeholders filled in. */
export function mailText(
  language: MailLanguage,
  key: MailTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return translate(language, `mailbody.${key}`, params);
}

/** A date (YYYY-MM-DD) as the language writes it: 05.11.2026 or 2026-11-05. */
export function mailDate(language: MailLanguage, date: string): string {
  if (language === "en" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const [year, month, day] = date.split("-");
  return `${day ?? ""}.${month ?? ""}.${year ?? ""}`;
}
