import type { Goal } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useResultFormats } from "../results/format.js";
import "./kpiReport.css";

/** The KPI field of an owner's report: which goals' KPI it is, and what was measured last. */
export function KpiReportField({
  id,
  goals,
  previous,
  draft,
  invalid,
  onChange,
}: {
  id: string;
  goals: readonly Goal[];
  previous: number | null;
  draft: string;
  invalid: boolean;
  onChange: (draft: string) => void;
}) {
  const t = useT();
  const f = useResultFormats();
  const kpis = goals.map((g) => `${g.kpiName}${g.kpiUnit.trim() === "" ? "" : ` (${g.kpiUnit})`}`).join(", ");
  const unit = goals[0]?.kpiUnit ?? "";
  return (
    <span className="field kpi-report">
      <label className="form-label" htmlFor={id}>
        {t("mine.kpi.label", { kpi: kpis })}
      </label>
      <input
        id={id}
        className="text-input"
        inputMode="decimal"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        data-testid="kpi-report-value"
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className={invalid ? "field-error" : "muted small"}>
        {invalid
          ? t("mine.kpi.notANumber")
          : previous === null
            ? t("mine.kpi.hint")
            : t("mine.kpi.previous", { value: f.kpi(previous, unit) })}
      </span>
    </span>
  );
}
