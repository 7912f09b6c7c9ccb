import { AgreementFlag } from "../domain/rules/agreements.js";
import type {
  AgreementStatus,
  Decision,
  GoalFit,
  Kept,
  Level,
  OutcomeReached,
  SessionKind,
  Side,
  Stage,
} from "../domain/vocabulary.js";
import type { ExportLanguage } from "./exportTexts.js";

/** One name per value of a vocabulary, in both languages; a missing value fails to compile. */
type Names<T extends string> = Record<ExportLanguage, Record<T, string>>;

const SESSION_KINDS: Names<SessionKind> = {
  de: { internal: "Interne Runde", workshop: "Erfahrungsworkshop", peer_visit: "Betriebsbesuch" },
  en: { internal: "Internal review", workshop: "Experience workshop", peer_visit: "Peer visit" },
};

const SIDES: Names<Side> = {
  de: { sales: "Vertrieb", operations: "Produktion", shared: "Gemeinsam" },
  en: { sales: "Sales", operations: "Operations", shared: "Shared" },
};

const STAGES: Names<Stage> = {
  de: {
    inquiry: "Anfrage",
    quote: "Angebot",
    order_clarification: "Auftragsklärung",
    planning: "Planung",
    production: "Produktion",
    delivery: "Logistik/Lieferung",
    invoicing: "Rechnung",
    service: "Service/Reklamation",
  },
  en: {
    inquiry: "Inquiry",
    quote: "Quote",
    order_clarification: "Order clarification",
    planning: "Planning",
    production: "Production",
    delivery: "Logistics/delivery",
    invoicing: "Invoicing",
    service: "Service/complaint",
  },
};

const LEVELS: Names<Level> = {
  de: { strategic: "Strategisch", operational: "Operativ" },
  en: { strategic: "Strategic", operational: "Operational" },
};

const STATUSES: Names<AgreementStatus> = {
  de: { open: "Offen", in_progress: "In Arbeit", done: "Erledigt" },
  en: { open: "Open", in_progress: "In progress", done: "Done" },
};

/** How an agreement's status reads once a review closed, revised or dropped it. */
const SETTLED: Names<Decision> = {
  de: { close: "Abgeschlossen", continue: "In Arbeit", revise: "Überarbeitet", drop: "Verworfen" },
  en: { close: "Closed", continue: "In progress", revise: "Revised", drop: "Dropped" },
};

const KEPT: Names<Kept> = {
  de: { kept: "Eingehalten", partly: "Teilweise", not: "Nicht" },
  en: { kept: "Kept", partly: "Partly", not: "Not kept" },
};

const OUTCOMES: Names<OutcomeReached> = {
  de: { yes: "Ja", partly: "Teilweise", no: "Nein" },
  en: { yes: "Yes", partly: "Partly", no: "No" },
};

const FITS: Names<GoalFit> = {
  de: { supports: "Unterstützt", neutral: "Neutral", conflicts: "Widerspricht" },
  en: { supports: "Supports", neutral: "Neutral", conflicts: "Conflicts" },
};

const DECISIONS: Names<Decision> = {
  de: { close: "Abschließen", continue: "Fortführen", revise: "Überarbeiten", drop: "Verwerfen" },
  en: { close: "Close", continue: "Continue", revise: "Revise", drop: "Drop" },
};

const FLAGS: Names<AgreementFlag> = {
  de: {
    [AgreementFlag.noGoal]: "Keine strategische Grundlage",
    [AgreementFlag.noOwner]: "Niemand verantwortlich",
    [AgreementFlag.ownersOneSided]: "Nur eine Seite verantwortlich",
    [AgreementFlag.noOutcome]: "Kein Ergebnis",
    [AgreementFlag.outcomeNotMeasurable]: "Ergebnis nicht messbar",
    [AgreementFlag.outcomeIsActivity]: "Aktivität statt Ergebnis",
    [AgreementFlag.overdue]: "Überfällig",
  },
  en: {
    [AgreementFlag.noGoal]: "No strategic basis",
    [AgreementFlag.noOwner]: "No owner",
    [AgreementFlag.ownersOneSided]: "Owners from one side only",
    [AgreementFlag.noOutcome]: "No outcome",
    [AgreementFlag.outcomeNotMeasurable]: "Outcome not measurable",
    [AgreementFlag.outcomeIsActivity]: "Activity, not outcome",
    [AgreementFlag.overdue]: "Overdue",
  },
};

/** The name of a session kind ("Erfahrungsworkshop"). */
export function sessionKindLabel(kind: SessionKind, lang: ExportLanguage): string {
  return SESSION_KINDS[lang][kind];
}

/** The name of a side of the table ("Produktion"). */
export function sideLabel(side: Side, lang: ExportLanguage): string {
  return SIDES[lang][side];
}

/** The name of an order-to-cash stage. */
export function stageLabel(stage: Stage, lang: ExportLanguage): string {
  return STAGES[lang][stage];
}

/** The name of an agreement's level. */
export function levelLabel(level: Level, lang: ExportLanguage): string {
  return LEVELS[lang][level];
}

/** An agreement's status as the board shows it: the settling decision wins over the owners' status. */
export function statusLabel(status: AgreementStatus, settledBy: Decision | null, lang: ExportLanguage): string {
  return settledBy === null ? STATUSES[lang][status] : SETTLED[lang][settledBy];
}

/** The name of a "kept?" verdict. */
export function keptLabel(kept: Kept, lang: ExportLanguage): string {
  return KEPT[lang][kept];
}

/** The name of an "outcome reached?" verdict. */
export function outcomeLabel(outcome: OutcomeReached, lang: ExportLanguage): string {
  return OUTCOMES[lang][outcome];
}

/** The name of a goal fit. */
export function fitLabel(fit: GoalFit, lang: ExportLanguage): string {
  return FITS[lang][fit];
}

/** The name of a review decision. */
export function decisionLabel(decision: Decision, lang: ExportLanguage): string {
  return DECISIONS[lang][decision];
}

/** The badge text of an agreement flag. */
export function flagLabel(flag: AgreementFlag, lang: ExportLanguage): string {
  return FLAGS[lang][flag];
}
