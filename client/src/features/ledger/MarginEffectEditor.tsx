import { useState } from "react";
import { EFFECT_CURRENCY, EffectPeriod, type MarginEffect } from "@common/domain/agreements/effect.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { EditableField } from "../../ui/EditableField.js";
import { EuroField } from "./EuroField.js";
import { PeriodSelect } from "./PeriodSelect.js";
import "./ledger.css";

/**
 * An agreement's expected effect on contribution margin: € per month or per
 * year and a one-line basis. Without an amount there is no effect (the basis
 * waits here until one is typed).
 */
export function MarginEffectEditor({
  effect,
  onCommit,
}: {
  effect: MarginEffect | null;
  onCommit: (effect: MarginEffect | null) => void;
}) {
  const t = useT();
  const [per, setPer] = useState<EffectPeriod>(effect?.per ?? EffectPeriod.month);
  const [basis, setBasis] = useState(effect?.basis ?? "");
  const shownPer = effect?.per ?? per;
  const send = (amount: number | null, nextPer: EffectPeriod, nextBasis: string) =>
    onCommit(amount === null ? null : { amount, per: nextPer, currency: EFFECT_CURRENCY, basis: nextBasis });
  return (
    <fieldset className="ledger-effect" data-testid="margin-effect">
      <legend className="case-section-title">{t("ledger.expected.title")}</legend>
      <div className="ledger-effect-row">
        <EuroField
          label={t("ledger.expected.amount")}
          value={effect?.amount ?? null}
          testId="margin-effect-amount"
          onCommit={(amount) => send(amount, shownPer, effect?.basis ?? basis)}
        />
        <PeriodSelect
          value={shownPer}
          testId="margin-effect-per"
          onChange={(next) => {
            setPer(next);
            if (effect) send(effect.amount, next, effect.basis);
          }}
        />
      </div>
      <span className="field field-wide">
        <span className="form-label">{t("ledger.expected.basis")}</span>
        <EditableField
          value={effect?.basis ?? basis}
          label={t("ledger.expected.basis")}
          placeholder={t("ledger.expected.basis.placeholder")}
          maxLength={LIMITS.effectBasis}
          testId="margin-effect-basis"
          onCommit={(next) => {
            setBasis(next);
            if (effect) send(effect.amount, effect.per, next);
          }}
        />
      </span>
      <p className="muted small">{t("ledger.expected.hint")}</p>
    </fieldset>
  );
}
