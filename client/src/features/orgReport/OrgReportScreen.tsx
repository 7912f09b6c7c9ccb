import { orgReport, reportState } from "@common/exports/orgReport.js";
import { useT } from "../../i18n/useT.js";
import { minutesPath } from "../../router.js";
import { useAppStore } from "../../store/context.js";
import { SeriesPageHeader } from "../../ui/SeriesPageHeader.js";
import { DownloadButton } from "../exports/DownloadButton.js";
import { SeriesStatusPage } from "../exports/SeriesStatusPage.js";
import { useSeriesPage } from "../exports/useSeriesPage.js";
import { OrgReportDocument } from "./OrgReportDocument.js";
import { readableReportOrgs } from "./reportAccess.js";
import "../minutes/minutes.css";
import "./orgReport.css";

/**
 * `/s/<id>/minutes/<sessionId>/report/<orgId>`: one organisation's report of
 * a workshop or peer visit as a page to print on A4 ("Save as PDF"), built
 * from the series as this reader sees it and as the organisation sees it.
 */
export function OrgReportScreen({ sessionId, orgId }: { sessionId: string; orgId: string }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const page = useSeriesPage(t("orgReport.link"));
  if (page.kind === "status") return <SeriesStatusPage phase={page.phase} />;
  const { state, me } = page;
  const mayRead = readableReportOrgs(state, me).some((org) => org.id === orgId);
  const report = mayRead ? orgReport(reportState(state, orgId), sessionId, orgId) : null;
  return (
    <>
      <SeriesPageHeader
        seriesName={state.name}
        back={minutesPath(state.id, sessionId)}
        backLabel={t("orgReport.toMinutes")}
        backTestId="org-report-back"
        className="exports-header"
      >
        {report && (
          <>
            <DownloadButton
              seriesId={state.id}
              path={`/reports/${encodeURIComponent(sessionId)}/${encodeURIComponent(orgId)}.md?lang=${language}`}
              fileName={`report-${report.session.date}.md`}
              label={t("exports.session.markdown")}
              testId="org-report-md"
            />
            <button
              type="button"
              className="button-primary"
              data-testid="org-report-print"
              onClick={() => window.print()}
            >
              {t("exports.print")}
            </button>
          </>
        )}
      </SeriesPageHeader>
      <main className="minutes-page">
        {report ? (
          <OrgReportDocument report={report} lang={language} />
        ) : (
          <p className="panel" role="alert" data-testid="org-report-missing">
            {t("orgReport.notFound")}
          </p>
        )}
      </main>
    </>
  );
}
