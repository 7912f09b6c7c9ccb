import { useState } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useCanSend } from "../../ui/permissions.js";
import { AddSessionForm } from "./AddSessionForm.js";
import { SessionBoard } from "./SessionBoard.js";
import { ScheduleEditor } from "./ScheduleEditor.js";
import { TemplateChooser } from "../agenda/TemplateChooser.js";
import { SessionList } from "./SessionList.js";
import "./sessions.css";

/** The session board, beside the list of sessions to pick from. */
export function SessionsView({
  state,
  me,
  sessionId,
  onPick,
}: {
  state: SeriesState;
  me: string;
  sessionId: string | null;
  onPick: (sessionId: string) => void;
}) {
  const t = useT();
  const canSend = useCanSend();
  const [adding, setAdding] = useState(false);
  const session = sessionId === null ? undefined : state.sessions[sessionId];
  if (!session) {
    return (
      <section className="panel first-steps" data-testid="sessions-empty">
        {canSend("session.add") ? (
          <>
            <h2>{t("sessions.empty.title")}</h2>
            <p className="muted">{t("sessions.empty.body")}</p>
            <AddSessionForm state={state} onAdded={onPick} />
          </>
        ) : (
          <>
            <h2>{t("sessions.empty.participant.title")}</h2>
            <p className="muted" data-testid="sessions-empty-waiting">
              {t("sessions.empty.participant.body")}
            </p>
          </>
        )}
      </section>
    );
  }
  return (
    <div className="sessions-layout">
      <aside className="sessions-aside panel">
        <h2>{t("sessions.title")}</h2>
        <SessionList state={state} sessionId={session.id} onPick={onPick} />
        <ScheduleEditor state={state} />
        <TemplateChooser state={state} />
        {!canSend("session.add") ? null : adding ? (
          <AddSessionForm
            state={state}
            onAdded={(id) => {
              setAdding(false);
              onPick(id);
            }}
          />
        ) : (
          <button
            type="button"
            className="button-secondary"
            data-testid="session-add-open"
            onClick={() => setAdding(true)}
          >
            {t("sessions.add")}
          </button>
        )}
      </aside>
      <SessionBoard state={state} session={session} me={me} onOpenSession={onPick} />
    </div>
  );
}
