import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { useT } from "../../i18n/useT.js";
import { exportsPath } from "../../router.js";
import { useAppStore } from "../../store/context.js";
import { DownloadButton } from "../exports/DownloadButton.js";
import { SeriesPageHeader } from "../../ui/SeriesPageHeader.js";
import { SeriesStatusPage } from "../exports/SeriesStatusPage.js";
import { useSeriesPage } from "../exports/useSeriesPage.js";
import { MinutesDocument } from "./MinutesDocument.js";
import { OrgReportLinks } from "../orgReport/OrgReportLinks.js";
import "./minutes.css";

/**
 * `/s/<id>/minutes/<sessionId>`: the session's minutes as a page, live while
 * the meeting runs, ready to print (the browser's "Save as PDF" gives clean
 * pages: no app chrome, a new page for each part).
 */
export function MinutesScreen({ sessionId }: { sessionId: string }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const page = useSeriesPage(t("exports.title"));
  if (page.kind === "status") return <SeriesStatusPage phase={page.phase} />;
  const { state, me } = page;
  const minutes = sessionMinutes(state, sessionId);
  const back = exportsPath(state.id);
  return (
    <>
      <SeriesPageHeader
        seriesName={state.name}
        back={back}
        backLabel={t("exports.toList")}
        backTestId="exports-back"
        className="exports-header"
      >
        {minutes && (
          <>
            <DownloadButton
              seriesId={state.id}
              path={`/minutes/${encodeURIComponent(sessionId)}.md?lang=${language}`}
              fileName={`minutes-${minutes.session.date}.md`}
              label={t("exports.session.markdown")}
              testId="minutes-md"
            />
            <button type="button" className="button-primary" data-testid="minutes-print" onClick={() => window.print()}>
              {t("exports.print")}
            </button>
          </>
        )}
      </SeriesPageHeader>
      <main className="minutes-page">
        <OrgReportLinks state={state} me={me} sessionId={sessionId} />
        {minutes ? (
          <MinutesDocument minutes={minutes} lang={language} />
        ) : (
          <p className="panel" role="alert" data-testid="minutes-missing">
            {t("minutes.notFound")}
          </p>
        )}
      </main>
    </>
  );
}
