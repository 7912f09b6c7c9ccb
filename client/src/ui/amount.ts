import type { Language } from "../i18n/i18n.js";

/** Thousands written in groups of three: "12.000", "1.234.567" (or with commas in English). */
function groupedThousands(text: string, separator: "." | ","): boolean {
  const escaped = separator === "." ? "\\." : ",";
  return new RegExp(`^-?\\d{1,3}(${escaped}\\d{3})+(${separator === "." ? "," : "\\."}\\d+)?$`).test(text);
}

/**
 * Reads a number as people type it: in German "1.234,5" and "−12.000", in
 * English "1,234.5"; a decimal point or comma from the other language is
 * understood too ("12,5" in English, "1234.5" in German) as long as it cannot
 * be a thousands group. Null for an empty field, undefined for something that
 * is not a number.
 */
export function parseAmount(raw: string, language: Language = "de"): number | null | undefined {
  // The typographic minus and the dash people paste from documents are minus signs.
  const trimmed = raw
    .trim()
    .replace(/\s/g, "")
    .replace(/^[\u2212\u2013]/, "-");
  if (trimmed === "") return null;
  const thousands = language === "de" ? "." : ",";
  const decimal = language === "de" ? "," : ".";
  let normalised = trimmed;
  if (groupedThousands(trimmed, thousands)) {
    normalised = trimmed.split(thousands).join("").replace(decimal, ".");
  } else if (trimmed.includes(",")) {
    normalised = trimmed.replace(/\./g, "").replace(",", ".");
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}
