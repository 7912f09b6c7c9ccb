import { observationKindLabel, stationFacts } from "@common/exports/minutesVisit.js";
import { translate, type Language } from "@common/i18n/translate.js";
import type { Minutes } from "@common/exports/minutesModel.js";

/** A peer visit in the printable minutes: the stations with their observations, and the take-home lists. */
export function MinutesVisitPart({ minutes, lang }: { minutes: Minutes; lang: Language }) {
  const visit = minutes.visit;
  if (visit === null) return null;
  return (
    <section className="minutes-part" data-testid="minutes-visit">
      <h2>{translate(lang, "visit.minutes.title")}</h2>
      <ol>
        {visit.stations.map((station, i) => (
          <li key={`station-${i}`}>
            <strong>{station.name}</strong> ({stationFacts(station, lang)})
            {station.lookAt.trim() !== "" && (
              <div>{translate(lang, "visit.station.lookAt", { text: station.lookAt })}</div>
            )}
            {station.observations.length > 0 && (
              <ul>
                {station.observations.map((o, j) => (
                  <li key={`observation-${j}`}>
                    <em>{observationKindLabel(o.kind, lang)}</em> {o.text} – {o.by}
                    {o.isCase && <> ({translate(lang, "visit.minutes.case")})</>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {visit.takeHome.map((list, i) => (
        <div key={`takehome-${i}`}>
          <h3>{translate(lang, "visit.minutes.takeHome", { org: list.org })}</h3>
          <ul>
            {list.items.map((item, j) => (
              <li key={`item-${j}`}>
                {item.text}
                {item.internal && <> ({translate(lang, "visit.takeHome.internalBadge")})</>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
