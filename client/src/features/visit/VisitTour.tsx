import { visitOf } from "@common/domain/stations/visit.js";
import type { Station, Visit } from "@common/domain/stations/types.js";
import type { SeriesState, Session } from "@common/domain/types.js";
import { Role, SessionKind } from "@common/domain/vocabulary.js";
import { confirmedOrg } from "@common/domain/visibility/viewer.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { ObservationCards } from "./ObservationCards.js";
import { StationForm } from "./StationForm.js";
import { TakeHomeLists } from "./TakeHomeLists.js";
import "./visit.css";

/** Whether `me` shapes the tour: a facilitator, or a confirmed member of the host organisation. */
function shapesTour(state: SeriesState, session: Session, me: string): boolean {
  const person = state.people[me];
  if (!person) return false;
  return person.role === Role.facilitator || (session.hostOrgId !== null && confirmedOrg(person) === session.hostOrgId);
}

/**
 * The Rundgang of a peer visit, made for a phone in the hand while the group
 * walks: the stations in order with the current one highlighted, the
 * observation cards written at each, and the visitors' take-home lists.
 */
export function VisitTour({ state, session, me }: { state: SeriesState; session: Session; me: string }) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  if (session.kind !== SessionKind.peerVisit) return null;
  const visit = visitOf(state, session.id);
  const open = session.closedSeq === null;
  const shaper = open && shapesTour(state, session, me) && canSend("station.add");
  return (
    <section className="visit-tour" data-testid="visit-tour" aria-labelledby={`visit-${session.id}`}>
      <h3 id={`visit-${session.id}`}>{t("visit.title")}</h3>
      <p className="visit-intro">{t("visit.intro")}</p>
      {visit.stations.length === 0 ? (
        <p className="visit-empty">{t("visit.empty")}</p>
      ) : (
        <ol className="visit-stations">
          {visit.stations.map((station, index) => (
            <StationCard
              key={station.id}
              state={state}
              session={session}
              visit={visit}
              station={station}
              index={index}
              me={me}
              shaper={shaper}
            />
          ))}
        </ol>
      )}
      {open && canSend("station.step") && visit.currentStationId !== null && (
        <button
          type="button"
          className="button-secondary"
          data-testid="visit-step-none"
          onClick={() => sync.send({ type: "station.step", sessionId: session.id, stationId: null })}
        >
          {t("visit.stepNone")}
        </button>
      )}
      <p className="visit-no-photos">{t("visit.noPhotos")}</p>
      {shaper && <StationForm state={state} session={session} count={visit.stations.length} me={me} />}
      <TakeHomeLists state={state} session={session} visit={visit} me={me} />
    </section>
  );
}

function StationCard({
  state,
  session,
  visit,
  station,
  index,
  me,
  shaper,
}: {
  state: SeriesState;
  session: Session;
  visit: Visit;
  station: Station;
  index: number;
  me: string;
  shaper: boolean;
}) {
  const t = useT();
  const sync = useSync();
  const canSend = useCanSend();
  const current = visit.currentStationId === station.id;
  const open = session.closedSeq === null;
  const host = station.hostPersonId ? state.people[station.hostPersonId]?.name : undefined;
  const move = (to: number) =>
    sync.send({ type: "station.move", sessionId: session.id, stationId: station.id, index: to });
  return (
    <li
      className={`visit-station${current ? " visit-station-current" : ""}`}
      data-testid={`visit-station-${station.id}`}
      data-current={current ? "true" : undefined}
      aria-current={current ? "step" : undefined}
    >
      <div className="visit-station-head">
        <span className="visit-station-number">{t("visit.station.number", { number: index + 1 })}</span>
        {current && <span className="visit-station-here">{t("visit.current")}</span>}
        {station.internalTo !== null && <span className="visit-badge">{t("visit.station.internal")}</span>}
      </div>
      <h4 className="visit-station-name">{station.name}</h4>
      <p className="visit-station-meta">
        {t("visit.station.minutes", { minutes: station.timeBoxMin })}
        {station.place !== "" && <> · {t("visit.station.place", { place: station.place })}</>}
        {host !== undefined && <> · {t("visit.station.host", { name: host })}</>}
      </p>
      {station.lookAt !== "" && (
        <p className="visit-station-look">{t("visit.station.lookAt", { text: station.lookAt })}</p>
      )}
      <div className="visit-station-tools">
        {open && canSend("station.step") && !current && (
          <button
            type="button"
            className="button-secondary button-small"
            data-testid="visit-step"
            onClick={() => sync.send({ type: "station.step", sessionId: session.id, stationId: station.id })}
          >
            {t("visit.step")}
          </button>
        )}
        {shaper && index > 0 && (
          <button type="button" className="button-quiet button-small" onClick={() => move(index - 1)}>
            {t("visit.station.moveUp")}
          </button>
        )}
        {shaper && index < visit.stations.length - 1 && (
          <button type="button" className="button-quiet button-small" onClick={() => move(index + 1)}>
            {t("visit.station.moveDown")}
          </button>
        )}
        {shaper && (
          <button
            type="button"
            className="button-quiet button-small"
            data-testid="visit-station-remove"
            onClick={() => sync.send({ type: "station.remove", sessionId: session.id, stationId: station.id })}
          >
            {t("visit.station.remove")}
          </button>
        )}
      </div>
      <ObservationCards
        state={state}
        session={session}
        station={station}
        observations={visit.observations.filter((o) => o.stationId === station.id)}
        current={current}
        me={me}
        shaper={shaper}
      />
    </li>
  );
}
