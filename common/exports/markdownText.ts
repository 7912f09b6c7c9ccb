import type { Language } from "../i18n/translate.js";

const LOCALES: Record<Language, string> = { de: "de-DE", en: "en-GB" };

/** A YYYY-MM-DD date the way the board shows it ("Fr., 20. November 2026"); other input stays as it is. */
export function readableDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A number the way readers of the language write it ("-1.800", "12,5"). */
export function readableNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

/** Characters that would turn user text into Markdown formatting anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~]/g;
/** What starts a heading, list or rule at the beginning of a line (quotes are escaped as inline). */
const LINE_START = /^(\s*)([#+=-])/;
/** An ordered list marker: its period or parenthesis is what must be escaped. */
const ORDERED = /^(\s*\d+)([.)])/;

/** User text as literal Markdown on one line: formatting characters escaped, line breaks made spaces. */
export function mdInline(text: string): string {
  return mdLine(text.replace(/\s*[\r\n]+\s*/g, " ").trim());
}

/**
 * User text as literal Markdown that may span lines: each line escaped, lines
 * joined by hard breaks and indented by `indent`, so they stay in a list item.
 */
export function mdBlock(text: string, indent = ""): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => mdLine(line.trim()))
    .join(`  \n${indent}`);
}

function mdLine(line: string): string {
  return line.replace(INLINE, "\\$&").replace(LINE_START, "$1\\$2").replace(ORDERED, "$1\\$2");
}

/** A bullet "- **Label:** value"; a label that asks ("Eingehalten?") takes no colon. */
export function mdField(label: string, value: string): string {
  const head = /[?:]$/.test(label) ? label : `${label}:`;
  return `- **${head}** ${value}`;
}
