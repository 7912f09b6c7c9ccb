import type { MessageKey } from "../../i18n/translate.js";
import { Phase } from "../vocabulary.js";

/** The agendas Einklang brings along, by id. */
export const TemplateId = {
  sopMonthly: "sop_monthly",
  experienceWorkshop: "experience_workshop",
  peerVisit: "peer_visit",
  strategyRetreat: "strategy_retreat",
} as const;
export type TemplateId = (typeof TemplateId)[keyof typeof TemplateId];
export const TEMPLATE_IDS: readonly TemplateId[] = Object.values(TemplateId);

/** An item of a built-in template: its title and notes are catalog keys, read in the language of whoever applies it. */
export interface BuiltinTemplateItem {
  titleKey: MessageKey;
  notesKey: MessageKey;
  timeBoxMin: number;
  before: Phase | null;
}

/** A built-in template: its name (a catalog key) and its items around the five phases, in agenda order. */
export interface BuiltinTemplate {
  nameKey: MessageKey;
  items: readonly BuiltinTemplateItem[];
}

/**
 * The built-in templates. The five phases stay the backbone of each; the
 * items say what a format adds around them: the monthly round checks the
 * KPIs before the review, the workshop collects interests before the cases
 * (the order of the practitioners' workshops), the peer visit tours, notes
 * what the visitors saw and what each takes home, the retreat confirms the
 * strategy and breaks it down before anything is reviewed.
 */
export const BUILTIN_TEMPLATES: Readonly<Record<TemplateId, BuiltinTemplate>> = {
  [TemplateId.sopMonthly]: {
    nameKey: "template.sop_monthly",
    items: [
      {
        titleKey: "template.sop_monthly.kpi",
        notesKey: "template.sop_monthly.kpi.notes",
        timeBoxMin: 15,
        before: Phase.review,
      },
    ],
  },
  [TemplateId.experienceWorkshop]: {
    nameKey: "template.experience_workshop",
    items: [
      {
        titleKey: "template.experience_workshop.interests",
        notesKey: "template.experience_workshop.interests.notes",
        timeBoxMin: 30,
        before: Phase.cases,
      },
      {
        titleKey: "template.experience_workshop.collisions",
        notesKey: "template.experience_workshop.collisions.notes",
        timeBoxMin: 15,
        before: Phase.cases,
      },
    ],
  },
  [TemplateId.peerVisit]: {
    nameKey: "template.peer_visit",
    items: [
      {
        titleKey: "template.peer_visit.tour",
        notesKey: "template.peer_visit.tour.notes",
        timeBoxMin: 60,
        before: Phase.review,
      },
      {
        titleKey: "template.peer_visit.observations",
        notesKey: "template.peer_visit.observations.notes",
        timeBoxMin: 30,
        before: Phase.review,
      },
      {
        titleKey: "template.peer_visit.takeHome",
        notesKey: "template.peer_visit.takeHome.notes",
        timeBoxMin: 20,
        before: Phase.close,
      },
    ],
  },
  [TemplateId.strategyRetreat]: {
    nameKey: "template.strategy_retreat",
    items: [
      {
        titleKey: "template.strategy_retreat.strategy",
        notesKey: "template.strategy_retreat.strategy.notes",
        timeBoxMin: 45,
        before: Phase.review,
      },
      {
        titleKey: "template.strategy_retreat.breakdown",
        notesKey: "template.strategy_retreat.breakdown.notes",
        timeBoxMin: 45,
        before: Phase.review,
      },
      {
        titleKey: "template.strategy_retreat.outlook",
        notesKey: "template.strategy_retreat.outlook.notes",
        timeBoxMin: 15,
        before: null,
      },
    ],
  },
};
