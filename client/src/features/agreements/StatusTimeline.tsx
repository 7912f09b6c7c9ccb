import { useId, useState, type FormEvent } from "react";
import { lastSessionSeq } from "@common/domain/rules/sinceLastSession.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import type { AgreementStatus } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { STATUSES, statusKey } from "./labels.js";
import { StatusUpdateItem } from "./StatusUpdateItem.js";
import { isFacilitator } from "../room/viewer.js";

/** Whether the person reports the agreement's status: its owners and facilitators (the rule the server enforces). */
export function reportsStatus(state: SeriesState, agreement: Agreement, me: string | null): boolean {
  return (me !== null && agreement.ownerIds.includes(me)) || isFacilitator(state, me);
}

/** The status updates of an agreement as a timeline, and the form owners post one with. */
export function StatusTimeline({ agreement, state }: { agreement: Agreement; state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const me = useAppStore((s) => s.document.me);
  const since = lastSessionSeq(state);
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
            <StatusUpdateItem key={u.seq} update={u} state={state} since={since} />
          ))}
        </ol>
      )}
      {!reportsStatus(state, agreement, me) ? (
        <p className="muted small">{t("mine.status.notOwner")}</p>
      ) : (
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
      )}
    </section>
  );
}
