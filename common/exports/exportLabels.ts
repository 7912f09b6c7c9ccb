import { AgreementFlag } from "../domain/rules/agreements.js";
import type {
  AgreementStatus,
  ChangeKind,
  Decision,
  GoalFit,
  Kept,
  Level,
  OutcomeReached,
  SessionKind,
  Side,
  Stage,
} from "../domain/vocabulary.js";
import { translate, type Language, type MessageKey } from "../i18n/translate.js";

/** The catalog key of each value of a vocabulary; a missing value fails to compile. */
type Keys<T extends string> = Record<T, MessageKey>;

const SESSION_KINDS: Keys<SessionKind> = {
  internal: "sessions.kind.internal",
  workshop: "sessions.kind.workshop",
  peer_visit: "sessions.kind.peerVisit",
};

const SIDES: Keys<Side> = {
  sales: "meeting.side.sales",
  operations: "meeting.side.operations",
  shared: "meeting.side.shared",
};

const STAGES: Keys<Stage> = {
  inquiry: "cases.stage.inquiry",
  quote: "cases.stage.quote",
  order_clarification: "cases.stage.orderClarification",
  planning: "cases.stage.planning",
  production: "cases.stage.production",
  delivery: "cases.stage.delivery",
  invoicing: "cases.stage.invoicing",
  service: "cases.stage.service",
};

const LEVELS: Keys<Level> = { strategic: "agreements.level.strategic", operational: "agreements.level.operational" };

const CHANGE_KINDS: Keys<ChangeKind> = {
  scale: "changeKind.scale",
  optimize: "changeKind.optimize",
  redesign: "changeKind.redesign",
};

/** A kind of change (scale / optimize / redesign); "" when none is stated. */
export function changeKindLabel(kind: ChangeKind | null | undefined, lang: Language): string {
  return kind ? translate(lang, CHANGE_KINDS[kind]) : "";
}

const STATUSES: Keys<AgreementStatus> = {
  open: "agreements.status.open",
  in_progress: "agreements.status.inProgress",
  done: "agreements.status.done",
};

/** How an agreement's status reads once a review closed, revised or dropped it. */
const SETTLED: Keys<Decision> = {
  close: "agreements.settled.close",
  continue: "agreements.status.inProgress",
  revise: "agreements.settled.revise",
  drop: "agreements.settled.drop",
};

const KEPT: Keys<Kept> = { kept: "review.kept.kept", partly: "review.kept.partly", not: "review.kept.not" };

const OUTCOMES: Keys<OutcomeReached> = {
  yes: "review.outcome.yes",
  partly: "review.outcome.partly",
  no: "review.outcome.no",
};

const FITS: Keys<GoalFit> = {
  supports: "review.fit.supports",
  neutral: "review.fit.neutral",
  conflicts: "review.fit.conflicts",
};

const DECISIONS: Keys<Decision> = {
  close: "review.decision.close",
  continue: "review.decision.continue",
  revise: "review.decision.revise",
  drop: "review.decision.drop",
};

const FLAGS: Keys<AgreementFlag> = {
  [AgreementFlag.noGoal]: "agreements.flag.noGoal",
  [AgreementFlag.noOwner]: "agreements.flag.noOwner",
  [AgreementFlag.ownersOneSided]: "agreements.flag.ownersOneSided",
  [AgreementFlag.noOutcome]: "agreements.flag.noOutcome",
  [AgreementFlag.outcomeNotMeasurable]: "agreements.flag.outcomeNotMeasurable",
  [AgreementFlag.outcomeIsActivity]: "agreements.flag.outcomeIsActivity",
  [AgreementFlag.overdue]: "agreements.flag.overdue",
};

/** The name of a session kind ("Erfahrungsworkshop"). */
export function sessionKindLabel(kind: SessionKind, lang: Language): string {
  return translate(lang, SESSION_KINDS[kind]);
}

/** The name of a side of the table ("Produktion"). */
export function sideLabel(side: Side, lang: Language): string {
  return translate(lang, SIDES[side]);
}

/** The name of an order-to-cash stage. */
export function stageLabel(stage: Stage, lang: Language): string {
  return translate(lang, STAGES[stage]);
}

/** The name of an agreement's level. */
export function levelLabel(level: Level, lang: Language): string {
  return translate(lang, LEVELS[level]);
}

/** An agreement's status as the board shows it: the settling decision wins over the owners' status. */
export function statusLabel(status: AgreementStatus, settledBy: Decision | null, lang: Language): string {
  return translate(lang, settledBy === null ? STATUSES[status] : SETTLED[settledBy]);
}

/** The name of a "kept?" verdict. */
export function keptLabel(kept: Kept, lang: Language): string {
  return translate(lang, KEPT[kept]);
}

/** The name of an "outcome reached?" verdict. */
export function outcomeLabel(outcome: OutcomeReached, lang: Language): string {
  return translate(lang, OUTCOMES[outcome]);
}

/** The name of a goal fit. */
export function fitLabel(fit: GoalFit, lang: Language): string {
  return translate(lang, FITS[fit]);
}

/** The name of a review decision. */
export function decisionLabel(decision: Decision, lang: Language): string {
  return translate(lang, DECISIONS[decision]);
}

/** The badge text of an agreement flag. */
export function flagLabel(flag: AgreementFlag, lang: Language): string {
  return translate(lang, FLAGS[flag]);
}
