import { describe, expect, it } from "vitest";
import { de } from "../../client/src/i18n/de.js";
import { en } from "../../client/src/i18n/en.js";
import { parseLanguage, translate } from "../../client/src/i18n/i18n.js";

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

describe("message catalogs", () => {
  it("have the same keys in German and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it("use the same placeholders in both languages and leave no text empty: every difference listed", () => {
    const english = new Map<string, string>(Object.entries(en));
    const differences = Object.entries(de).flatMap(([key, german]) => {
      const text = english.get(key) ?? "";
      const found: string[] = [];
      if (german.trim() === "") found.push(`${key}: empty in German`);
      if (text.trim() === "") found.push(`${key}: empty in English`);
      const [inGerman, inEnglish] = [placeholders(german).join(","), placeholders(text).join(",")];
      if (inGerman !== inEnglish) found.push(`${key}: placeholders {${inGerman}} in German, {${inEnglish}} in English`);
      return found;
    });
    expect(differences).toEqual([]);
  });

  it("fills in placeholders", () => {
    expect(translate("de", "field.remoteChange", { name: "Bob" })).toBe("Bob hat dieses Feld gerade geändert.");
    expect(translate("en", "connection.unsaved.other", { count: 3 })).toBe("3 unsaved changes");
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
