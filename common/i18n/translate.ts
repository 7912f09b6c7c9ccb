import { de, type MessageKey, type Messages } from "./de.js";
import { en } from "./en.js";

/** The languages of the UI and the exports: German, the default, and English. */
export const Language = { de: "de", en: "en" } as const;
export type Language = (typeof Language)[keyof typeof Language];

/** Values filled into `{placeholder}`s of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message with a form per plural category: the catalogs hold `<key>.one` and
 * `<key>.other` (the categories German and English use, as `Intl.PluralRules`
 * names them) and, where nothing reads better than a number, `<key>.none` for 0.
 */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** A plain message key, or a plural message's key (then `count` chooses the form). */
export type TextKey = MessageKey | PluralKey;

/** A message to show later, in whatever language is chosen then. */
export interface MessageRef {
  key: TextKey;
  params?: MessageParams;
}

const catalogs: Record<Language, Messages> = { de, en };

const locales: Record<Language, string> = { de: "de-DE", en: "en-GB" };
const pluralRules: Record<Language, Intl.PluralRules> = {
  de: new Intl.PluralRules(locales.de),
  en: new Intl.PluralRules(locales.en),
};
const numberFormats: Record<Language, Intl.NumberFormat> = {
  de: new Intl.NumberFormat(locales.de, { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 2 }),
};

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(de, key);
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The form of a plural message for `count`: `.none` for 0 if the catalog has one, else its plural category. */
function pluralForm(language: Language, key: PluralKey, count: number): MessageKey {
  const none = `${key}.none`;
  if (count === 0 && isMessageKey(none)) return none;
  const form = `${key}.${pluralRules[language].select(count)}`;
  return isMessageKey(form) ? form : `${key}.other`;
}

/**
 * The text of a message in a language, with its placeholders filled in. A plural
 * message takes the form for `params.count` and shows the count as the language
 * writes numbers ("1.250 Fälle", "1,250 cases").
 */
export function translate(language: Language, key: TextKey, params?: MessageParams): string {
  if (isMessageKey(key)) return fill(catalogs[language][key], params);
  const count = params?.count;
  if (typeof count !== "number") return fill(catalogs[language][`${key}.other`], params);
  const shown = { ...params, count: numberFormats[language].format(count) };
  return fill(catalogs[language][pluralForm(language, key, count)], shown);
}

/** Reads a language code, falling back to German. */
export function parseLanguage(value: string | null | undefined): Language {
  return value === Language.en ? Language.en : Language.de;
}

export type { MessageKey, Messages };
