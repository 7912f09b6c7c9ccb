import { translate, type Language } from "../../i18n/translate.js";
import type { AgendaItem, SeriesState, SeriesTemplate, TemplateItem } from "../types.js";
import { BUILTIN_TEMPLATES } from "./builtin.js";

/** The items of a template in agenda order; a built-in one's titles and notes in the given language. */
export function templateItems(template: SeriesTemplate | null | undefined, language: Language): TemplateItem[] {
  if (!template) return [];
  if (template.kind === "own") return template.items.map((item) => ({ ...item }));
  return BUILTIN_TEMPLATES[template.id].items.map((item) => ({
    title: translate(language, item.titleKey),
    ownerId: null,
    timeBoxMin: item.timeBoxMin,
    notes: translate(language, item.notesKey),
    before: item.before,
  }));
}

/**
 * A session's agenda from a template: each item under a new id from `newId`
 * (the client's, so that the command carries them and every replica applies
 * the same items); an owner no longer in the series leaves the item without one.
 */
export function agendaFromTemplate(
  state: SeriesState,
  template: SeriesTemplate | null | undefined,
  newId: () => string,
  language: Language,
): AgendaItem[] {
  return templateItems(template, language).map((item) => ({
    ...item,
    id: newId(),
    ownerId: item.ownerId !== null && Object.hasOwn(state.people, item.ownerId) ? item.ownerId : null,
  }));
}

/** A session's agenda as a template: its items in order, without their ids. */
export function templateFromAgenda(agenda: readonly AgendaItem[]): TemplateItem[] {
  return agenda.map(({ id: _id, ...item }) => item);
}
