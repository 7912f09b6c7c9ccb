import type {
  ChangeKind,
  AgreementStatus,
  AttendanceStatus,
  AnonymityMode,
  ItemKind,
  NoteList,
  Role,
  VoteTarget,
  Better,
  Decision,
  GoalFit,
  Kept,
  Level,
  MirrorVerdict,
  OutcomeReached,
  PersonFunction,
  Phase,
  SessionKind,
  Side,
  Stage,
} from "./vocabulary.js";
import type { Schedule } from "./schedule/schedule.js";
import type { MarginEffect, RealisedEffect } from "./agreements/effect.js";
import type { Visit } from "./stations/types.js";
import type { TemplateId } from "./templates/builtin.js";

/** A company taking part in the series (Organisation). */
export interface Org {
  id: string;
  name: string;
  createdSeq: number;
}

/** A person taking part in a series, identified by a client-made id. */
export interface Person {
  id: string;
  name: string;
  orgId: string | null;
  function: PersonFunction | null;
  role: Role;
  /**
   * Whether the person's organisation is vouched for — they joined through the
   * organisation's own link, founded it, were moved there by a facilitator, or a
   * member confirmed them. Only then do they see the organisation's internal items.
   */
  orgConfirmed: boolean;
  joinedSeq: number;
}

/** A strategy goal, broken down for Sales and for Operations (Strategisches Ziel). */
export interface Goal {
  id: string;
  orgId: string | null;
  title: string;
  why: string;
  kpiName: string;
  kpiUnit: string;
  baseline: number | null;
  target: number | null;
  better: Better;
  /** ISO date (YYYY-MM-DD) or "". */
  horizon: string;
  salesMeaning: string;
  operationsMeaning: string;
  /** The organisation it is internal to; null when the whole series sees it. */
  internalTo: string | null;
  createdSeq: number;
  /** Scale, optimize or redesign; missing or null when not said (older states have none). */
  changeKind?: ChangeKind | null;
}

/** Something one side wants (Interesse). */
export interface Interest {
  id: string;
  side: Side;
  label: string;
  createdSeq: number;
}

/** Interests that collide in practice; reused across cases and sessions (Interessenkollision). */
export interface Collision {
  id: string;
  interestIds: string[];
  createdSeq: number;
}

/** One meeting of the series (Sitzung). */
export interface Session {
  id: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  place: string;
  kind: SessionKind;
  hostOrgId: string | null;
  phase: Phase;
  /** Set when the session was closed; null while it is open. */
  closedSeq: number | null;
  nextDate: string;
  summary: string;
  /** How contributions name their author, per phase; a missing phase is named. */
  anonymity: Partial<Record<Phase, AnonymityMode>>;
  createdSeq: number;
  /** The dot votes revealed in this session, in order; missing when none was (older states). */
  voteResults?: VoteResult[];
  /** Who was there (Anwesenheit), by person id, as taken at check-in; missing when never taken (older states). */
  attendance?: Record<string, AttendanceStatus>;
  /** The check-in question the facilitator asks; missing or "" when none (older states have none). */
  checkInQuestion?: string;
  /** Each person's answer to the check-in question, by person id; missing when nobody answered. */
  checkInAnswers?: Record<string, string>;
  /** Local start time "HH:MM" in the series' time zone; missing or "" for an all-day session. */
  startTime?: string;
  /** Length in minutes; missing or null when not set. */
  durationMin?: number | null;
  /** A planned session that will not take place (holidays are not guessed: a date is cancelled by hand). */
  cancelled?: boolean;
  /** Agenda items beside the five phases, in order within each place; missing when none (older states). */
  agenda?: AgendaItem[];
  /** The agenda item the room is at; missing or null when it is at the session's phase. */
  agendaStep?: string | null;
  /** Strategic (management) or executive (operations); missing or null when not set (older states). */
  level?: Level | null;
}

/** An item of a session's agenda beside the five phases (Tagesordnungspunkt), e.g. "KPI-Check Liefertreue". */
export interface AgendaItem {
  id: string;
  title: string;
  /** The person who leads it; null for nobody in particular. */
  ownerId: string | null;
  /** Its time box in minutes (1..480). */
  timeBoxMin: number;
  notes: string;
  /** The phase it comes before; null after the last phase. */
  before: Phase | null;
}

/**
 * An item of a template (Vorlage): an agenda item without an id, since each
 * session that starts from the template gets items of its own. The owner is
 * kept by id; a person no longer in the series leaves it without one.
 */
export type TemplateItem = Omit<AgendaItem, "id">;

/** The agenda a series' sessions start from: a built-in template by id, or the series' own, saved from a session. */
export type SeriesTemplate = { kind: "builtin"; id: TemplateId } | { kind: "own"; items: TemplateItem[] };

/** A revealed dot vote, kept with its session after the room moves on. */
export interface VoteResult {
  target: VoteTarget;
  dotsPerPerson: number;
  /** How many people had at least one dot when it was revealed. */
  voters: number;
  /** Dots per item id. */
  totals: Record<string, number>;
}

/** Who wrote a contribution, as far as its anonymity lets the reader know. */
export interface Author {
  side: Side | null;
  orgId: string | null;
}

/** A line in one of a case's look-back lists. */
export interface Note {
  id: string;
  text: string;
  /** The author's person id in the full state; blank where the viewer may not know it. */
  by: string;
  anonymity: AnonymityMode;
  authorSide: Side | null;
  authorOrgId: string | null;
}

/** One person restating the other side's view (Spiegelung). */
export interface Mirror {
  id: string;
  /** The author's person id in the full state; blank where the viewer may not know it. */
  by: string;
  anonymity: AnonymityMode;
  authorSide: Side | null;
  authorOrgId: string | null;
  /** Whose view is restated. */
  ofSide: Side;
  text: string;
  verdict: MirrorVerdict;
  correction: string;
  verdictBy: string | null;
}

/** A concrete situation the series looks back at (Fall / Praxisbeispiel). */
export interface Case {
  id: string;
  /** The session it is on (or in the inbox of); null for none yet. */
  sessionId: string | null;
  title: string;
  description: string;
  presenterId: string | null;
  orgId: string | null;
  /** ISO date of the situation or "". */
  happenedOn: string;
  stage: Stage | null;
  marginImpact: number | null;
  delayDays: number | null;
  customer: string;
  salesView: string;
  operationsView: string;
  wentWell: Note[];
  wentWrong: Note[];
  betterNext: Note[];
  mirrors: Mirror[];
  collisionIds: string[];
  goalIds: string[];
  /** The organisation it is internal to; null when the whole series sees it. */
  internalTo: string | null;
  createdBy: string;
  createdSeq: number;
  /** The sessions it was carried over from at their close, oldest first; missing when never carried. */
  carriedFrom?: string[];
}

/** An owner's status update between sessions. */
export interface StatusUpdate {
  by: string;
  status: AgreementStatus;
  comment: string;
  at: string;
  seq: number;
  /** A KPI value the owner reported with it (an interim report); missing when none. */
  kpiValue?: number | null;
}

/** What both sides agree to do differently (Vereinbarung). */
export interface Agreement {
  id: string;
  text: string;
  level: Level;
  ownerIds: string[];
  /** ISO date or "". */
  due: string;
  goalIds: string[];
  caseId: string | null;
  collisionId: string | null;
  /** The measurable result it aims at. */
  outcome: string;
  status: AgreementStatus;
  updates: StatusUpdate[];
  /** The session it was made in, if any. */
  sessionId: string | null;
  /** The agreement it revises, if any. */
  predecessorId: string | null;
  /** The organisation it is internal to; null when the whole series sees it. */
  internalTo: string | null;
  createdBy: string;
  createdSeq: number;
  /** The expected effect on contribution margin; missing or null when none is stated (older states have none). */
  effect?: MarginEffect | null;
  /** Scale, optimize or redesign; missing or null when not said (older states have none). */
  changeKind?: ChangeKind | null;
  /** The strategic agreement this executive one breaks down; missing or null for none (older states have none). */
  parentId?: string | null;
}

/** The check of one agreement at one session (Überprüfung). */
export interface Review {
  id: string;
  agreementId: string;
  sessionId: string;
  kept: Kept | null;
  outcome: OutcomeReached | null;
  kpiValue: number | null;
  evidence: string;
  /** The margin effect found at this review; missing or null while nothing is said (older states have none). */
  realisedEffect?: RealisedEffect | null;
  fit: Record<string, GoalFit>;
  decision: Decision | null;
  /** The new agreement when the decision was "revise". */
  successorId: string | null;
  updatedSeq: number;
}

/** Who wrote a field last, and at which sequence number. */
export interface FieldEdit {
  by: string;
  seq: number;
}

/** A facilitation timer; time comes only from events (`at`), never from a clock. */
export interface Timer {
  durationMs: number;
  /** What is left when paused or stopped; recomputed from `endsAt` while running. */
  remainingMs: number;
  /** ISO timestamp at which a running timer ends; null while paused or stopped. */
  endsAt: string | null;
  /** Whether the end is signalled (sound, flash). */
  signal: boolean;
}

/** A dot vote of one session. Everyone may know how many voted, never who voted what. */
export interface Voting {
  sessionId: string;
  target: VoteTarget;
  dotsPerPerson: number;
  /** Whether one person may put several dots on one item. */
  stacking: boolean;
  state: "open" | "revealed" | "closed";
  /** Dots per item id, once revealed. */
  totals: Record<string, number> | null;
  /** How many people have at least one dot. */
  voters: number;
}

/** One breakout group working on a case in parallel. */
export interface BreakoutGroup {
  id: string;
  name: string;
  memberIds: string[];
  caseId: string | null;
}

/** Breakout groups of one session. */
export interface Breakout {
  sessionId: string;
  groups: BreakoutGroup[];
}

/** What the facilitator steers live: spotlight, timer, locks, readiness, voting, breakouts. */
export interface Room {
  spotlight: { kind: ItemKind; id: string } | null;
  timer: Timer | null;
  lock: { board: boolean; phases: Phase[] };
  /** Person id -> the step (see `stepKey`) they said they are ready with. */
  ready: Record<string, string>;
  voting: Voting | null;
  breakout: Breakout | null;
}

/** Who removed an item to the trash (Papierkorb), and when. */
export interface Removal {
  /** The remover's person id; blank where the viewer may not know who removed an anonymous contribution. */
  by: string;
  seq: number;
  /** ISO timestamp of the removing event. */
  at: string;
}

/**
 * A removed item kept so that it can be restored, with what its removal let
 * go of elsewhere (links to it), so that a restore ties it back in.
 */
export type TrashEntry =
  | {
      kind: "case";
      removed: Removal;
      item: Case;
      /** Agreements that answered the case. */
      agreementIds: string[];
      edits: Record<string, FieldEdit>;
    }
  | {
      kind: "agreement";
      removed: Removal;
      item: Agreement;
      /** Its reviews, taken out with it. */
      reviews: Review[];
      /** Reviews (by id) whose revision it was. */
      successorOf: string[];
      /** Agreements that revised it. */
      predecessorOf: string[];
      /** Executive agreements that broke it down (missing in older entries). */
      parentOf?: string[];
      edits: Record<string, FieldEdit>;
    }
  | { kind: "note"; removed: Removal; caseId: string; list: NoteList; index: number; item: Note }
  | { kind: "mirror"; removed: Removal; caseId: string; index: number; item: Mirror };

/** Whether the starter interest catalog was offered, taken or skipped. */
export type StarterCatalog = "offered" | "taken" | "skipped";

/** The whole state of one meeting series, rebuilt by folding its events. */
export interface SeriesState {
  id: string;
  name: string;
  createdAt: string;
  seq: number;
  starterCatalog: StarterCatalog;
  orgs: Record<string, Org>;
  people: Record<string, Person>;
  goals: Record<string, Goal>;
  interests: Record<string, Interest>;
  collisions: Record<string, Collision>;
  sessions: Record<string, Session>;
  cases: Record<string, Case>;
  agreements: Record<string, Agreement>;
  reviews: Record<string, Review>;
  /** Last writer per editable field, keyed by `fieldKey(...)`. */
  edits: Record<string, FieldEdit>;
  room: Room;
  /** Ballots of the current vote round: person id -> item id -> dots. */
  votes: Record<string, Record<string, number>>;
  /** When the series meets; missing in series that never set it (read with `scheduleOf`). */
  schedule?: Schedule;
  /** The agenda new sessions start from; missing when none (the five phases alone). */
  template?: SeriesTemplate;
  /** Removed cases, agreements, notes and mirror statements, by `trashKey`; missing when never used (older states). */
  trash?: Record<string, TrashEntry>;
  /** Peer visits' stations, observations and take-home lists, by session id; missing when none (older states). */
  visits?: Record<string, Visit>;
}

export const EntityKind = {
  series: "series",
  org: "org",
  person: "person",
  goal: "goal",
  interest: "interest",
  session: "session",
  case: "case",
  agreement: "agreement",
  review: "review",
} as const;
export type EntityKind = (typeof EntityKind)[keyof typeof EntityKind];

/** The key under which the last writer of one field is kept. */
export function fieldKey(kind: EntityKind, id: string, field: string): string {
  return `${kind}:${id}:${field}`;
}

/** The id of the review of an agreement at a session: one per pair, whoever starts it. */
export function reviewId(sessionId: string, agreementId: string): string {
  return `${sessionId}:${agreementId}`;
}

/** The key of one step of the meeting (a session's phase) that people say they are ready with. */
export function stepKey(sessionId: string, phase: Phase): string {
  return `${sessionId}:${phase}`;
}

/** A room with nothing going on. */
export function emptyRoom(): Room {
  return { spotlight: null, timer: null, lock: { board: false, phases: [] }, ready: {}, voting: null, breakout: null };
}

/** An empty series, before its creating event is applied. */
export function emptySeries(id: string): SeriesState {
  return {
    id,
    name: "",
    createdAt: "",
    seq: 0,
    starterCatalog: "offered",
    orgs: {},
    people: {},
    goals: {},
    interests: {},
    collisions: {},
    sessions: {},
    cases: {},
    agreements: {},
    reviews: {},
    edits: {},
    room: emptyRoom(),
    votes: {},
  };
}
