import { isOverdue } from "@common/domain/rules/agreements.js";
import { agreementsDueForReview } from "@common/domain/rules/review.js";
import { localToday } from "../agreements/labels.js";
import { EvidenceOwnerLine } from "../agreements/EvidenceOwnerLine.js";
import type { SeriesState } from "@common/domain/types.js";
import { agendaSteps } from "@common/domain/agenda/order.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { CaseInbox } from "../cases/CaseInbox.js";
import { showBoardView, BoardView } from "../board/boardView.js";
import { phaseKey, sessionKindKey } from "../setup/labels.js";
import { formatDate } from "../../i18n/formatDate.js";
import { SessionList } from "./SessionList.js";
import { timeText } from "./scheduleText.js";
import { CarriedReview } from "./CarriedReview.js";
import "./sessions.css";

/** What to read before a session: its agenda, the agreements it checks and the cases put in its inbox. */
export function PreReadView({
  state,
  sessionId,
  onPick,
}: {
  state: SeriesState;
  sessionId: string | null;
  onPick: (sessionId: string) => void;
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const session = sessionId === null ? undefined : state.sessions[sessionId];
  if (!session) {
    return (
      <section className="panel first-steps" data-testid="preread-empty">
        <h2>{t("sessions.preRead.empty.title")}</h2>
        <p className="muted">{t("sessions.preRead.empty.body")}</p>
        <button type="button" className="button-primary" onClick={() => showBoardView(BoardView.session)}>
          {t("sessions.preRead.empty.action")}
        </button>
      </section>
    );
  }
  const due = agreementsDueForReview(state, session.id);
  const today = localToday();
  const name = (id: string) => state.people[id]?.name ?? t("presence.unknown");
  return (
    <div className="sessions-layout" data-testid="preread-view">
      <aside className="sessions-aside panel">
        <h2>{t("sessions.title")}</h2>
        <SessionList state={state} sessionId={session.id} onPick={onPick} />
      </aside>
      <div className="preread">
        <section className="panel">
          <h2>{t("sessions.preRead.title", { date: formatDate(session.date, language) })}</h2>
          <p className="muted">
            {t(sessionKindKey(session.kind))}
            {timeText(session.startTime, session.durationMin, t) !== null &&
              ` · ${timeText(session.startTime, session.durationMin, t) ?? ""}`}
            {session.place !== "" && ` · ${session.place}`}
          </p>
          <h3>{t("sessions.preRead.agenda")}</h3>
          <ol className="agenda" data-testid="preread-agenda">
            {agendaSteps(session).map((step) =>
              step.kind === "phase" ? (
                <li key={step.phase}>{t(phaseKey(step.phase))}</li>
              ) : (
                <li key={step.item.id} className="agenda-preread-item" data-testid="preread-agenda-item">
                  <strong>{step.item.title}</strong> · {t("agenda.minutes", { minutes: step.item.timeBoxMin })}
                  {step.item.ownerId !== null &&
                    ` · ${t("agenda.owner", { name: state.people[step.item.ownerId]?.name ?? "" })}`}
                  {step.item.notes.trim() !== "" && <span className="muted"> – {step.item.notes}</span>}
                </li>
              ),
            )}
          </ol>
        </section>
        <section className="panel" data-testid="preread-due">
          <h3>{t("sessions.preRead.due", { count: due.length })}</h3>
          {due.length === 0 ? (
            <p className="empty-state">{t("sessions.preRead.due.none")}</p>
          ) : (
            <ul className="plain-list">
              {due.map((a) => (
                <li
                  key={a.id}
                  className={`due-item${isOverdue(state, a, today) ? " due-item-overdue" : ""}`}
                  data-testid="preread-due-item"
                >
                  <strong>{a.text}</strong>
                  {isOverdue(state, a, today) && (
                    <span className="chip due-overdue" data-testid="preread-overdue">
                      {t("agreements.flag.overdue")}
                    </span>
                  )}
                  <CarriedReview state={state} agreement={a} session={session} />
                  <EvidenceOwnerLine agreement={a} state={state} />
                  <span className="muted">
                    {a.ownerIds.length > 0 && ` ${a.ownerIds.map(name).join(", ")}`}
                    {a.due !== "" && ` · ${t("sessions.preRead.dueOn", { date: formatDate(a.due, language) })}`}
                    {a.outcome !== "" && ` · ${t("sessions.preRead.outcome", { outcome: a.outcome })}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" data-testid="preread-cases">
          <CaseInbox sessionId={session.id} />
        </section>
      </div>
    </div>
  );
}
