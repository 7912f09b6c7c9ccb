import { assertNever } from "@common/domain/assertNever.js";
import { AgreementNews } from "@common/domain/rules/sinceLastSession.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import "./agreements.css";

function newsKey(news: AgreementNews): MessageKey {
  switch (news) {
    case AgreementNews.made:
      return "news.made";
    case AgreementNews.status:
      return "news.status";
    case AgreementNews.edited:
      return "news.edited";
    default:
      return assertNever(news);
  }
}

/** The small "neu" badge: what changed since the last session, spelled out for screen readers and on hover. */
export function NewBadge({ news }: { news: readonly AgreementNews[] }) {
  const t = useT();
  if (news.length === 0) return null;
  const why = news.map((n) => t(newsKey(n))).join(", ");
  return (
    <span className="new-badge" title={why} data-testid="new-badge" data-news={news.join(" ")}>
      {t("news.badge")}
      <span className="visually-hidden">: {why}</span>
    </span>
  );
}
