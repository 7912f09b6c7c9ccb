import type { MarginEffect } from "@common/domain/agreements/effect.js";
import { useT } from "../../i18n/useT.js";
import { useEuroText } from "./effectText.js";

/** "Erwartet: 1.800 € pro Monat (2 Rüstwechsel/Woche weniger × 450 €)" in an agreement's summary. */
export function ExpectedEffectLine({ effect }: { effect: MarginEffect }) {
  const t = useT();
  const euro = useEuroText();
  const amount = euro(effect);
  return (
    <span className="card-meta ledger-line-effect" data-testid="agreement-effect">
      {effect.basis.trim() === ""
        ? t("ledger.summary.expected", { amount })
        : t("ledger.summary.basis", { amount, basis: effect.basis })}
    </span>
  );
}
