import { kpiContextForReview } from "@common/domain/rules/kpiContext.js";
import { agreementsDueForReview } from "@common/domain/rules/review.js";
import { reviewId, type Agreement, type SeriesState, type Session } from "@common/domain/types.js";
import { ItemKind } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { kpiFigure } from "../review/KpiContextNote.js";
import { decisionKey, fitKey, keptKey, outcomeKey } from "../review/labels.js";
import { ProjectorOwners } from "./ProjectorOwners.js";

/** The agreement the room checks now: the one in the spotlight, else the first due one without a decision. */
export function agreementUnderReview(state: SeriesState, session: Session): Agreement | null {
  const due = agreementsDueForReview(state, session.id);
  const spotlight = state.room.spotlight;
  const spotlit = spotlight?.kind === ItemKind.agreement ? due.find((a) => a.id === spotlight.id) : undefined;
  if (spotlit) return spotlit;
  return due.find((a) => (state.reviews[reviewId(session.id, a.id)]?.decision ?? null) === null) ?? null;
}

function Verdict({ label, value, testId, sub }: { label: string; value: string | null; testId: string; sub?: string }) {
  const t = useT();
  return (
    <div className="projector-verdict" data-testid={testId} data-set={value !== null}>
      <dt>{label}</dt>
      <dd className={value === null ? "projector-verdict-open" : undefined}>
        {value ?? t("projector.review.pending")}
        {sub !== undefined && <span className="projector-verdict-sub">{sub}</span>}
      </dd>
    </div>
  );
}

/**
 * The review on the wall: how far the room is ("3 von 7 geprüft") and the
 * agreement being checked, its verdicts appearing as the facilitator enters them.
 */
export function ProjectorReview({ state, session }: { state: SeriesState; session: Session }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const due = agreementsDueForReview(state, session.id);
  if (due.length === 0) {
    return (
      <section className="projector-review" data-testid="projector-review">
        <p className="projector-empty">{t("projector.review.none")}</p>
      </section>
    );
  }
  const decided = due.filter((a) => (state.reviews[reviewId(session.id, a.id)]?.decision ?? null) !== null).length;
  const agreement = agreementUnderReview(state, session);
  const review = agreement === null ? null : (state.reviews[reviewId(session.id, agreement.id)] ?? null);
  const kpi = agreement === null ? [] : kpiContextForReview(state, agreement, session.id);
  const unit = kpi[0]?.kpiUnit ?? "";
  return (
    <section className="projector-review" data-testid="projector-review">
      <div className="projector-progress" data-testid="projector-review-progress">
        <span>{t("projector.review.progress", { decided, total: due.length })}</span>
        <progress max={due.length} value={decided} aria-label={t("review.progress.label")} />
      </div>
      {agreement === null ? (
        <p className="projector-empty">{t("projector.review.allDone")}</p>
      ) : (
        <article className="projector-focus" data-testid="projector-review-agreement" data-item-id={agreement.id}>
          <p className="projector-label">{t("projector.review.current")}</p>
          <h2 className="projector-title">{agreement.text}</h2>
          <ProjectorOwners state={state} agreement={agreement} />
          <dl className="projector-verdicts">
            <Verdict
              label={t("review.kept.label")}
              value={review?.kept ? t(keptKey(review.kept)) : null}
              testId="projector-verdict-kept"
            />
            <Verdict
              label={t("review.outcome.label")}
              value={review?.outcome ? t(outcomeKey(review.outcome)) : null}
              testId="projector-verdict-outcome"
            />
            {(kpi.length > 0 || (review?.kpiValue ?? null) !== null) && (
              <Verdict
                label={kpi[0]?.kpiName ?? t("review.kpiValue")}
                value={(review?.kpiValue ?? null) === null ? null : kpiFigure(review?.kpiValue ?? null, unit, language)}
                testId="projector-verdict-kpi"
                sub={
                  kpi[0] === undefined || (kpi[0].baseline === null && kpi[0].target === null)
                    ? undefined
                    : t("projector.review.kpiTarget", {
                        baseline: kpiFigure(kpi[0].baseline, unit, language),
                        target: kpiFigure(kpi[0].target, unit, language),
                      })
                }
              />
            )}
            {agreement.goalIds.flatMap((goalId) => {
              const goal = state.goals[goalId];
              if (!goal) return [];
              const fit = review?.fit[goalId];
              return [
                <Verdict
                  key={goalId}
                  label={t("review.fit.label", { goal: goal.title })}
                  value={fit ? t(fitKey(fit)) : null}
                  testId="projector-verdict-fit"
                />,
              ];
            })}
            <Verdict
              label={t("review.decision.label")}
              value={review?.decision ? t(decisionKey(review.decision)) : null}
              testId="projector-verdict-decision"
            />
          </dl>
        </article>
      )}
    </section>
  );
}
