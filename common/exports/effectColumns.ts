import { EffectPeriod, type MarginEffect, type RealisedEffect } from "../domain/agreements/effect.js";
import { reviewsOf } from "../domain/rules/lineage.js";
import type { Agreement, Review, SeriesState } from "../domain/types.js";
import { translate, type Language, type MessageKey } from "../i18n/translate.js";

/** The CSV columns of an agreement's expected margin effect, after its intended outcome. */
export const EXPECTED_EFFECT_COLUMNS: readonly MessageKey[] = [
  "document.effect.expected",
  "document.effect.expectedPer",
  "document.effect.basis",
];

/** The CSV columns of the realised margin effect, after the latest review's KPI value. */
export const REALISED_EFFECT_COLUMNS: readonly MessageKey[] = [
  "document.effect.realised",
  "document.effect.realisedPer",
  "document.effect.notMeasurable",
];

/** "Monat" / "month". */
export function periodText(per: EffectPeriod, lang: Language): string {
  return translate(lang, per === EffectPeriod.month ? "document.effect.month" : "document.effect.year");
}

/** Expected € (a number, so a spreadsheet adds it up), per month or year, and the basis. */
export function expectedEffectCells(agreement: Agreement, lang: Language): (string | number)[] {
  const effect = agreement.effect;
  return effect ? [effect.amount, periodText(effect.per, lang), effect.basis] : ["", "", ""];
}

/** The latest review of the agreement that said something about the effect. */
function latestRealised(state: SeriesState, agreement: Agreement): Review | undefined {
  const order = (r: Review) => state.sessions[r.sessionId]?.date ?? "";
  return [...reviewsOf(state, agreement.id)]
    .filter((r) => r.realisedEffect && state.sessions[r.sessionId])
    .sort((a, b) => order(a).localeCompare(order(b)) || a.updatedSeq - b.updatedSeq)
    .at(-1);
}

/** Realised € (a number), per month or year, or why it is not measurable. */
export function realisedEffectCells(state: SeriesState, agreement: Agreement, lang: Language): (string | number)[] {
  const effect = latestRealised(state, agreement)?.realisedEffect;
  if (!effect) return ["", "", ""];
  return effect.measured ? [effect.amount, periodText(effect.per, lang), ""] : ["", "", effect.reason];
}

/** An amount as the minutes write it: "1.800" / "1,800". */
function amountText(amount: number, lang: Language): string {
  return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 2 }).format(amount);
}

/** The minutes' value of an expected effect: "1.800 € pro Monat (2 Rüstwechsel/Woche weniger × 450 €)". */
export function expectedEffectText(effect: MarginEffect, lang: Language): string {
  const amount = translate(lang, "document.effect.amountPer", {
    amount: amountText(effect.amount, lang),
    per: periodText(effect.per, lang),
  });
  return effect.basis.trim() === "" ? amount : `${amount} (${effect.basis})`;
}

/** The minutes' value of what a review found: "1.500 € pro Monat" or "nicht messbar: …". */
export function realisedEffectText(effect: RealisedEffect, lang: Language): string {
  return effect.measured
    ? translate(lang, "document.effect.amountPer", {
        amount: amountText(effect.amount, lang),
        per: periodText(effect.per, lang),
      })
    : translate(lang, "document.effect.notMeasurableValue", { reason: effect.reason });
}
