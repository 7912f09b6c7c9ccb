import { KpiSurprise } from "@common/domain/agreements/kpiReport.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "../results/format.js";
import "./kpiReport.css";

/** Asks whether a KPI value far from the previous one is meant: send it as it is, or correct it. */
export function KpiSurpriseQuestion({
  surprise,
  value,
  previous,
  unit,
  onConfirm,
  onCorrect,
}: {
  surprise: KpiSurprise;
  value: number;
  previous: number;
  unit: string;
  onConfirm: () => void;
  onCorrect: () => void;
}) {
  const t = useT();
  const f = useResultFormats();
  // Every digit typed: rounded, 0.93 would read 0.9 and the question would not show what was typed.
  const exact = (v: number) =>
    `${new Intl.NumberFormat(f.locale, { maximumFractionDigits: 6 }).format(v)} ${unit}`.trim();
  const params = { value: exact(value), previous: exact(previous) };
  return (
    <div className="kpi-surprise" role="alertdialog" aria-live="assertive" data-testid="kpi-surprise">
      <p>
        {t(surprise === KpiSurprise.signFlipped ? "mine.kpi.surprise.sign" : "mine.kpi.surprise.hundredfold", params)}
      </p>
      <div className="status-report-actions">
        <button type="button" className="button-quiet" onClick={onCorrect} data-testid="kpi-surprise-correct">
          {t("mine.kpi.surprise.correct")}
        </button>
        <button type="button" className="button-primary" onClick={onConfirm} data-testid="kpi-surprise-confirm">
          {t("mine.kpi.surprise.confirm")}
        </button>
      </div>
    </div>
  );
}
