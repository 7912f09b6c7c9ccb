import type { SeriesState, Session } from "@common/domain/types.js";
import { AttendanceStatus } from "@common/domain/vocabulary.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { plannedAfter, plannedNext } from "@common/domain/schedule/plannedNext.js";
import { recapOpenPoints, sessionAgreements } from "../sessions/recap.js";
import { ProjectorFlags } from "./ProjectorAgreements.js";
import { ProjectorMore, firstOf } from "./ProjectorMore.js";
import { ProjectorOwners } from "./ProjectorOwners.js";

const AGREEMENTS_SHOWN = { alone: 3, shared: 1 } as const;
const OPEN_POINTS_SHOWN = 3;

/** The close on the wall: the recap the facilitator reads out — agreements with owners, open points, who was there, the next date. */
export function ProjectorClose({ state, session, shared }: { state: SeriesState; session: Session; shared: boolean }) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const agreements = sessionAgreements(state, session);
  const shownAgreements = firstOf(agreements, shared ? AGREEMENTS_SHOWN.shared : AGREEMENTS_SHOWN.alone);
  const open = recapOpenPoints(state, session);
  // The session planned after this one, or the one the close will make (chosen date, else the cadence).
  const nextDate = plannedAfter(state, session)?.date ?? plannedNext(state, session)?.date ?? null;
  const openPoints = [
    ...open.cases.map((c) => ({ id: c.id, text: t("recap.open.case", { title: c.title }) })),
    ...open.undecided.map((a) => ({ id: a.id, text: `${t("recap.open.review")} ${a.text}` })),
  ];
  const shownOpen = firstOf(openPoints, OPEN_POINTS_SHOWN);
  const statuses = Object.values(session.attendance ?? {});
  const count = (status: AttendanceStatus): number => statuses.filter((s) => s === status).length;
  return (
    <section className="projector-close" data-testid="projector-recap">
      <div className="projector-close-agreements">
        <p className="projector-lead" data-testid="projector-recap-count">
          {t("projector.close.agreements", { count: agreements.length })}
        </p>
        {agreements.length === 0 && <p className="projector-empty">{t("recap.agreements.none")}</p>}
        <ol className="projector-list">
          {shownAgreements.shown.map((agreement) => (
            <li key={agreement.id} className="projector-list-item" data-testid="projector-recap-agreement">
              <span className="projector-item-title projector-two-lines">{agreement.text}</span>
              <ProjectorOwners state={state} agreement={agreement} />
              <ProjectorFlags state={state} agreement={agreement} />
            </li>
          ))}
        </ol>
        <ProjectorMore count={shownAgreements.more} />
      </div>
      <div className="projector-close-facts">
        {session.summary.trim() !== "" && (
          <div className="projector-fact" data-testid="projector-recap-summary">
            <p className="projector-label">{t("sessions.close.summary")}</p>
            <p className="projector-summary">{session.summary}</p>
          </div>
        )}
        <div className="projector-fact" data-testid="projector-recap-open">
          <p className="projector-label">{t("projector.close.open", { count: openPoints.length })}</p>
          <ul className="projector-open-points">
            {shownOpen.shown.map((point) => (
              <li key={point.id} className="projector-two-lines">
                {point.text}
              </li>
            ))}
          </ul>
          <ProjectorMore count={shownOpen.more} />
        </div>
        {statuses.length > 0 && (
          <div className="projector-fact" data-testid="projector-recap-attendance">
            <p className="projector-label">{t("recap.attendance")}</p>
            <p>
              {t("attendance.summary", {
                present: count(AttendanceStatus.present),
                excused: count(AttendanceStatus.excused),
                guests: count(AttendanceStatus.guest),
              })}
            </p>
          </div>
        )}
        <p className="projector-fact projector-next" data-testid="projector-recap-next">
          {nextDate === null
            ? t("projector.close.noNext")
            : t("projector.close.next", { date: formatDate(nextDate, language) })}
        </p>
      </div>
    </section>
  );
}
