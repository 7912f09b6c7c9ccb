import type { agendaDe } from "./agenda.de.js";

/** English text of the agenda items beside the five phases (merged into the English catalog). */
export const agendaEn = {
  "agenda.title": "Agenda items",
  "agenda.intro":
    "The five phases stay the backbone. Add items such as “KPI check on-time delivery” with a time box and an owner between the phases.",
  "agenda.empty": "No additional agenda items yet.",
  "agenda.field.title": "Title",
  "agenda.field.title.placeholder": "e.g. KPI check on-time delivery",
  "agenda.field.owner": "Owner",
  "agenda.field.owner.none": "– nobody –",
  "agenda.field.timeBox": "Time box (minutes)",
  "agenda.field.notes": "Notes",
  "agenda.field.place": "Place",
  "agenda.place.before": "before {phase}",
  "agenda.place.end": "after the close",
  "agenda.add": "Add item",
  "agenda.remove": "Remove",
  "agenda.moveUp": "Move up",
  "agenda.moveDown": "Move down",
  "agenda.minutes": "{minutes} min",
  "agenda.step": "Agenda item",
  "agenda.current": "Now: {title}",
  "agenda.owner": "Owner: {name}",
  "agenda.timer": "Set the timer to {minutes} min",
  "agenda.backToPhase": "Back to the phase {phase}",
  "agenda.timeBox.invalid": "The time box is between 1 and 480 minutes.",
} satisfies Record<keyof typeof agendaDe, string>;
