import { useMemo } from "react";
import { kpiContextForReview, type KpiContext } from "@common/domain/rules/kpiContext.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { formatDate } from "../../i18n/formatDate.js";
import type { Language } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import "./review.css";

/** A KPI figure with its unit ("95 %"), or "–" when none was measured. */
export function kpiFigure(value: number | null, unit: string, language: Language): string {
  if (value === null) return "–";
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  return unit.trim() === "" ? number : `${number}\u00a0${unit}`; // number and unit never split over two lines
}

/** Beside the KPI value of a review: each linked goal's KPI, its baseline and target, and the last value measured. */
export function KpiContextNote({
  agreement,
  sessionId,
  state,
}: {
  agreement: Agreement;
  sessionId: string;
  state: SeriesState;
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const contexts: KpiContext[] = useMemo(
    () => kpiContextForReview(state, agreement, sessionId),
    [state, agreement, sessionId],
  );
  if (contexts.length === 0) return null;
  return (
    <ul className="plain-list review-kpi-context muted small" data-testid="review-kpi-context">
      {contexts.map((context) => (
        <li key={context.goalId}>
          {t("review.kpi.context", {
            kpi: context.kpiName,
            baseline: kpiFigure(context.baseline, context.kpiUnit, language),
            target: kpiFigure(context.target, context.kpiUnit, language),
          })}{" "}
          ·{" "}
          {context.last
            ? t("review.kpi.last", {
                value: kpiFigure(context.last.value, context.kpiUnit, language),
                date: formatDate(context.last.date, language),
              })
            : t("review.kpi.noLast")}
        </li>
      ))}
    </ul>
  );
}
