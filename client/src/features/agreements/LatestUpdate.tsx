import { AgreementNews, isNewUpdate } from "@common/domain/rules/sinceLastSession.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { statusKey } from "./labels.js";
import { NewBadge } from "./NewBadge.js";
import "./agreements.css";

/** The last status an owner reported, with its comment: what the room wants to know at a glance. */
export function LatestUpdate({
  agreement,
  state,
  since,
}: {
  agreement: Agreement;
  state: SeriesState;
  /** Where "last time" ended (see `lastSessionSeq`). */
  since: number | null;
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const me = useAppStore((s) => s.document.me);
  const latest = agreement.updates.at(-1);
  if (!latest) return null;
  const fresh = isNewUpdate(latest, since, me);
  return (
    <p className={`latest-update status-${latest.status}`} data-testid="latest-update" data-new={fresh || undefined}>
      <span className="latest-update-head">
        <strong>
          {t("news.latest")}: {t(statusKey(latest.status))}
        </strong>
        <span className="muted small">
          {t("news.latest.by", {
            name: state.people[latest.by]?.name ?? t("presence.unknown"),
            date: latest.at === "" ? "" : new Date(latest.at).toLocaleDateString(language),
          })}
        </span>
        {fresh && <NewBadge news={[AgreementNews.status]} />}
      </span>
      {latest.comment !== "" && <span className="latest-update-comment">{latest.comment}</span>}
    </p>
  );
}
