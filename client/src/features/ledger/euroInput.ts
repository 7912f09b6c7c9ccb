import { LIMITS } from "@common/limits.js";
import type { Language } from "../../i18n/i18n.js";
import { parseAmount } from "../../ui/amount.js";

/** Why a typed € amount is not taken. */
export type EuroProblem = "notANumber" | "otherCurrency" | "tooLarge";

/** A typed € amount: a number, nothing (empty), or the reason it is not taken. */
export type EuroInput = { amount: number | null } | { problem: EuroProblem };

const EURO = /€|\beur\b|\beuro\b/gi;
// Anything that names another currency: its sign or a three-letter code people type.
const OTHER_CURRENCY = /[$£¥₣₤₹₽]|\b(usd|gbp|chf|pln|czk|huf|sek|nok|dkk|jpy|cny|us-?dollar|dollar|franken|pfund)\b/i;

/**
 * Reads an amount of euros as people type it ("1.800", "-450 €", "12.000 EUR"),
 * in the UI language's number format; refuses another currency and figures
 * beyond the plausible (see `LIMITS.marginEffectEuro`).
 */
export function parseEuro(raw: string, language: Language): EuroInput {
  if (OTHER_CURRENCY.test(raw)) return { problem: "otherCurrency" };
  const amount = parseAmount(raw.replace(EURO, ""), language);
  if (amount === undefined) return { problem: "notANumber" };
  if (amount !== null && Math.abs(amount) > LIMITS.marginEffectEuro) return { problem: "tooLarge" };
  return { amount };
}
