import { visitOf } from "../domain/stations/visit.js";
import type { ObservationKind } from "../domain/stations/types.js";
import type { SeriesState, Session } from "../domain/types.js";
import { SessionKind } from "../domain/vocabulary.js";
import { translate, type Language, type MessageParams, type TextKey } from "../i18n/translate.js";
import { mdInline } from "./markdownText.js";

/** One observation card in the minutes: what was asked, what was noticed, by whom, whether the host took it over. */
export interface MinutesObservation {
  kind: ObservationKind;
  text: string;
  by: string;
  isCase: boolean;
}

/** One station of the tour in the minutes. */
export interface MinutesStation {
  name: string;
  place: string;
  host: string | null;
  lookAt: string;
  timeBoxMin: number;
  observations: MinutesObservation[];
}

/** A peer visit in the minutes: the tour with its observations, and each visiting organisation's take-home list. */
export interface MinutesVisit {
  stations: MinutesStation[];
  takeHome: { org: string; items: { text: string; internal: boolean }[] }[];
}

/** The visit of a peer-visit session as the minutes list it (from the reader's view of the series); null for other sessions or an empty visit. */
export function minutesVisit(state: SeriesState, session: Session): MinutesVisit | null {
  if (session.kind !== SessionKind.peerVisit) return null;
  const visit = visitOf(state, session.id);
  if (visit.stations.length === 0 && visit.takeHome.length === 0) return null;
  const name = (id: string | null): string | null => (id === null ? null : (state.people[id]?.name ?? null));
  const stations = visit.stations.map((s) => ({
    name: s.name,
    place: s.place,
    host: name(s.hostPersonId),
    lookAt: s.lookAt,
    timeBoxMin: s.timeBoxMin,
    observations: visit.observations
      .filter((o) => o.stationId === s.id)
      .map((o) => ({ kind: o.kind, text: o.text, by: name(o.by) ?? "", isCase: o.caseId !== null })),
  }));
  const orgIds = [...new Set(visit.takeHome.map((t) => t.orgId))];
  const takeHome = orgIds.map((orgId) => ({
    org: state.orgs[orgId]?.name ?? "",
    items: visit.takeHome
      .filter((t) => t.orgId === orgId)
      .map((t) => ({ text: t.text, internal: t.internalTo !== null })),
  }));
  return { stations, takeHome };
}

/** How a station reads after its name: time box, place and who showed it. */
export function stationFacts(station: MinutesStation, lang: Language): string {
  return [
    translate(lang, "visit.station.minutes", { minutes: station.timeBoxMin }),
    station.place === "" ? null : translate(lang, "visit.station.place", { place: station.place }),
    station.host === null ? null : translate(lang, "visit.station.host", { name: station.host }),
  ]
    .filter((part) => part !== null)
    .join(", ");
}

/** The question an observation answers ("Was fällt auf?"). */
export function observationKindLabel(kind: ObservationKind, lang: Language): string {
  return translate(lang, kind === "notice" ? "visit.kind.notice" : "visit.kind.differently");
}

/** The visit as a Markdown part; nothing for other sessions. */
export function visitMarkdown(visit: MinutesVisit | null, lang: Language): string[] {
  if (visit === null) return [];
  const t = (key: TextKey, params?: MessageParams) => translate(lang, key, params);
  const stationLines = visit.stations.flatMap((s, i) => [
    `${i + 1}. **${mdInline(s.name)}** (${mdInline(stationFacts(s, lang))})`,
    ...(s.lookAt.trim() === "" ? [] : [`   ${mdInline(t("visit.station.lookAt", { text: s.lookAt }))}`]),
    ...s.observations.map(
      (o) =>
        `   - ${observationKindLabel(o.kind, lang)} ${mdInline(o.text)} – ${mdInline(o.by)}${o.isCase ? ` (${t("visit.minutes.case")})` : ""}`,
    ),
  ]);
  const takeHomeLines = visit.takeHome.flatMap((list) => [
    `### ${mdInline(t("visit.minutes.takeHome", { org: list.org }))}`,
    "",
    ...list.items.map(
      (item) => `- ${mdInline(item.text)}${item.internal ? ` (${t("visit.takeHome.internalBadge")})` : ""}`,
    ),
    "",
  ]);
  return [`## ${t("visit.minutes.title")}`, "", ...stationLines, "", ...takeHomeLines];
}
