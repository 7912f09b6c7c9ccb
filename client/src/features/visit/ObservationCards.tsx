import { nanoid } from "nanoid";
import { useId, useState, type FormEvent } from "react";
import { ObservationKind, type Observation, type Station } from "@common/domain/stations/types.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";

const KINDS = [ObservationKind.notice, ObservationKind.differently] as const;
const KIND_KEY = { notice: "visit.kind.notice", differently: "visit.kind.differently" } as const;

/** The observation cards of one station, and the form to write one (open at the station the group is at). */
export function ObservationCards({
  state,
  session,
  station,
  observations,
  current,
  me,
  shaper,
}: {
  state: SeriesState;
  session: Session;
  station: Station;
  observations: readonly Observation[];
  current: boolean;
  me: string;
  /** The host or a facilitator: they take an observation over as a case. */
  shaper: boolean;
}) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const id = useId();
  const [kind, setKind] = useState<ObservationKind>(ObservationKind.notice);
  const [text, setText] = useState("");
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const open = session.closedSeq === null;
  const facilitator = state.people[me]?.role === Role.facilitator;

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (text.trim() === "") return;
    sync.send({
      type: "observation.add",
      sessionId: session.id,
      stationId: station.id,
      observationId: nanoid(),
      kind,
      text: text.trim(),
    });
    setText("");
  }

  function saveEdit(event: FormEvent, observation: Observation): void {
    event.preventDefault();
    const changed = editing?.text.trim() ?? "";
    setEditing(null);
    if (changed === "" || changed === observation.text) return;
    sync.send({
      type: "observation.update",
      sessionId: session.id,
      observationId: observation.id,
      changes: { text: changed },
    });
  }

  function toCase(observation: Observation): void {
    const trail = t("visit.case.trail", { station: station.name });
    sync.send({
      type: "observation.case",
      sessionId: session.id,
      observationId: observation.id,
      caseId: nanoid(),
      title: observation.text.slice(0, 120),
      description: `${trail}:\n${observation.text}`.slice(0, LIMITS.caseDescription),
      internalTo: null,
    });
  }

  return (
    <div className="visit-observations">
      {observations.length > 0 && (
        <p className="visit-observations-count">{t("visit.observations.count", { count: observations.length })}</p>
      )}
      <ul className="visit-cards">
        {observations.map((o) => (
          <li key={o.id} className={`visit-card visit-card-${o.kind}`} data-testid="visit-observation">
            <span className="visit-card-kind">{t(KIND_KEY[o.kind])}</span>
            {editing?.id === o.id ? (
              <form className="visit-card-edit" onSubmit={(e) => saveEdit(e, o)}>
                <textarea
                  aria-label={t("visit.observe.text")}
                  rows={3}
                  value={editing.text}
                  maxLength={LIMITS.observation}
                  onChange={(e) => setEditing({ id: o.id, text: e.target.value })}
                />
                <button type="submit" className="button-secondary button-small" disabled={editing.text.trim() === ""}>
                  {t("visit.observe.save")}
                </button>
              </form>
            ) : (
              <p className="visit-card-text">{o.text}</p>
            )}
            <span className="visit-card-by">{state.people[o.by]?.name ?? ""}</span>
            {o.caseId !== null && <span className="visit-badge">{t("visit.observe.isCase")}</span>}
            {open && shaper && o.caseId === null && canSend("observation.case") && (
              <button
                type="button"
                className="button-quiet button-small"
                data-testid="visit-to-case"
                onClick={() => toCase(o)}
              >
                {t("visit.observe.toCase")}
              </button>
            )}
            {open && o.by === me && editing?.id !== o.id && (
              <button
                type="button"
                className="button-quiet button-small"
                onClick={() => setEditing({ id: o.id, text: o.text })}
              >
                {t("visit.observe.edit")}
              </button>
            )}
            {open && (o.by === me || facilitator) && (
              <button
                type="button"
                className="button-quiet button-small"
                onClick={() => sync.send({ type: "observation.remove", sessionId: session.id, observationId: o.id })}
              >
                {t("visit.observe.remove")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {open && canSend("observation.add") && (
        <details className="visit-observe" open={current}>
          <summary>{t("visit.observe")}</summary>
          <form onSubmit={submit} data-testid="visit-observe-form">
            <fieldset className="visit-kinds">
              <legend>{t("visit.observe.kind")}</legend>
              {KINDS.map((k) => (
                <label key={k} className="visit-kind">
                  <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
                  {t(KIND_KEY[k])}
                </label>
              ))}
            </fieldset>
            <label htmlFor={`${id}-text`}>{t("visit.observe.text")}</label>
            <textarea
              id={`${id}-text`}
              data-testid="visit-observe-text"
              rows={3}
              value={text}
              maxLength={LIMITS.observation}
              onChange={(e) => setText(e.target.value)}
            />
            <button
              type="submit"
              className="button-primary"
              data-testid="visit-observe-submit"
              disabled={text.trim() === ""}
            >
              {t("visit.observe.submit")}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
