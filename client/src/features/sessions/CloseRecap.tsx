import { nanoid } from "nanoid";
import type { CaseChoice } from "@common/domain/schedule/closeCommand.js";
import { plannedAfter, plannedNext } from "@common/domain/schedule/plannedNext.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { AgreementFlags } from "../agreements/AgreementFlags.js";
import { attendanceKey } from "./AttendanceControls.js";
import { CarryChoice } from "./CarryChoice.js";
import { recapOpenPoints, sessionAgreements } from "./recap.js";
import { newSessionAgenda } from "../agenda/templateLabels.js";

/**
 * What the close reads out before it is confirmed: the session's agreements
 * (text, owners, due date, flags), the open points (cases nobody spoke to,
 * due reviews without a decision), who was there, the next session (planned
 * already, or made by the close from the chosen date or the cadence, or in
 * one click now), and for each case nobody spoke to what the close does with
 * it (carried on by default).
 */
export function CloseRecap({
  state,
  session,
  onOpenSession,
  choices = {},
  onChoose,
}: {
  state: SeriesState;
  session: Session;
  onOpenSession?: (sessionId: string) => void;
  /** The facilitator's choice per open case; without `onChoose` nothing is offered. */
  choices?: Readonly<Record<string, CaseChoice>>;
  onChoose?: (caseId: string, choice: CaseChoice) => void;
}) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const language = useAppStore((s) => s.ui.language);
  const agreements = sessionAgreements(state, session);
  const { cases: openCases, undecided } = recapOpenPoints(state, session);
  const attendance = Object.entries(session.attendance ?? {});
  const next = plannedAfter(state, session);
  const planned = next === null ? plannedNext(state, session) : null;
  const carrying = onChoose !== undefined && session.closedSeq === null && (next !== null || planned !== null);
  const name = (personId: string): string => state.people[personId]?.name ?? "?";

  function createNext(): void {
    if (planned === null) return;
    const sessionId = nanoid();
    const agenda = newSessionAgenda(state, language);
    sync.send({ type: "session.add", sessionId, values: planned.values, ...(agenda.length > 0 ? { agenda } : {}) });
    onOpenSession?.(sessionId);
  }

  return (
    <div className="close-recap" data-testid="close-recap">
      <h2 className="visually-hidden">{t("recap.title")}</h2>
      <section data-testid="recap-agreements">
        <h3>{t("recap.agreements", { count: agreements.length })}</h3>
        {agreements.length === 0 && <p className="muted">{t("recap.agreements.none")}</p>}
        <ol>
          {agreements.map((a) => (
            <li key={a.id} className="recap-agreement" data-testid="recap-agreement">
              <strong>{a.text}</strong>
              <div className="recap-agreement-meta">
                {a.ownerIds.length === 0
                  ? t("recap.noOwner")
                  : t("recap.owners", { names: a.ownerIds.map(name).join(", ") })}
                {" · "}
                {a.due === "" ? t("recap.noDue") : t("recap.due", { date: formatDate(a.due, language) })}
              </div>
              <AgreementFlags agreement={a} state={state} />
            </li>
          ))}
        </ol>
      </section>
      <section data-testid="recap-open">
        <h3>{t("recap.open")}</h3>
        {openCases.length + undecided.length === 0 ? (
          <p className="muted">{t("recap.open.none")}</p>
        ) : (
          <ul>
            {openCases.map((c) => (
              <li key={c.id} data-testid="recap-open-point">
                {t("recap.open.case", { title: c.title })}
                {carrying && onChoose && (
                  <>
                    {" "}
                    <CarryChoice item={c} choice={choices[c.id] ?? "move"} onChoose={(x) => onChoose(c.id, x)} />
                  </>
                )}
              </li>
            ))}
            {undecided.map((a) => (
              <li key={a.id} data-testid="recap-open-point">
                {t("recap.open.review")} <span data-testid="close-blocker">{a.text}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="recap-attendance">
        <h3>{t("recap.attendance")}</h3>
        {attendance.length === 0 ? (
          <p className="muted">{t("recap.attendance.none")}</p>
        ) : (
          <ul className="plain-list">
            {(["present", "excused", "guest"] as const).map((status) => {
              const names = attendance.filter(([, s]) => s === status).map(([id]) => name(id));
              return names.length === 0 ? null : (
                <li key={status} data-testid={`recap-attendance-${status}`}>
                  <strong>
                    {t(attendanceKey(status))} ({names.length}):
                  </strong>{" "}
                  {names.sort((a, b) => a.localeCompare(b, language)).join(", ")}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {canSend("session.add") && (
        <section className="recap-next" data-testid="recap-next">
          <h3>{t("recap.next")}</h3>
          {next !== null ? (
            <>
              <span data-testid="recap-next-exists">
                {t("recap.next.exists", { date: formatDate(next.date, language) })}
              </span>
              {onOpenSession && (
                <button type="button" className="button-secondary" onClick={() => onOpenSession(next.id)}>
                  {t("recap.next.open")}
                </button>
              )}
            </>
          ) : planned === null ? (
            <p className="muted" data-testid="recap-next-needs-date">
              {t("recap.next.needsDate")}
            </p>
          ) : (
            <>
              {session.closedSeq === null && (
                <p data-testid="recap-next-planned">
                  {t(planned.source === "cadence" ? "recap.next.byCadence" : "recap.next.byDate", {
                    date: formatDate(planned.date, language),
                  })}
                </p>
              )}
              <button type="button" className="button-secondary" data-testid="recap-next-create" onClick={createNext}>
                {t("recap.next.create", { date: formatDate(planned.date, language) })}
              </button>
            </>
          )}
        </section>
      )}
    </div>
  );
}
