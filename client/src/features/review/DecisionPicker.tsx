import { nanoid } from "nanoid";
import { useId, useState } from "react";
import type { Agreement, Review, SeriesState } from "@common/domain/types.js";
import { Decision } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { DECISIONS, decisionKey } from "./labels.js";

export interface DecisionPickerProps {
  agreement: Agreement;
  review: Review | null;
  sessionId: string;
  state: SeriesState;
  readOnly: boolean;
}

/** Close, continue, revise (asks for the new agreement's text) or drop. */
export function DecisionPicker({ agreement, review, sessionId, state, readOnly }: DecisionPickerProps) {
  const t = useT();
  const sync = useSync();
  const textId = useId();
  const [revising, setRevising] = useState(false);
  const [text, setText] = useState(agreement.text);
  const decision = review?.decision ?? null;
  const successor = review?.successorId ? state.agreements[review.successorId] : undefined;

  function decide(next: Decision | null): void {
    setRevising(false);
    sync.send({ type: "review.decide", sessionId, agreementId: agreement.id, decision: next, successor: null });
  }

  function revise(): void {
    if (text.trim() === "") return;
    sync.send({
      type: "review.decide",
      sessionId,
      agreementId: agreement.id,
      decision: Decision.revise,
      successor: { agreementId: nanoid(), text: text.trim() },
    });
    setRevising(false);
  }

  return (
    <div className="decision" data-testid="review-decision">
      <div className="choice-group" role="group" aria-label={t("review.decision.label")}>
        <span className="choice-label">{t("review.decision.label")}</span>
        {DECISIONS.map((option) => (
          <button
            key={option}
            type="button"
            className={option === decision ? `choice choice-on decision-${option}` : "choice"}
            aria-pressed={option === decision}
            data-value={option}
            disabled={readOnly}
            onClick={() => {
              if (option === Decision.revise && decision !== Decision.revise) setRevising(true);
              else decide(option === decision ? null : option);
            }}
          >
            {t(decisionKey(option))}
          </button>
        ))}
      </div>
      {revising && (
        <div className="revise-form" data-testid="revise-form">
          <label className="form-label" htmlFor={textId}>
            {t("review.revise.text")}
          </label>
          <textarea
            id={textId}
            className="text-input"
            rows={2}
            value={text}
            maxLength={LIMITS.agreementText}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
          <div className="form-actions">
            <button type="button" className="button-quiet button-small" onClick={() => setRevising(false)}>
              {t("confirm.no")}
            </button>
            <button
              type="button"
              className="button-primary button-small"
              disabled={text.trim() === ""}
              onClick={revise}
            >
              {t("review.revise.submit")}
            </button>
          </div>
        </div>
      )}
      {decision === Decision.revise && successor && (
        <p className="small lineage" data-testid="review-successor">
          {t("agreements.replacedBy", { text: successor.text })}
        </p>
      )}
      {decision === Decision.continue && <p className="small muted">{t("review.decision.continue.hint")}</p>}
    </div>
  );
}
