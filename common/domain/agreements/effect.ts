import { z } from "zod";
import { LIMITS } from "../../limits.js";
import { text } from "../commands/fields.js";

/** The period a margin effect is stated for: € per month or € per year. */
export const EffectPeriod = { month: "month", year: "year" } as const;
export type EffectPeriod = (typeof EffectPeriod)[keyof typeof EffectPeriod];

/** The one currency the ledger counts in. */
export const EFFECT_CURRENCY = "EUR";

/**
 * What an agreement is expected to do to the contribution margin (Wirkung auf
 * den Deckungsbeitrag): € per month or per year, with a one-line basis
 * ("2 Rüstwechsel/Woche weniger × 450 €").
 */
export interface MarginEffect {
  amount: number;
  per: EffectPeriod;
  currency: typeof EFFECT_CURRENCY;
  basis: string;
}

/** What a review found the effect to be: measured in € per month or year, or not measurable (with the reason). */
export type RealisedEffect =
  | { measured: true; amount: number; per: EffectPeriod; currency: typeof EFFECT_CURRENCY }
  | { measured: false; reason: string };

const euroAmount = z
  .number({ error: "the margin effect must be a number of euros" })
  .finite("the margin effect must be a finite number of euros")
  .min(-LIMITS.marginEffectEuro, `a margin effect beyond ±${LIMITS.marginEffectEuro} € is not plausible`)
  .max(LIMITS.marginEffectEuro, `a margin effect beyond ±${LIMITS.marginEffectEuro} € is not plausible`);

const currency = z.literal(EFFECT_CURRENCY, { error: "the margin effect is counted in euros (EUR) only" });

const period = z.enum([EffectPeriod.month, EffectPeriod.year], {
  error: "the margin effect is stated per month or per year",
});

/** An agreement's expected margin effect; null for none. */
export const marginEffectSchema = z
  .strictObject({ amount: euroAmount, per: period, currency, basis: text(LIMITS.effectBasis) })
  .nullable();

/** A review's realised margin effect; null while nothing is said. */
export const realisedEffectSchema = z
  .discriminatedUnion("measured", [
    z.strictObject({ measured: z.literal(true), amount: euroAmount, per: period, currency }),
    z.strictObject({ measured: z.literal(false), reason: text(LIMITS.effectBasis, 1) }),
  ])
  .nullable();

/** An effect in € per year, the one scale the ledger adds up on. */
export function perYear(effect: { amount: number; per: EffectPeriod }): number {
  return effect.per === EffectPeriod.month ? effect.amount * 12 : effect.amount;
}
