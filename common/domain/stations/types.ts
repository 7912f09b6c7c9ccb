/** What an observation card answers: "Was fällt auf?" or "Was würden wir anders machen?". */
export const ObservationKind = { notice: "notice", differently: "differently" } as const;
export type ObservationKind = (typeof ObservationKind)[keyof typeof ObservationKind];

/** A stop of a peer visit's tour (Station), e.g. "Wareneingang" or "Feinplanung". */
export interface Station {
  id: string;
  name: string;
  place: string;
  /** The person of the host organisation who shows it; null for nobody in particular. */
  hostPersonId: string | null;
  /** What the visitors should look at there. */
  lookAt: string;
  /** Its time box in minutes (1..480). */
  timeBoxMin: number;
  /** The host organisation while it prepares the station for itself only; null when the visitors see it. */
  internalTo: string | null;
}

/** What someone noticed at a station (Beobachtung); always named, visible to whoever sees the station. */
export interface Observation {
  id: string;
  stationId: string;
  kind: ObservationKind;
  text: string;
  /** The author's person id. */
  by: string;
  /** The host's case it was turned into; null while it is none. */
  caseId: string | null;
  createdSeq: number;
}

/** What a visiting organisation wants to try at home (Mitnehmen). */
export interface TakeHomeItem {
  id: string;
  /** The visiting organisation whose list it is on. */
  orgId: string;
  text: string;
  by: string;
  /** Its organisation when only its members see it; null when everyone does. */
  internalTo: string | null;
  createdSeq: number;
}

/** A peer visit's programme and what came of it, per session. */
export interface Visit {
  /** The tour's stations, in order. */
  stations: Station[];
  /** The station the group is at; null before the tour starts or after it. */
  currentStationId: string | null;
  observations: Observation[];
  takeHome: TakeHomeItem[];
}
