import { sessionsInOrder } from "@common/domain/rules/sessions.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { sessionKindKey } from "../setup/labels.js";
import { formatDate } from "../../i18n/formatDate.js";
import { SessionLevelChip } from "../levels/SessionLevelSelect.js";

function hostName(state: SeriesState, session: Session): string | null {
  return session.hostOrgId === null ? null : (state.orgs[session.hostOrgId]?.name ?? null);
}

/** The sessions of the series by date; picking one shows it on the board. */
export function SessionList({
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
  const sessions = sessionsInOrder(state);
  return (
    <ol className="session-list" aria-label={t("sessions.list")} data-testid="session-list">
      {sessions.map((session) => {
        const host = hostName(state, session);
        return (
          <li key={session.id}>
            <button
              type="button"
              className="session-item"
              aria-current={session.id === sessionId ? "true" : undefined}
              data-testid="session-item"
              data-session-id={session.id}
              onClick={() => onPick(session.id)}
            >
              <span className="session-item-date">
                {formatDate(session.date, language)}
                {session.startTime !== undefined && session.startTime !== "" && ` · ${session.startTime}`}
              </span>
              <span className="session-item-meta">
                {t(sessionKindKey(session.kind))}
                {host !== null && ` · ${t("sessions.hostedBy", { org: host })}`}
                {session.place !== "" && ` · ${session.place}`}
              </span>
              <SessionLevelChip level={session.level} />
              {session.cancelled === true && (
                <span className="flag flag-cancelled" data-testid="session-cancelled-badge">
                  {t("sessions.cancelled")}
                </span>
              )}
              {session.closedSeq !== null && (
                <span className="flag flag-closed" data-testid="session-closed-badge">
                  {t("sessions.closed")}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
