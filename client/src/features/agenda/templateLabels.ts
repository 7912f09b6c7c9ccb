import { nanoid } from "nanoid";
import { BUILTIN_TEMPLATES } from "@common/domain/templates/builtin.js";
import { agendaFromTemplate } from "@common/domain/templates/fromTemplate.js";
import type { AgendaItem, SeriesState, SeriesTemplate } from "@common/domain/types.js";
import type { Language, MessageKey } from "@common/i18n/translate.js";

/** The catalog key of a template's name: a built-in one's, or the series' own. */
export function templateNameKey(template: SeriesTemplate): MessageKey {
  return template.kind === "builtin" ? BUILTIN_TEMPLATES[template.id].nameKey : "templates.own";
}

/** The agenda a new session starts with: the series' template under fresh ids, in the reader's language. */
export function newSessionAgenda(state: SeriesState, language: Language): AgendaItem[] {
  return agendaFromTemplate(state, state.template, nanoid, language);
}
