import { useId } from "react";
import { EffectPeriod } from "@common/domain/agreements/effect.js";
import { useT } from "../../i18n/useT.js";

/** Per month or per year. */
export function PeriodSelect(props: {
  value: EffectPeriod;
  onChange: (per: EffectPeriod) => void;
  testId?: string;
  disabled?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <span className="field">
      <label className="form-label" htmlFor={id}>
        {t("ledger.per")}
      </label>
      <select
        id={id}
        className="text-input"
        value={props.value}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value === EffectPeriod.year ? EffectPeriod.year : EffectPeriod.month)}
      >
        <option value={EffectPeriod.month}>{t("ledger.per.month")}</option>
        <option value={EffectPeriod.year}>{t("ledger.per.year")}</option>
      </select>
    </span>
  );
}
