import { useId, useState, type FormEvent } from "react";
import type { Agreement, SeriesState } from "../../../../common/domain/types.js";
import type { AgreementStatus } from "../../../../common/domain/vocabulary.js";
import { LIMITS } from "../../../../common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { STATUSES, statusKey } from "./labels.js";

/** The status updates of an agreement as a timeline, and the form owners post one with. */
export function StatusTimeline({ agreement, state }: { agreement: Agreement; state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const language = useAppStore((s) => s.ui.language);
  const commentId = useId();
  const [status, setStatus] = useState<AgreementStatus>(agreement.status);
  const [comment, setComment] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    sync.send({ type: "agreement.status", agreementId: agreement.id, status, comment: comment.trim() });
    setComment("");
  }

  return (
    <section className="case-section" aria-label={t("agreements.timeline.title")} data-testid="status-timeline">
      <h4 className="case-section-title">{t("agreements.timeline.title")}</h4>
      {agreement.updates.length === 0 ? (
        <p className="muted small">{t("agreements.timeline.empty")}</p>
      ) : (
        <ol className="timeline">
          {agreement.updates.map((u) => (
            <li key={u.seq} className={`timeline-item status-${u.status}`} data-testid="status-update">
              <span className="timeline-status">{t(statusKey(u.status))}</span>
              <span className="muted small">
                {t("agreements.timeline.by", {
                  name: state.people[u.by]?.name ?? t("presence.unknown"),
                  date: u.at === "" ? "" : new Date(u.at).toLocaleDateString(language),
                })}
              </span>
              {u.comment !== "" && <p className="timeline-comment">{u.comment}</p>}
            </li>
          ))}
        </ol>
      )}
      <form className="status-form" onSubmit={onSubmit} aria-label={t("agreements.status.update")}>
        <select
          className="text-input"
          aria-label={t("agreements.status.label")}
          value={status}
          onChange={(e) => setStatus(STATUSES.find((s) => s === e.target.value) ?? status)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={commentId}>
          {t("agreements.status.comment")}
        </label>
        <input
          id={commentId}
          className="text-input"
          value={comment}
          maxLength={LIMITS.comment}
          placeholder={t("agreements.status.comment")}
          onChange={(e) => setComment(e.target.value)}
        />
        <button type="submit" className="button-secondary button-small">
          {t("agreements.status.update")}
        </button>
      </form>
    </section>
  );
}
