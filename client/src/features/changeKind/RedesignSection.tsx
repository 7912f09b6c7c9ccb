import type { SeriesState } from "@common/domain/types.js";
import { RedesignReason, type RedesignSuggestion } from "@common/results/index.js";
import { useT } from "../../i18n/useT.js";
import { RedesignReasonText } from "./RedesignHint.js";
import "./changeKind.css";

/** The results' "Neu gestalten?": every running agreement and goal that missed twice in a row. */
export function RedesignSection({
  suggestions,
  state,
}: {
  suggestions: readonly RedesignSuggestion[];
  state: SeriesState;
}) {
  const t = useT();
  return (
    <section className="results-section" aria-labelledby="results-redesign-heading" data-testid="results-redesign">
      <h2 id="results-redesign-heading">{t("results.redesign.title")}</h2>
      {suggestions.length === 0 ? (
        <p className="empty-state">{t("results.redesign.none")}</p>
      ) : (
        <>
          <p className="muted results-intro">{t("results.redesign.intro")}</p>
          <ul className="plain-list">
            {suggestions.map((s) => (
              <li
                key={`${s.reason}-${s.itemId}`}
                className="redesign-hint"
                data-testid="redesign-suggestion"
                data-item-id={s.itemId}
              >
                <strong>
                  {t(
                    s.reason === RedesignReason.outcomeMissed ? "results.redesign.agreement" : "results.redesign.goal",
                  )}
                  : {s.title}
                </strong>
                <span className="redesign-reason">
                  <RedesignReasonText suggestion={s} state={state} />
                </span>
                <span>{t("redesign.suggestion")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
