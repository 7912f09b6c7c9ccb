import type { MarginEffect, RealisedEffect } from "../domain/agreements/effect.js";
import type { MinutesAgendaStep } from "./minutesAgenda.js";
import type { MinutesVisit } from "./minutesVisit.js";
import type { AgreementFlag } from "../domain/rules/agreements.js";
import type {
  AgreementStatus,
  ChangeKind,
  Decision,
  GoalFit,
  Kept,
  Level,
  MirrorVerdict,
  OutcomeReached,
  SessionKind,
  Side,
  Stage,
  VoteTarget,
} from "../domain/vocabulary.js";

/**
 * Who wrote a note or mirror statement, as far as the minutes may say: a name
 * only for named contributions; otherwise the side/organisation label the
 * state carries, or nothing at all.
 */
export type Attribution =
  { kind: "named"; name: string } | { kind: "side"; side: Side | null; org: string | null } | { kind: "unnamed" };

/** Why someone is listed as taking part (attendance itself is not stored). */
export const AttendanceSource = {
  presentedCase: "presented_case",
  namedContribution: "named_contribution",
  answeredMirror: "answered_mirror",
  madeAgreement: "made_agreement",
  ownsAgreement: "owns_agreement",
  recordedReview: "recorded_review",
  statusUpdate: "status_update",
  wroteSummary: "wrote_summary",
  markedReady: "marked_ready",
} as const;
export type AttendanceSource = (typeof AttendanceSource)[keyof typeof AttendanceSource];

export interface MinutesAttendee {
  name: string;
  org: string | null;
  side: Side | null;
  /** Every reason found, in the order of `AttendanceSource`. */
  via: AttendanceSource[];
}

/** One person of the attendance list. */
export interface MinutesPerson {
  name: string;
  org: string | null;
  side: Side | null;
}

/** The attendance taken at check-in, each list by organisation, then side, then name. */
export interface MinutesAttendance {
  present: MinutesPerson[];
  excused: MinutesPerson[];
  guests: MinutesPerson[];
}

export interface MinutesNote {
  text: string;
  author: Attribution;
}

export interface MinutesMirror {
  author: Attribution;
  /** Whose view is restated. */
  ofSide: Side;
  text: string;
  verdict: MirrorVerdict;
  correction: string;
  /** Who confirmed or corrected it; null while open or when unknown. */
  answeredBy: string | null;
}

export interface MinutesCase {
  id: string;
  title: string;
  description: string;
  presenter: string | null;
  org: string | null;
  happenedOn: string;
  stage: Stage | null;
  marginImpact: number | null;
  delayDays: number | null;
  customer: string;
  salesView: string;
  operationsView: string;
  wentWell: MinutesNote[];
  wentWrong: MinutesNote[];
  betterNext: MinutesNote[];
  mirrors: MinutesMirror[];
  /** Each collision as the labels of its interests. */
  collisions: string[][];
  /** Titles of the goals affected. */
  goals: string[];
}

export interface MinutesAgreement {
  id: string;
  text: string;
  level: Level;
  owners: string[];
  /** ISO date or "". */
  due: string;
  goals: string[];
  outcome: string;
  status: AgreementStatus;
  /** The decision of a later review that closed, revised or dropped it. */
  settledBy: Decision | null;
  caseTitle: string | null;
  collision: string[] | null;
  /** The text of the agreement it revises. */
  replaces: string | null;
  /** What the board flags about it as of the session (missing goal, owner, outcome …; never "overdue"). */
  flags: AgreementFlag[];
  /** The expected effect on contribution margin; null when none is stated. */
  effect: MarginEffect | null;
  /** Scale, optimize or redesign; null when not stated. */
  changeKind: ChangeKind | null;
  /** The text of the strategic agreement it breaks down; null for none (or one the reader may not see). */
  breaksDown: string | null;
}

/** How one executive agreement under a reviewed strategic one did: status and its latest review's verdicts. */
export interface MinutesChildProgress {
  text: string;
  status: AgreementStatus;
  settledBy: Decision | null;
  kept: Kept | null;
  outcome: OutcomeReached | null;
  /** False when it was never reviewed. */
  reviewed: boolean;
}

export interface MinutesReview {
  agreementId: string;
  agreementText: string;
  kept: Kept | null;
  outcome: OutcomeReached | null;
  kpiValue: number | null;
  evidence: string;
  /** The realised effect on contribution margin (or why it is not measurable); null when nothing was said. */
  realisedEffect: RealisedEffect | null;
  fits: { goal: string; fit: GoalFit }[];
  decision: Decision | null;
  /** The text of the new version when the decision was "revise". */
  successorText: string | null;
  /** How the executive agreements that break a strategic one down did; empty for none. */
  children: MinutesChildProgress[];
}

/** The round at the check-in: the question, and each answer with its author's name, in the order they joined. */
export interface MinutesCheckIn {
  question: string;
  answers: { name: string; text: string }[];
}

/** Everything the minutes of one session say, before it is put into words of a language. */
export interface Minutes {
  seriesName: string;
  session: {
    id: string;
    /** ISO date. */
    date: string;
    place: string;
    /** "HH:MM" or "" for none. */
    startTime: string;
    durationMin: number | null;
    kind: SessionKind;
    hostOrg: string | null;
    closed: boolean;
    /** Strategic or executive; null when not set. */
    level: Level | null;
  };
  /** Who took part as derived from contributions; read only when `attendance` is null. */
  attendees: MinutesAttendee[];
  /** The attendance taken at check-in; null when none was taken. */
  attendance: MinutesAttendance | null;
  /** The check-in question and who answered what; null when none was asked. */
  checkIn: MinutesCheckIn | null;
  /** The agenda in order when the session had items beside the five phases; empty when not. */
  agenda: MinutesAgendaStep[];
  /** A peer visit's tour, observations and take-home lists; null for other sessions. */
  visit: MinutesVisit | null;
  reviews: MinutesReview[];
  cases: MinutesCase[];
  agreements: MinutesAgreement[];
  summary: string;
  /** ISO date or "". */
  nextDate: string;
  /** The dot votes revealed in the session, in order. */
  votes: MinutesVote[];
}

/** One revealed dot vote: its items, most dots first (equal dots share a place). */
export interface MinutesVote {
  target: VoteTarget;
  dotsPerPerson: number;
  voters: number;
  items: { place: number; title: string; total: number }[];
}
