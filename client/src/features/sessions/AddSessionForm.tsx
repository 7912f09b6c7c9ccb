import { useId, useState, type FormEvent } from "react";
import { nanoid } from "nanoid";
import type { SeriesState } from "@common/domain/types.js";
import { scheduleOf } from "@common/domain/schedule/plannedNext.js";
import { SessionKind, type Level } from "@common/domain/vocabulary.js";
import { SessionLevelSelect } from "../levels/SessionLevelSelect.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { newSessionAgenda } from "../agenda/templateLabels.js";
import { useSync } from "../../sync/context.js";
import { OrgQuickSetup } from "../setup/OrgQuickSetup.js";
import { OrgSelect } from "../setup/PersonSelects.js";
import { SESSION_KINDS, sessionKindKey } from "../setup/labels.js";

function parseKind(value: string): SessionKind {
  return SESSION_KINDS.find((k) => k === value) ?? SessionKind.internal;
}

/** Plans a session: date, place, kind and, for a peer visit, the hosting organisation; its agenda from the series' template. */
export function AddSessionForm({ state, onAdded }: { state: SeriesState; onAdded: (sessionId: string) => void }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const language = useAppStore((s) => s.ui.language);
  const [date, setDate] = useState("");
  const [place, setPlace] = useState("");
  const [kind, setKind] = useState<SessionKind>(SessionKind.internal);
  const [hostOrgId, setHostOrgId] = useState<string | null>(null);
  const [level, setLevel] = useState<Level | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (date === "") return;
    const sessionId = nanoid();
    const { startTime, durationMin } = scheduleOf(state);
    const agenda = newSessionAgenda(state, language);
    sync.send({
      type: "session.add",
      sessionId,
      values: {
        date,
        place: place.trim(),
        kind,
        hostOrgId: kind === SessionKind.peerVisit ? hostOrgId : null,
        ...(level === null ? {} : { level }),
        ...(startTime === "" ? {} : { startTime }),
        ...(durationMin === null ? {} : { durationMin }),
      },
      ...(agenda.length > 0 ? { agenda } : {}),
    });
    setDate("");
    setPlace("");
    onAdded(sessionId);
  }

  const betweenCompanies = kind === SessionKind.workshop || kind === SessionKind.peerVisit;
  return (
    <>
      <form className="add-session" onSubmit={onSubmit} aria-label={t("sessions.add")} data-testid="session-add-form">
        <div className="field">
          <label className="form-label" htmlFor={`${id}-date`}>
            {t("sessions.field.date")}
          </label>
          <input
            id={`${id}-date`}
            className="text-input"
            type="date"
            required
            value={date}
            data-testid="session-add-date"
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="form-label" htmlFor={`${id}-place`}>
            {t("sessions.field.place")}
          </label>
          <input
            id={`${id}-place`}
            className="text-input"
            value={place}
            maxLength={LIMITS.place}
            placeholder={t("sessions.field.place.placeholder")}
            onChange={(e) => setPlace(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="form-label" htmlFor={`${id}-kind`}>
            {t("sessions.field.kind")}
          </label>
          <select
            id={`${id}-kind`}
            className="text-input"
            value={kind}
            onChange={(e) => setKind(parseKind(e.target.value))}
          >
            {SESSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(sessionKindKey(k))}
              </option>
            ))}
          </select>
        </div>
        {kind === SessionKind.peerVisit && (
          <OrgSelect orgs={state.orgs} value={hostOrgId} label={t("sessions.field.host")} onChange={setHostOrgId} />
        )}
        <SessionLevelSelect value={level} onChange={setLevel} testId="session-add-level" />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={date === ""} data-testid="session-add-submit">
            {t("sessions.add")}
          </button>
        </div>
      </form>
      {betweenCompanies && <OrgQuickSetup state={state} testId="session-add-orgs" />}
    </>
  );
}
