import { EntityKind, fieldKey, type SeriesState, type Session } from "@common/domain/types.js";
import { SessionKind, type Level } from "@common/domain/vocabulary.js";
import { SessionLevelSelect } from "../levels/SessionLevelSelect.js";
import { levelKey } from "../agreements/labels.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { SessionTimeFields } from "./SessionTimeFields.js";
import { timeText } from "./scheduleText.js";
import { EditableField } from "../../ui/EditableField.js";
import { EditScope, useCanSend } from "../../ui/permissions.js";
import { OrgSelect } from "../setup/PersonSelects.js";
import { SESSION_KINDS, sessionKindKey } from "../setup/labels.js";
import { formatDate } from "../../i18n/formatDate.js";

/** Date, place, kind and host of a session, edited in place. */
export function SessionDetails({ state, session }: { state: SeriesState; session: Session }) {
  const t = useT();
  const sync = useSync();
  const language = useAppStore((s) => s.ui.language);
  const me = useAppStore((s) => s.document.me);
  const canEdit = useCanSend()("session.update");
  const update = (changes: Parameters<typeof buildUpdate>[1]) => sync.send(buildUpdate(session.id, changes));
  if (!canEdit) {
    // Those who cannot change the session read its facts as text, not as controls they cannot use.
    const host = session.hostOrgId ? state.orgs[session.hostOrgId]?.name : undefined;
    const facts = [
      timeText(session.startTime, session.durationMin, t) ?? "",
      session.cancelled === true ? t("sessions.cancelled") : "",
      session.place.trim(),
      t(sessionKindKey(session.kind)),
      session.level ? t(levelKey(session.level)) : "",
      session.kind === SessionKind.peerVisit && host ? t("sessions.facts.host", { org: host }) : "",
    ].filter((fact) => fact !== "");
    return (
      <header className="session-details">
        <h2 className="session-title" data-testid="session-title">
          {t("sessions.heading", { date: formatDate(session.date, language) })}
        </h2>
        <p className="muted session-facts" data-testid="session-facts">
          {facts.join(" · ")}
        </p>
      </header>
    );
  }
  return (
    <header className="session-details">
      <h2 className="session-title" data-testid="session-title">
        {t("sessions.heading", { date: formatDate(session.date, language) })}
      </h2>
      <EditScope type="session.update" className="session-fields">
        <div className="field">
          <label className="form-label" htmlFor={`${session.id}-date`}>
            {t("sessions.field.date")}
          </label>
          <input
            id={`${session.id}-date`}
            className="text-input"
            type="date"
            value={session.date}
            onChange={(e) => {
              if (e.target.value !== "") update({ date: e.target.value });
            }}
          />
        </div>
        <div className="field">
          <span className="form-label">{t("sessions.field.place")}</span>
          <EditableField
            value={session.place}
            label={t("sessions.field.place")}
            maxLength={LIMITS.place}
            placeholder={t("sessions.field.place.placeholder")}
            lastEditorName={otherEditorName(state, fieldKey(EntityKind.session, session.id, "place"), me)}
            onCommit={(place) => update({ place })}
          />
        </div>
        <div className="field">
          <label className="form-label" htmlFor={`${session.id}-kind`}>
            {t("sessions.field.kind")}
          </label>
          <select
            id={`${session.id}-kind`}
            className="text-input"
            value={session.kind}
            onChange={(e) => update({ kind: SESSION_KINDS.find((k) => k === e.target.value) ?? SessionKind.internal })}
          >
            {SESSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(sessionKindKey(k))}
              </option>
            ))}
          </select>
        </div>
        {session.kind === SessionKind.peerVisit && (
          <OrgSelect
            orgs={state.orgs}
            value={session.hostOrgId}
            label={t("sessions.field.host")}
            onChange={(hostOrgId) => update({ hostOrgId })}
          />
        )}
        <SessionLevelSelect
          value={session.level ?? null}
          onChange={(level) => update({ level })}
          testId="session-level-select"
        />
        <SessionTimeFields session={session} onChange={update} />
        {session.closedSeq === null && (
          <button
            type="button"
            className="button-quiet session-cancel"
            data-testid="session-cancel"
            aria-pressed={session.cancelled === true}
            onClick={() => update({ cancelled: session.cancelled !== true })}
          >
            {session.cancelled === true ? t("sessions.uncancel") : t("sessions.cancel")}
          </button>
        )}
      </EditScope>
    </header>
  );
}

function buildUpdate(
  sessionId: string,
  changes: {
    date?: string;
    place?: string;
    kind?: SessionKind;
    hostOrgId?: string | null;
    startTime?: string;
    durationMin?: number | null;
    cancelled?: boolean;
    level?: Level | null;
  },
) {
  return { type: "session.update" as const, sessionId, changes };
}
