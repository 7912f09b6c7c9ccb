import { useState } from "react";
import { nanoid } from "nanoid";
import { closeCommand, type CaseChoice } from "@common/domain/schedule/closeCommand.js";
import { EntityKind, fieldKey, type SeriesState, type Session } from "@common/domain/types.js";
import { sessionCloseBlockers } from "@common/domain/rules/review.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { EditableField } from "../../ui/EditableField.js";
import { EditScope } from "../../ui/permissions.js";
import { CloseRecap } from "./CloseRecap.js";
import { newSessionAgenda } from "../agenda/templateLabels.js";

/**
 * Summary, next date, the recap to read out (agreements, open points,
 * attendance, the next session in one click), and closing the session: due
 * agreements without a decision need a confirmation.
 */
export function ClosePhase({
  state,
  session,
  onOpenSession,
}: {
  state: SeriesState;
  session: Session;
  onOpenSession?: (sessionId: string) => void;
}) {
  const t = useT();
  const sync = useSync();
  const me = useAppStore((s) => s.document.me);
  const language = useAppStore((s) => s.ui.language);
  const [confirming, setConfirming] = useState(false);
  const [choices, setChoices] = useState<Record<string, CaseChoice>>({});
  const blockers = sessionCloseBlockers(state, session.id);
  const closed = session.closedSeq !== null;

  function close(confirmUndecided: boolean): void {
    if (blockers.length > 0 && !confirmUndecided) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    // A session the close makes starts from the series' template.
    sync.send(closeCommand(state, session, choices, confirmUndecided, nanoid(), newSessionAgenda(state, language)));
  }

  return (
    <EditScope type="session.close" className="close-phase">
      <div data-testid="close-phase">
        <div className="field">
          <span className="form-label">{t("sessions.close.summary")}</span>
          <EditableField
            value={session.summary}
            label={t("sessions.close.summary")}
            multiline
            maxLength={LIMITS.summary}
            placeholder={t("sessions.close.summary.placeholder")}
            testId="session-summary"
            lastEditorName={otherEditorName(state, fieldKey(EntityKind.session, session.id, "summary"), me)}
            onCommit={(summary) => sync.send({ type: "session.update", sessionId: session.id, changes: { summary } })}
          />
        </div>
        <div className="field">
          <label className="form-label" htmlFor={`${session.id}-next`}>
            {t("sessions.close.nextDate")}
          </label>
          <input
            id={`${session.id}-next`}
            className="text-input input-date"
            type="date"
            value={session.nextDate}
            data-testid="session-next-date"
            onChange={(e) =>
              sync.send({ type: "session.update", sessionId: session.id, changes: { nextDate: e.target.value } })
            }
          />
        </div>
        <CloseRecap
          state={state}
          session={session}
          onOpenSession={onOpenSession}
          choices={choices}
          onChoose={(caseId, choice) => setChoices((now) => ({ ...now, [caseId]: choice }))}
        />
        {!closed && blockers.length > 0 && (
          <div className="close-blockers" data-testid="close-blockers" role={confirming ? "alert" : undefined}>
            {/* The agreements are listed among the recap's open points above. */}
            <p>{t("sessions.close.blockers", { count: blockers.length })}</p>
          </div>
        )}
        {!closed && !confirming && (
          <div className="form-actions">
            <button type="button" className="button-primary" data-testid="session-close" onClick={() => close(false)}>
              {t("sessions.close.submit")}
            </button>
          </div>
        )}
        {!closed && confirming && (
          <div className="form-actions close-confirm" data-testid="close-confirm">
            <span>{t("sessions.close.confirm.question")}</span>
            <button type="button" className="button-quiet" onClick={() => setConfirming(false)}>
              {t("confirm.no")}
            </button>
            <button
              type="button"
              className="button-danger"
              data-testid="session-close-confirm"
              onClick={() => close(true)}
            >
              {t("sessions.close.confirm.yes")}
            </button>
          </div>
        )}
      </div>
    </EditScope>
  );
}
