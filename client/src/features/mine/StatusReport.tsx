import { useEffect, useId, useState, type FormEvent } from "react";
import { kpiGoalsOf, kpiSurprise, previousKpiValue, type KpiSurprise } from "@common/domain/agreements/kpiReport.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import type { AgreementStatus } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { STATUSES, statusKey } from "../agreements/labels.js";
import { useAppStore } from "../../store/context.js";
import { parseAmount } from "../../ui/amount.js";
import { KpiReportField } from "./KpiReportField.js";
import { KpiSurpriseQuestion } from "./KpiSurpriseQuestion.js";

const SENT_MS = 6000;

/**
 * An owner's report between sessions: open / in progress / done, and what
 * happened (the `agreement.status` command). Folded to one button, so that a
 * list of agreements stays easy to scan on a phone.
 */
export function StatusReport({ agreement, state }: { agreement: Agreement; state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const language = useAppStore((s) => s.ui.language);
  const goals = kpiGoalsOf(state, agreement);
  const previous = previousKpiValue(state, agreement);
  const [kpiDraft, setKpiDraft] = useState("");
  // A value far from the previous one is asked about once before it is sent.
  const [surprise, setSurprise] = useState<{ kind: KpiSurprise; value: number } | null>(null);
  const kpiValue = parseAmount(kpiDraft, language);
  const [open, setOpen] = useState(false);
  // Until the owner picks one, the choice follows the agreement (a co-owner may report meanwhile).
  const [picked, setPicked] = useState<AgreementStatus | null>(null);
  const [comment, setComment] = useState("");
  const [sent, setSent] = useState(false);
  const status = picked ?? agreement.status;
  const unchanged = status === agreement.status && comment.trim() === "" && kpiValue === null;

  useEffect(() => {
    if (!sent) return;
    const timer = setTimeout(() => setSent(false), SENT_MS);
    return () => clearTimeout(timer);
  }, [sent]);

  function close(): void {
    setOpen(false);
    setPicked(null);
    setComment("");
    setKpiDraft("");
    setSurprise(null);
  }

  function send(value: number | null): void {
    sync.send({
      type: "agreement.status",
      agreementId: agreement.id,
      status,
      comment: comment.trim(),
      ...(value !== null && { kpiValue: value }),
    });
    close();
    setSent(true);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (unchanged || kpiValue === undefined) return;
    const kind = kpiValue === null ? null : kpiSurprise(previous, kpiValue);
    if (kind !== null && kpiValue !== null && surprise?.value !== kpiValue) {
      setSurprise({ kind, value: kpiValue });
      return;
    }
    send(kpiValue);
  }

  if (!open) {
    return (
      <div className="status-report-actions status-report-folded">
        {sent && (
          <span className="status-report-sent" role="status" data-testid="status-report-sent">
            {t("mine.status.sent")}
          </span>
        )}
        <button
          type="button"
          className="button-secondary"
          aria-expanded={false}
          data-testid="status-report-open"
          onClick={() => {
            setOpen(true);
            setSent(false);
          }}
        >
          {t("mine.status.legend")}
        </button>
      </div>
    );
  }

  return (
    <form className="status-report" onSubmit={onSubmit} aria-labelledby={`${id}-legend`} data-testid="status-report">
      <fieldset className="status-report-choices">
        <legend id={`${id}-legend`} className="form-label">
          {t("mine.status.legend")}
        </legend>
        {STATUSES.map((option) => (
          <label key={option} className={`status-option status-${option}`}>
            <input
              type="radio"
              name={`${id}-status`}
              value={option}
              checked={status === option}
              onChange={() => setPicked(option)}
            />
            <span>{t(statusKey(option))}</span>
          </label>
        ))}
      </fieldset>
      <label className="form-label" htmlFor={`${id}-comment`}>
        {t("mine.status.comment")}
      </label>
      <textarea
        id={`${id}-comment`}
        className="text-input"
        rows={2}
        value={comment}
        maxLength={LIMITS.comment}
        placeholder={t("mine.status.comment.placeholder")}
        onChange={(e) => setComment(e.target.value)}
      />
      {goals.length > 0 && (
        <KpiReportField
          id={`${id}-kpi`}
          goals={goals}
          previous={previous}
          draft={kpiDraft}
          invalid={kpiValue === undefined}
          onChange={(draft) => {
            setKpiDraft(draft);
            setSurprise(null);
          }}
        />
      )}
      {surprise && previous !== null && (
        <KpiSurpriseQuestion
          surprise={surprise.kind}
          value={surprise.value}
          previous={previous}
          unit={goals[0]?.kpiUnit ?? ""}
          onConfirm={() => send(surprise.value)}
          onCorrect={() => {
            setSurprise(null);
            document.getElementById(`${id}-kpi`)?.focus();
          }}
        />
      )}
      <div className="status-report-actions">
        <button type="button" className="button-quiet" onClick={close}>
          {t("confirm.no")}
        </button>
        <button
          type="submit"
          className="button-primary"
          disabled={unchanged || kpiValue === undefined || surprise !== null}
        >
          {t("mine.status.submit")}
        </button>
      </div>
    </form>
  );
}
