import { useState } from "react";
import { isOverdue } from "@common/domain/rules/agreements.js";
import { settlingDecision } from "@common/domain/rules/review.js";
import { agreementNews } from "@common/domain/rules/sinceLastSession.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { levelKey, settledKey, statusKey } from "../agreements/labels.js";
import { LatestUpdate } from "../agreements/LatestUpdate.js";
import { NewBadge } from "../agreements/NewBadge.js";
import { StatusUpdateItem } from "../agreements/StatusUpdateItem.js";
import { isObserver } from "../room/viewer.js";
import { StatusReport } from "./StatusReport.js";

/** The due date as a chip: in the danger colour once it has passed. */
function DueChip({ agreement, overdue }: { agreement: Agreement; overdue: boolean }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  if (agreement.due === "") return <span className="chip">{t("mine.due.none")}</span>;
  const date = formatDate(agreement.due, language);
  return (
    <span
      className={overdue ? "chip due-chip due-overdue" : "chip due-chip"}
      data-testid="mine-due"
      data-overdue={overdue || undefined}
    >
      {overdue ? t("mine.due.overdue", { date }) : t("mine.due", { date })}
    </span>
  );
}

/** Every status update so far, oldest first, the new ones marked. */
function History({ agreement, state, since }: { agreement: Agreement; state: SeriesState; since: number | null }) {
  return (
    <ol className="timeline mine-history" data-testid="mine-history">
      {agreement.updates.map((u) => (
        <StatusUpdateItem key={u.seq} update={u} state={state} since={since} />
      ))}
    </ol>
  );
}

/** Why this person cannot report right now, or null when they can. */
function useReportBlock(state: SeriesState, me: string): "readOnly" | "locked" | null {
  const canSend = useCanSend();
  if (canSend("agreement.status")) return null;
  return isObserver(state, me) ? "readOnly" : "locked";
}

/** One of my agreements: what was agreed, how it stands, what is new, and the form to report progress. */
export function MineAgreement({
  agreement,
  state,
  me,
  today,
  since,
}: {
  agreement: Agreement;
  state: SeriesState;
  me: string;
  today: string;
  since: number | null;
}) {
  const t = useT();
  const [history, setHistory] = useState(false);
  const block = useReportBlock(state, me);
  const overdue = isOverdue(state, agreement, today);
  const settled = settlingDecision(state, agreement.id);
  const news = agreementNews(state, agreement, me, since);
  const coOwners = agreement.ownerIds
    .filter((id) => id !== me)
    .flatMap((id) => (Object.hasOwn(state.people, id) ? [state.people[id]?.name ?? ""] : []))
    .filter((name) => name !== "");
  return (
    <article
      className={`card mine-item${overdue ? " mine-item-overdue" : ""}`}
      data-testid="mine-item"
      data-agreement-id={agreement.id}
      data-overdue={overdue || undefined}
      data-new={news.length > 0 || undefined}
    >
      <div className="mine-item-top">
        <p className="mine-item-text">{agreement.text}</p>
        <NewBadge news={news} />
      </div>
      <div className="chip-row">
        {settled === null ? (
          <span className={`chip status-chip status-${agreement.status}`} data-testid="mine-status">
            {t(statusKey(agreement.status))}
          </span>
        ) : (
          <span className="chip status-chip status-settled" data-testid="mine-status" data-settled={settled}>
            {t(settledKey(settled))}
          </span>
        )}
        <DueChip agreement={agreement} overdue={overdue} />
        <span className="chip">{t(levelKey(agreement.level))}</span>
      </div>
      {agreement.outcome !== "" && <p className="card-meta">{t("mine.outcome", { outcome: agreement.outcome })}</p>}
      {coOwners.length > 0 && <p className="card-meta">{t("mine.coOwners", { names: coOwners.join(", ") })}</p>}
      <LatestUpdate agreement={agreement} state={state} since={since} />
      {agreement.updates.length > 1 && (
        <button
          type="button"
          className="button-quiet button-small expand"
          aria-expanded={history}
          data-testid="mine-history-toggle"
          onClick={() => setHistory(!history)}
        >
          {history ? t("mine.history.hide") : t("mine.history", { count: agreement.updates.length })}
        </button>
      )}
      {history && <History agreement={agreement} state={state} since={since} />}
      {settled === null &&
        (block === null ? (
          <StatusReport agreement={agreement} state={state} />
        ) : (
          <p className="muted small" data-testid="status-report-blocked">
            {t(block === "readOnly" ? "mine.status.readOnly" : "mine.status.locked")}
          </p>
        ))}
    </article>
  );
}
