import { sessionsInOrder } from "@common/domain/rules/sessions.js";
import { Role } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { formatDate } from "../../i18n/formatDate.js";
import { boardPath, minutesPath, navigateOnClick } from "../../router.js";
import { useAppStore } from "../../store/context.js";
import { DownloadButton } from "./DownloadButton.js";
import { SeriesPageHeader } from "../../ui/SeriesPageHeader.js";
import { SeriesStatusPage } from "./SeriesStatusPage.js";
import { useSeriesPage } from "./useSeriesPage.js";
import { CopySetup } from "../seriesCopy/CopySetup.js";
import "./exports.css";

/**
 * `/s/<id>/minutes`: every session's minutes (to view, print or download as
 * Markdown) and the series' files — agreements as CSV, the calendar, and
 * for facilitators the backup and a new series with this one's setup.
 * Available at any time, also mid-meeting.
 */
export function ExportsScreen() {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const page = useSeriesPage(t("exports.title"));
  if (page.kind === "status") return <SeriesStatusPage phase={page.phase} />;
  const { state, me } = page;
  const facilitator = state.people[me]?.role === Role.facilitator;
  const sessions = [...sessionsInOrder(state)].reverse();
  const day = new Date().toISOString().slice(0, 10);
  return (
    <>
      <SeriesPageHeader
        seriesName={state.name}
        back={boardPath(state.id)}
        backLabel={t("exports.back")}
        backTestId="exports-back"
        className="exports-header"
      />
      <main className="exports" data-testid="exports">
        <h1>{t("exports.title")}</h1>
        <p className="muted exports-intro">{t("exports.intro")}</p>
        <section className="panel exports-section">
          <h2>{t("exports.sessions")}</h2>
          {sessions.length === 0 ? (
            <p className="muted">{t("exports.sessions.none")}</p>
          ) : (
            <ul className="plain-list exports-sessions">
              {sessions.map((session) => (
                <li key={session.id} className="exports-session" data-testid="exports-session">
                  <span className="exports-session-date">
                    {formatDate(session.date, language)}
                    {session.place.trim() !== "" && <span className="muted"> · {session.place}</span>}
                    {session.closedSeq === null && <span className="chip">{t("exports.session.draft")}</span>}
                  </span>
                  <a
                    className="button-primary button-small"
                    href={minutesPath(state.id, session.id)}
                    onClick={navigateOnClick(minutesPath(state.id, session.id))}
                    data-testid="exports-minutes-open"
                  >
                    {t("exports.session.view")}
                  </a>
                  <DownloadButton
                    seriesId={state.id}
                    path={`/minutes/${encodeURIComponent(session.id)}.md?lang=${language}`}
                    fileName={`minutes-${session.date}.md`}
                    label={t("exports.session.markdown")}
                    testId="exports-minutes-md"
                    small
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel exports-section">
          <h2>{t("exports.files")}</h2>
          <DownloadButton
            seriesId={state.id}
            path={`/agreements.csv?lang=${language}&sep=%3B`}
            fileName={`agreements-${day}.csv`}
            label={t("exports.csv")}
            hint={t("exports.csv.hint")}
            testId="exports-csv"
          />
          <DownloadButton
            seriesId={state.id}
            path={`/agreements.csv?lang=${language}&sep=%2C`}
            fileName={`agreements-${day}.csv`}
            label={t("exports.csvComma")}
            testId="exports-csv-comma"
          />
          <DownloadButton
            seriesId={state.id}
            path={`/calendar.ics?lang=${language}`}
            fileName="einklang.ics"
            label={t("exports.calendar")}
            hint={t("exports.calendar.hint")}
            testId="exports-ics"
          />
          {facilitator && (
            <DownloadButton
              seriesId={state.id}
              path="/export"
              fileName={`einklang-${day}.json`}
              label={t("exports.backup")}
              hint={t("exports.backup.hint")}
              testId="exports-backup"
            />
          )}
        </section>
        {facilitator && <CopySetup seriesId={state.id} seriesName={state.name} />}
      </main>
    </>
  );
}
