import { childrenProgress } from "@common/domain/rules/breakdown.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { Level } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { keptKey, outcomeKey } from "../review/labels.js";
import { StatusChip } from "./Breakdown.js";
import "./levels.css";

/** At the review of a strategic agreement: how each executive agreement under it did (status, latest verdicts). */
export function ChildrenProgress({ state, agreement }: { state: SeriesState; agreement: Agreement }) {
  const t = useT();
  if (agreement.level !== Level.strategic) return null;
  const progress = childrenProgress(state, agreement.id);
  if (progress.length === 0) return null;
  return (
    <section className="breakdown-children breakdown-progress" data-testid="review-children">
      <h4 className="breakdown-title">{t("breakdown.review.title")}</h4>
      <ul className="breakdown-list">
        {progress.map(({ agreement: child, latest }) => (
          <li key={child.id} className="breakdown-child" data-testid="review-child" data-child-id={child.id}>
            <span className="breakdown-child-text">{child.text}</span>
            <StatusChip state={state} agreement={child} />
            {latest === null ? (
              <span className="muted small">{t("breakdown.review.notReviewed")}</span>
            ) : (
              <>
                {latest.kept && (
                  <span className="chip" data-testid="review-child-kept">
                    {t("breakdown.review.kept", { kept: t(keptKey(latest.kept)) })}
                  </span>
                )}
                {latest.outcome && (
                  <span className="chip" data-testid="review-child-outcome">
                    {t("breakdown.review.outcome", { outcome: t(outcomeKey(latest.outcome)) })}
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
