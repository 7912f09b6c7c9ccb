/** A person taking part in a series, identified by a client-made id. */
export interface Person {
  id: string;
  name: string;
  joinedSeq: number;
}

/** A concrete situation the series looks back at (Fall / Praxisbeispiel). */
export interface Case {
  id: string;
  title: string;
  description: string;
  createdBy: string;
  createdSeq: number;
}

/** What both sides agree to do differently (Vereinbarung). */
export interface Agreement {
  id: string;
  text: string;
  caseId: string | null;
  createdBy: string;
  createdSeq: number;
}

/** Who wrote a field last, and at which sequence number. */
export interface FieldEdit {
  by: string;
  seq: number;
}

/** The whole state of one meeting series, rebuilt by folding its events. */
export interface SeriesState {
  id: string;
  name: string;
  createdAt: string;
  seq: number;
  people: Record<string, Person>;
  cases: Record<string, Case>;
  agreements: Record<string, Agreement>;
  /** Last writer per editable field, keyed by `fieldKey(...)`. */
  edits: Record<string, FieldEdit>;
}

export const EntityKind = {
  series: "series",
  case: "case",
  agreement: "agreement",
} as const;
export type EntityKind = (typeof EntityKind)[keyof typeof EntityKind];

/** The key under which the last writer of one field is kept. */
export function fieldKey(kind: EntityKind, id: string, field: string): string {
  return `${kind}:${id}:${field}`;
}

/** An empty series, before its creating event is applied. */
export function emptySeries(id: string): SeriesState {
  return { id, name: "", createdAt: "", seq: 0, people: {}, cases: {}, agreements: {}, edits: {} };
}
