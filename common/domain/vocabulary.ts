/** The two sides of the table, plus what both share. */
export const Side = { sales: "sales", operations: "operations", shared: "shared" } as const;
export type Side = (typeof Side)[keyof typeof Side];

/** What a person does; it decides their side. */
export const PersonFunction = {
  sales: "sales",
  salesOperations: "sales_operations",
  operations: "operations",
  logistics: "logistics",
  management: "management",
  other: "other",
} as const;
export type PersonFunction = (typeof PersonFunction)[keyof typeof PersonFunction];

export const SessionKind = { internal: "internal", workshop: "workshop", peerVisit: "peer_visit" } as const;
export type SessionKind = (typeof SessionKind)[keyof typeof SessionKind];

/** Agenda phases, in the order the facilitator steps through them. */
export const Phase = {
  checkIn: "check_in",
  review: "review",
  cases: "cases",
  agreements: "agreements",
  close: "close",
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
export const PHASES: readonly Phase[] = Object.values(Phase);

/** What a person may do in a series: run it, take part, or only watch. */
export const Role = { facilitator: "facilitator", participant: "participant", observer: "observer" } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/**
 * How contributions of one phase name their author: by name, by side and
 * organisation only (e.g. "Operations, Firma B"), or not at all.
 */
export const AnonymityMode = { named: "named", side: "side", anonymous: "anonymous" } as const;
export type AnonymityMode = (typeof AnonymityMode)[keyof typeof AnonymityMode];

/** Items that can be spotlighted and made internal to one organisation. */
export const ItemKind = { case: "case", agreement: "agreement", goal: "goal" } as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

/** What can be removed to the trash (Papierkorb) and restored from it. */
export const TrashKind = { case: "case", agreement: "agreement", note: "note", mirror: "mirror" } as const;
export type TrashKind = (typeof TrashKind)[keyof typeof TrashKind];

/** What a dot vote picks from. */
export const VoteTarget = { cases: "cases", agreements: "agreements" } as const;
export type VoteTarget = (typeof VoteTarget)[keyof typeof VoteTarget];

/** Stages of the order-to-cash cycle (a cycle: after service comes the next inquiry). */
export const Stage = {
  inquiry: "inquiry",
  quote: "quote",
  orderClarification: "order_clarification",
  planning: "planning",
  production: "production",
  delivery: "delivery",
  invoicing: "invoicing",
  service: "service",
} as const;
export type Stage = (typeof Stage)[keyof typeof Stage];
export const STAGES: readonly Stage[] = Object.values(Stage);

/** The three lists of a case's look back. */
export const NoteList = { wentWell: "went_well", wentWrong: "went_wrong", betterNext: "better_next" } as const;
export type NoteList = (typeof NoteList)[keyof typeof NoteList];

export const MirrorVerdict = { open: "open", confirmed: "confirmed", corrected: "corrected" } as const;
export type MirrorVerdict = (typeof MirrorVerdict)[keyof typeof MirrorVerdict];

/** Whether a person was at a session (Anwesenheit); someone not recorded has no entry. */
export const AttendanceStatus = { present: "present", excused: "excused", guest: "guest" } as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

export const Better = { higher: "higher", lower: "lower" } as const;
export type Better = (typeof Better)[keyof typeof Better];

/** The kind of change a goal or agreement aims at (Art der Veränderung): more of what works, make it work better, change the approach. */
export const ChangeKind = { scale: "scale", optimize: "optimize", redesign: "redesign" } as const;
export type ChangeKind = (typeof ChangeKind)[keyof typeof ChangeKind];

export const Level = { strategic: "strategic", operational: "operational" } as const;
export type Level = (typeof Level)[keyof typeof Level];

export const AgreementStatus = { open: "open", inProgress: "in_progress", done: "done" } as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];

/** Review verdicts. */
export const Kept = { kept: "kept", partly: "partly", not: "not" } as const;
export type Kept = (typeof Kept)[keyof typeof Kept];

export const OutcomeReached = { yes: "yes", partly: "partly", no: "no" } as const;
export type OutcomeReached = (typeof OutcomeReached)[keyof typeof OutcomeReached];

export const GoalFit = { supports: "supports", neutral: "neutral", conflicts: "conflicts" } as const;
export type GoalFit = (typeof GoalFit)[keyof typeof GoalFit];

export const Decision = { close: "close", continue: "continue", revise: "revise", drop: "drop" } as const;
export type Decision = (typeof Decision)[keyof typeof Decision];

/** Decisions after which an agreement is no longer due for review. */
export const FINAL_DECISIONS: readonly Decision[] = [Decision.close, Decision.revise, Decision.drop];

/** The side a person's function puts them on (management and others sit on neither). */
export function sideOfFunction(fn: PersonFunction | null): Side | null {
  switch (fn) {
    case PersonFunction.sales:
    case PersonFunction.salesOperations:
      return Side.sales;
    case PersonFunction.operations:
    case PersonFunction.logistics:
      return Side.operations;
    case PersonFunction.management:
    case PersonFunction.other:
    case null:
      return null;
  }
}
