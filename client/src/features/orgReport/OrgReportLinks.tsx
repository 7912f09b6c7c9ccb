import type { SeriesState } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";
import { hasOrgReports } from "@common/exports/orgReport.js";
import { useT } from "../../i18n/useT.js";
import { navigateOnClick, orgReportPath } from "../../router.js";
import { useAppStore } from "../../store/context.js";
import { DownloadButton } from "../exports/DownloadButton.js";
import { readableReportOrgs } from "./reportAccess.js";
import "./orgReport.css";

/**
 * "Bericht je Organisation" under a workshop's or peer visit's minutes: a
 * link to each report this person may read, and for a facilitator all of
 * them as one zip. Nothing for other sessions.
 */
export function OrgReportLinks({ state, me, sessionId }: { state: SeriesState; me: string; sessionId: string }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const session = Object.hasOwn(state.sessions, sessionId) ? state.sessions[sessionId] : undefined;
  if (!session || !hasOrgReports(session.kind)) return null;
  const orgs = readableReportOrgs(state, me);
  if (orgs.length === 0) return null;
  const facilitator = state.people[me]?.role === Role.facilitator;
  return (
    <section className="panel org-reports" data-testid="org-reports" aria-labelledby="org-reports-title">
      <h2 id="org-reports-title">{t("orgReport.link")}</h2>
      <p className="muted">{t("orgReport.intro")}</p>
      <ul className="org-reports-list">
        {orgs.map((org) => (
          <li key={org.id}>
            <a
              href={orgReportPath(state.id, sessionId, org.id)}
              onClick={navigateOnClick(orgReportPath(state.id, sessionId, org.id))}
              data-testid={`org-report-link`}
            >
              {org.name}
            </a>
          </li>
        ))}
      </ul>
      {facilitator && (
        <DownloadButton
          seriesId={state.id}
          path={`/reports/${encodeURIComponent(sessionId)}.zip?lang=${language}`}
          fileName={`reports-${session.date}.zip`}
          label={t("orgReport.zip")}
          testId="org-reports-zip"
        />
      )}
    </section>
  );
}
