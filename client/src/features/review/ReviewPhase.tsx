import { useMemo } from "react";
import { agreementsDueForReview } from "@common/domain/rules/review.js";
import { reviewId } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { ReviewItem } from "./ReviewItem.js";
import "./review.css";

/** The Review phase: every agreement due at this session, checked against its goals, with a decision each. */
export function ReviewPhase({ sessionId }: { sessionId: string }) {
  const t = useT();
  const state = useAppStore((s) => s.document.view);
  const due = useMemo(() => (state ? agreementsDueForReview(state, sessionId) : []), [state, sessionId]);
  if (!state) return null;
  const session = state.sessions[sessionId];
  const closed = session?.closedSeq !== null;
  const decided = due.filter((a) => (state.reviews[reviewId(sessionId, a.id)]?.decision ?? null) !== null).length;
  return (
    <section className="phase phase-review" aria-labelledby={`review-heading-${sessionId}`} data-testid="review-phase">
      <h2 className="column-title" id={`review-heading-${sessionId}`}>
        {t("review.title")} <span className="count">{due.length}</span>
      </h2>
      <p className="muted phase-hint">{t("review.hint")}</p>
      {due.length > 0 && (
        <div className="review-progress" data-testid="review-progress">
          <span>{t("review.progress", { decided, total: due.length })}</span>
          <progress max={due.length} value={decided} aria-label={t("review.progress.label")} />
        </div>
      )}
      {due.length === 0 ? (
        <p className="empty-state" data-testid="review-empty">
          {t("review.empty")}
        </p>
      ) : (
        <div className="card-list">
          {due.map((agreement) => (
            <ReviewItem
              key={agreement.id}
              agreement={agreement}
              review={state.reviews[reviewId(sessionId, agreement.id)] ?? null}
              sessionId={sessionId}
              state={state}
              readOnly={closed}
            />
          ))}
        </div>
      )}
    </section>
  );
}
