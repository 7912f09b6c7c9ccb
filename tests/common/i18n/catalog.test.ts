import { describe, expect, it } from "vitest";
import { de } from "@common/i18n/de.js";
import { en } from "@common/i18n/en.js";
import { Language, parseLanguage, translate, type TextKey } from "@common/i18n/translate.js";

const catalogs: Record<Language, Readonly<Record<string, string>>> = { de, en };
const LANGUAGES = Object.values(Language);

function placeholders(text: string): string {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1] ?? "")
    .sort()
    .join(",");
}

/** Bases of the plural messages of a catalog: `<base>.one` is a key (`.other` alone also names "other", e.g. a function). */
function pluralBases(catalog: Readonly<Record<string, string>>): Set<string> {
  return new Set(Object.keys(catalog).flatMap((key) => /^(.+)\.one$/.exec(key)?.[1] ?? []));
}

/** Every way the catalogs disagree with each other or with the plural rules of their language. */
function catalogDifferences(): string[] {
  const keys = [...new Set(LANGUAGES.flatMap((language) => Object.keys(catalogs[language])))].sort();
  const perKey = keys.flatMap((key) => {
    const texts = LANGUAGES.map((language) => [language, catalogs[language][key]] as const);
    const found = texts.flatMap(([language, text]) =>
      text === undefined
        ? [`${key}: missing in ${language}`]
        : text.trim() === ""
          ? [`${key}: empty in ${language}`]
          : [],
    );
    const shapes = new Set(texts.flatMap(([, text]) => (text === undefined ? [] : [placeholders(text)])));
    if (shapes.size > 1)
      found.push(
        `${key}: placeholders ${texts.map(([language, text]) => `${language} {${placeholders(text ?? "")}}`).join(", ")}`,
      );
    return found;
  });
  const perPlural = LANGUAGES.flatMap((language) => {
    const catalog = catalogs[language];
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    return [...pluralBases(catalog)]
      .sort()
      .flatMap((base) => [
        ...categories.flatMap((category) =>
          `${base}.${category}` in catalog ? [] : [`${base}: no ${category} form in ${language}`],
        ),
        ...(base in catalog ? [`${base}: both a message and a plural message in ${language}`] : []),
      ]);
  });
  return [...perKey, ...perPlural];
}

describe("the message catalog", () => {
  it("has every key in German and English with the same placeholders, and every plural form: every difference listed", () => {
    expect(catalogDifferences()).toEqual([]);
  });

  it.each<[Language, TextKey, Record<string, string | number>, string]>([
    ["de", "field.remoteChange", { name: "Bob" }, "Bob hat dieses Feld gerade geändert."],
    ["de", "document.votes.about", { voters: 3 }, "Abgestimmt haben: 3 · {dots} Punkte je Person"],
    ["de", "connection.unsaved", { count: 1 }, "1 ungespeicherte Änderung"],
    ["de", "connection.unsaved", { count: 0 }, "0 ungespeicherte Änderungen"],
    ["de", "connection.unsaved", { count: 1250 }, "1.250 ungespeicherte Änderungen"],
    ["en", "connection.unsaved", { count: 1 }, "1 unsaved change"],
    ["en", "connection.unsaved", { count: 1250 }, "1,250 unsaved changes"],
    ["en", "connection.unsaved", { count: 1.5 }, "1.5 unsaved changes"],
    [
      "de",
      "mine.since",
      { count: 0, date: "Mi., 3. Dez." },
      "Seit der letzten Sitzung (Mi., 3. Dez.) hat sich bei Ihren Vereinbarungen nichts geändert.",
    ],
    [
      "en",
      "mine.since",
      { count: 2, date: "Wed 3 Dec" },
      "Since the last session (Wed 3 Dec), 2 of your agreements have news.",
    ],
    ["en", "vote.voters", { count: 1, present: 4 }, "1 of 4 has voted"],
  ])("%s %s %j reads %j", (language, key, params, expected) => {
    expect(translate(language, key, params)).toBe(expected);
  });

  it.each([
    ["en", "en"],
    ["de", "de"],
    [null, "de"],
    ["fr", "de"],
  ] as const)("reads the stored language %s as %s", (stored, language) => {
    expect(parseLanguage(stored)).toBe(language);
  });
});
