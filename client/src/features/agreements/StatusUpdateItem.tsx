import { AgreementNews, isNewUpdate } from "@common/domain/rules/sinceLastSession.js";
import type { SeriesState, StatusUpdate } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { statusKey } from "./labels.js";
import { NewBadge } from "./NewBadge.js";
import "./agreements.css";

/** One status report in an agreement's timeline: status, who and when, the comment; "neu" since the last session. */
export function StatusUpdateItem({
  update,
  state,
  since,
}: {
  update: StatusUpdate;
  state: SeriesState;
  since: number | null;
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const me = useAppStore((s) => s.document.me);
  const fresh = isNewUpdate(update, since, me);
  return (
    <li className={`timeline-item status-${update.status}`} data-testid="status-update" data-new={fresh || undefined}>
      <span className="timeline-status">
        {t(statusKey(update.status))}
        {fresh && <NewBadge news={[AgreementNews.status]} />}
      </span>
      <span className="muted small">
        {t("agreements.timeline.by", {
          name: state.people[update.by]?.name ?? t("presence.unknown"),
          date: update.at === "" ? "" : new Date(update.at).toLocaleDateString(language),
        })}
      </span>
      {update.comment !== "" && <p className="timeline-comment">{update.comment}</p>}
      {typeof update.kpiValue === "number" && (
        <p className="timeline-comment" data-testid="status-update-kpi">
          {t("mine.kpi.reported", { value: new Intl.NumberFormat(language).format(update.kpiValue) })}
        </p>
      )}
    </li>
  );
}
