import type { ClientCommand } from "@common/domain/commands.js";
import type { Agreement, Review, SeriesState } from "@common/domain/types.js";
import type { GoalFit } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { EditableField } from "../../ui/EditableField.js";
import { AgreementFlags } from "../agreements/AgreementFlags.js";
import { AgreementSummary } from "../agreements/AgreementSummary.js";
import { NumberField } from "../cases/inputs.js";
import { ChoiceGroup } from "./ChoiceGroup.js";
import { DecisionPicker } from "./DecisionPicker.js";
import { KpiContextNote } from "./KpiContextNote.js";
import { FITS, KEPT, OUTCOMES, fitKey, keptKey, outcomeKey } from "./labels.js";
import { RealisedEffectEditor } from "../ledger/RealisedEffectEditor.js";
import { RedesignHint } from "../changeKind/RedesignHint.js";
import { localToday } from "../agreements/labels.js";
import { ChildrenProgress } from "../levels/ChildrenProgress.js";

type ReviewChanges = Extract<ClientCommand, { type: "review.set" }>["changes"];

export interface ReviewItemProps {
  agreement: Agreement;
  review: Review | null;
  sessionId: string;
  state: SeriesState;
  readOnly: boolean;
}

/** The check of one due agreement: kept, outcome reached, fit with each goal, and the decision. */
export function ReviewItem({ agreement, review, sessionId, state, readOnly }: ReviewItemProps) {
  const t = useT();
  const sync = useSync();
  const ids = { sessionId, agreementId: agreement.id };
  const set = (changes: ReviewChanges) => sync.send({ type: "review.set", ...ids, changes });
  const fit = (goalId: string, value: GoalFit | null) => sync.send({ type: "review.fit", ...ids, goalId, fit: value });
  const goal = state.goals;
  return (
    <article
      className="card review-item"
      data-testid="review-item"
      data-agreement-id={agreement.id}
      data-decision={review?.decision ?? undefined}
    >
      <p className="review-agreement-text">{agreement.text}</p>
      <AgreementSummary item={agreement} state={state} hideSuccessor />
      <AgreementFlags agreement={agreement} state={state} />
      <ChildrenProgress state={state} agreement={agreement} />
      <div className="review-verdicts">
        <ChoiceGroup
          label={t("review.kept.label")}
          options={KEPT}
          value={review?.kept ?? null}
          keyOf={keptKey}
          onChange={(kept) => set({ kept })}
          testId="review-kept"
          disabled={readOnly}
        />
        <ChoiceGroup
          label={t("review.outcome.label")}
          options={OUTCOMES}
          value={review?.outcome ?? null}
          keyOf={outcomeKey}
          onChange={(outcome) => set({ outcome })}
          testId="review-outcome"
          disabled={readOnly}
        />
        <div className="review-evidence">
          <span className="review-kpi">
            <NumberField
              label={t("review.kpiValue")}
              value={review?.kpiValue ?? null}
              testId="review-kpi"
              onCommit={(kpiValue) => set({ kpiValue })}
            />
            <KpiContextNote agreement={agreement} sessionId={sessionId} state={state} />
          </span>
          <span className="field field-wide">
            <span className="form-label">{t("review.evidence")}</span>
            <EditableField
              value={review?.evidence ?? ""}
              label={t("review.evidence")}
              placeholder={t("review.evidence.placeholder")}
              multiline
              maxLength={LIMITS.evidence}
              onCommit={(evidence) => set({ evidence })}
            />
          </span>
        </div>
        <RealisedEffectEditor
          expected={agreement.effect ?? null}
          realised={review?.realisedEffect ?? null}
          disabled={readOnly}
          onCommit={(realisedEffect) => set({ realisedEffect })}
        />
        {agreement.goalIds.length === 0 ? (
          <p className="muted small">{t("review.fit.noGoals")}</p>
        ) : (
          agreement.goalIds.map((goalId) => (
            <ChoiceGroup
              key={goalId}
              label={t("review.fit.label", { goal: goal[goalId]?.title ?? "…" })}
              options={FITS}
              value={review?.fit[goalId] ?? null}
              keyOf={fitKey}
              onChange={(value) => fit(goalId, value)}
              testId="review-fit"
              disabled={readOnly}
            />
          ))
        )}
      </div>
      <RedesignHint agreement={agreement} state={state} today={localToday()} readOnly={readOnly} />
      <DecisionPicker agreement={agreement} review={review} sessionId={sessionId} state={state} readOnly={readOnly} />
    </article>
  );
}
