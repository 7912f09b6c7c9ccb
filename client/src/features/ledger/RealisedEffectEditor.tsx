import { useState } from "react";
import {
  EFFECT_CURRENCY,
  EffectPeriod,
  type MarginEffect,
  type RealisedEffect,
} from "@common/domain/agreements/effect.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { EditableField } from "../../ui/EditableField.js";
import { EuroField } from "./EuroField.js";
import { useEuroText } from "./effectText.js";
import { PeriodSelect } from "./PeriodSelect.js";
import "./ledger.css";

/**
 * At a review: the realised effect on contribution margin in € per month or
 * per year (the agreement's period unless changed), or "nicht messbar" with
 * the reason.
 */
export function RealisedEffectEditor({
  expected,
  realised,
  onCommit,
  disabled,
}: {
  expected: MarginEffect | null;
  realised: RealisedEffect | null;
  onCommit: (effect: RealisedEffect | null) => void;
  disabled: boolean;
}) {
  const t = useT();
  const euro = useEuroText();
  const [per, setPer] = useState<EffectPeriod>(
    realised?.measured ? realised.per : (expected?.per ?? EffectPeriod.month),
  );
  const notMeasurable = realised?.measured === false;
  const measured = realised?.measured ? realised : null;
  const shownPer = measured?.per ?? per;
  const measure = (amount: number | null, nextPer: EffectPeriod) =>
    onCommit(amount === null ? null : { measured: true, amount, per: nextPer, currency: EFFECT_CURRENCY });
  return (
    <fieldset className="ledger-effect" data-testid="realised-effect">
      <legend className="case-section-title">{t("ledger.realised.title")}</legend>
      {expected && (
        <p className="muted small" data-testid="realised-expected">
          {t("ledger.realised.expectedWas", { amount: euro(expected) })}
        </p>
      )}
      {!notMeasurable && (
        <div className="ledger-effect-row">
          <EuroField
            label={t("ledger.realised.amount")}
            value={measured?.amount ?? null}
            testId="realised-effect-amount"
            disabled={disabled}
            onCommit={(amount) => measure(amount, shownPer)}
          />
          <PeriodSelect
            value={shownPer}
            disabled={disabled}
            testId="realised-effect-per"
            onChange={(next) => {
              setPer(next);
              if (measured) measure(measured.amount, next);
            }}
          />
        </div>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={notMeasurable}
          disabled={disabled}
          data-testid="realised-not-measurable"
          onChange={(e) =>
            onCommit(e.target.checked ? { measured: false, reason: t("ledger.realised.reason.default") } : null)
          }
        />
        {t("ledger.realised.notMeasurable")}
      </label>
      {notMeasurable && (
        <span className="field field-wide">
          <span className="form-label">{t("ledger.realised.reason")}</span>
          <EditableField
            value={realised.reason}
            label={t("ledger.realised.reason")}
            placeholder={t("ledger.realised.reason.placeholder")}
            maxLength={LIMITS.effectBasis}
            required
            testId="realised-reason"
            onCommit={(reason) => onCommit({ measured: false, reason })}
          />
        </span>
      )}
    </fieldset>
  );
}
