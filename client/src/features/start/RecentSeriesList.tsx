import { useState } from "react";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { boardPath, navigateOnClick } from "../../router.js";
import { recentSeries } from "./recentSeries.js";

/** The series this device opened before, to go back to. */
export function RecentSeriesList() {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const [list] = useState(recentSeries);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: "medium" });
  return (
    <section className="panel" aria-labelledby="recent-title" data-testid="recent-series">
      <h2 id="recent-title">{t("start.recent.title")}</h2>
      {list.length === 0 ? (
        <p className="muted">{t("start.recent.empty")}</p>
      ) : (
        <ul className="recent-list">
          {list.map((series) => (
            <li key={series.id}>
              <a className="recent-link" href={boardPath(series.id)} onClick={navigateOnClick(boardPath(series.id))}>
                <span className="recent-name">{series.name || t("start.recent.unnamed")}</span>
                <span className="recent-date">{dateFormat.format(new Date(series.openedAt))}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
