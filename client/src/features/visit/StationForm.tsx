import { nanoid } from "nanoid";
import { useId, useState, type FormEvent } from "react";
import type { SeriesState, Session } from "@common/domain/types.js";
import { confirmedOrg } from "@common/domain/visibility/viewer.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";

/** Adds a station at the end of the tour: name, time box, place, who shows it, what to look at. */
export function StationForm({
  state,
  session,
  count,
  me,
}: {
  state: SeriesState;
  session: Session;
  count: number;
  me: string;
}) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const [name, setName] = useState("");
  const [minutes, setMinutes] = useState("15");
  const [place, setPlace] = useState("");
  const [hostPersonId, setHostPersonId] = useState("");
  const [lookAt, setLookAt] = useState("");
  const [internal, setInternal] = useState(false);
  const timeBox = Number(minutes);
  const validTime = Number.isInteger(timeBox) && timeBox >= 1 && timeBox <= LIMITS.agendaTimeBoxMin;
  const full = count >= LIMITS.stationsPerSession;
  const hosts = Object.values(state.people)
    .filter((p) => session.hostOrgId !== null && p.orgId === session.hostOrgId)
    .sort((a, b) => a.name.localeCompare(b.name));
  const person = state.people[me];
  // Only the host's own members keep a station to the host.
  const mayKeepInternal =
    person !== undefined && session.hostOrgId !== null && confirmedOrg(person) === session.hostOrgId;

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (name.trim() === "" || !validTime || full) return;
    sync.send({
      type: "station.add",
      sessionId: session.id,
      stationId: nanoid(),
      values: {
        name: name.trim(),
        timeBoxMin: timeBox,
        place: place.trim(),
        hostPersonId: hostPersonId || null,
        lookAt: lookAt.trim(),
        internalTo: internal && mayKeepInternal ? session.hostOrgId : null,
      },
    });
    setName("");
    setPlace("");
    setLookAt("");
  }

  return (
    <details className="visit-form" data-testid="visit-station-form">
      <summary>{t("visit.add.title")}</summary>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-name`}>{t("visit.add.name")}</label>
        <input
          id={`${id}-name`}
          data-testid="visit-station-name"
          value={name}
          maxLength={LIMITS.stationName}
          placeholder={t("visit.add.name.placeholder")}
          onChange={(e) => setName(e.target.value)}
        />
        <label htmlFor={`${id}-time`}>{t("visit.add.timeBox")}</label>
        <input
          id={`${id}-time`}
          type="number"
          min={1}
          max={LIMITS.agendaTimeBoxMin}
          value={minutes}
          aria-invalid={!validTime}
          onChange={(e) => setMinutes(e.target.value)}
        />
        {!validTime && <p className="visit-error">{t("visit.timeBox.invalid")}</p>}
        <label htmlFor={`${id}-place`}>{t("visit.add.place")}</label>
        <input id={`${id}-place`} value={place} maxLength={LIMITS.place} onChange={(e) => setPlace(e.target.value)} />
        <label htmlFor={`${id}-host`}>{t("visit.add.host")}</label>
        <select id={`${id}-host`} value={hostPersonId} onChange={(e) => setHostPersonId(e.target.value)}>
          <option value="">{t("visit.add.host.none")}</option>
          {hosts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-look`}>{t("visit.add.lookAt")}</label>
        <textarea
          id={`${id}-look`}
          rows={2}
          value={lookAt}
          maxLength={LIMITS.stationLookAt}
          onChange={(e) => setLookAt(e.target.value)}
        />
        {mayKeepInternal && (
          <label className="visit-check">
            <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} />
            {t("visit.add.internal")}
          </label>
        )}
        {full && <p className="visit-error">{t("visit.add.full", { max: LIMITS.stationsPerSession })}</p>}
        <button
          type="submit"
          className="button-primary"
          data-testid="visit-station-add"
          disabled={name.trim() === "" || !validTime || full}
        >
          {t("visit.add.submit")}
        </button>
      </form>
    </details>
  );
}
