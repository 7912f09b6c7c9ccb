import { agreementHistory } from "@common/domain/rules/review.js";
import type { SeriesState } from "@common/domain/types.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { decisionKey, fitKey, keptKey, outcomeKey } from "../review/labels.js";

/** An agreement's life across sessions: its reviews and the agreements it replaces or is replaced by. */
export function AgreementHistory({ agreementId, state }: { agreementId: string; state: SeriesState }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const history = agreementHistory(state, agreementId);
  const madeIn = state.agreements[agreementId]?.sessionId ?? null;
  const session = madeIn === null ? undefined : state.sessions[madeIn];
  return (
    <section
      className="case-section history"
      aria-label={t("agreements.history.title")}
      data-testid="agreement-history"
    >
      <h4 className="case-section-title">{t("agreements.history.title")}</h4>
      {session && (
        <p className="small">{t("agreements.history.madeIn", { date: formatDate(session.date, language) })}</p>
      )}
      {history.predecessors.map((a) => (
        <p key={a.id} className="small lineage" data-testid="lineage-predecessor">
          {t("agreements.replaces", { text: a.text })}
        </p>
      ))}
      {history.successors.map((a) => (
        <p key={a.id} className="small lineage" data-testid="lineage-successor">
          {t("agreements.replacedBy", { text: a.text })}
        </p>
      ))}
      {history.reviews.length === 0 ? (
        <p className="muted small">{t("agreements.history.noReviews")}</p>
      ) : (
        <ol className="timeline">
          {history.reviews.map(({ session: at, review }) => {
            const parts = [
              review.kept && t("agreements.history.kept", { value: t(keptKey(review.kept)) }),
              review.outcome && t("agreements.history.outcome", { value: t(outcomeKey(review.outcome)) }),
              review.kpiValue !== null && t("agreements.history.kpi", { value: review.kpiValue }),
              ...Object.entries(review.fit).map(([goalId, fit]) =>
                t("agreements.history.fit", { goal: state.goals[goalId]?.title ?? "…", value: t(fitKey(fit)) }),
              ),
            ].filter((p): p is string => typeof p === "string");
            return (
              <li key={review.id} className="timeline-item" data-testid="history-review">
                <span className="timeline-status">
                  {t("agreements.history.session", { date: formatDate(at.date, language) })}
                  {review.decision && ` · ${t(decisionKey(review.decision))}`}
                </span>
                {parts.length > 0 && <span className="small">{parts.join(" · ")}</span>}
                {review.evidence !== "" && <p className="timeline-comment">{review.evidence}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
