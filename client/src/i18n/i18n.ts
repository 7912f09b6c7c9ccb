import { de, type MessageKey, type Messages } from "./de.js";
import { en } from "./en.js";

export const Language = { de: "de", en: "en" } as const;
export type Language = (typeof Language)[keyof typeof Language];

/** Values filled into `{placeholder}`s of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message to show later, in whatever language is chosen then. */
export interface MessageRef {
  key: MessageKey;
  params?: MessageParams;
}

const catalogs: Record<Language, Messages> = { de, en };

/** The text of a message in a language, with its placeholders filled in. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Reads a language code, falling back to German. */
export function parseLanguage(value: string | null | undefined): Language {
  return value === Language.en ? Language.en : Language.de;
}

export type { MessageKey };
