import { useCallback } from "react";
import { EffectPeriod } from "@common/domain/agreements/effect.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "../results/format.js";

/** "1.800 € pro Monat" / "€1,800 per month" in the UI language. */
export function useEuroText(): (effect: { amount: number; per: EffectPeriod }) => string {
  const t = useT();
  const f = useResultFormats();
  return useCallback(
    (effect) =>
      t(effect.per === EffectPeriod.month ? "ledger.amount.perMonth" : "ledger.amount.perYear", {
        amount: f.euro(effect.amount),
      }),
    [t, f],
  );
}
