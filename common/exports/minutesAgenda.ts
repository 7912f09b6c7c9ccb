import { agendaOf, agendaSteps } from "../domain/agenda/order.js";
import type { SeriesState, Session } from "../domain/types.js";
import type { Phase } from "../domain/vocabulary.js";
import { translate, type Language, type MessageKey } from "../i18n/translate.js";
import { mdInline } from "./markdownText.js";

const PHASE_KEYS: Record<Phase, MessageKey> = {
  check_in: "sessions.phase.checkIn",
  review: "sessions.phase.review",
  cases: "sessions.phase.cases",
  agreements: "sessions.phase.agreements",
  close: "sessions.phase.close",
};

/** The name of a phase ("Review"). */
export function phaseLabel(phase: Phase, lang: Language): string {
  return translate(lang, PHASE_KEYS[phase]);
}

/** One step of the agenda in the minutes: a phase, or an item with its owner's name. */
export type MinutesAgendaStep =
  | { kind: "phase"; phase: Phase }
  | { kind: "item"; title: string; owner: string | null; timeBoxMin: number; notes: string };

/** The session's agenda in order when it has items beside the five phases; empty when it has none. */
export function minutesAgenda(state: SeriesState, session: Session): MinutesAgendaStep[] {
  if (agendaOf(session).length === 0) return [];
  return agendaSteps(session).map((step) =>
    step.kind === "phase"
      ? step
      : {
          kind: "item",
          title: step.item.title,
          owner: step.item.ownerId === null ? null : (state.people[step.item.ownerId]?.name ?? null),
          timeBoxMin: step.item.timeBoxMin,
          notes: step.item.notes,
        },
  );
}

/** How one item reads: its time box and owner. */
export function agendaItemFacts(step: Extract<MinutesAgendaStep, { kind: "item" }>, lang: Language): string {
  const minutes = translate(lang, "agenda.minutes", { minutes: step.timeBoxMin });
  return step.owner === null ? minutes : `${minutes}, ${translate(lang, "agenda.owner", { name: step.owner })}`;
}

/** The agenda as a Markdown part; nothing when the session kept to the five phases. */
export function agendaMarkdown(agenda: readonly MinutesAgendaStep[], lang: Language): string[] {
  if (agenda.length === 0) return [];
  return [
    `## ${translate(lang, "sessions.agenda")}`,
    "",
    ...agenda.map((step, i) =>
      step.kind === "phase"
        ? `${i + 1}. ${phaseLabel(step.phase, lang)}`
        : `${i + 1}. **${mdInline(step.title)}** (${agendaItemFacts(step, lang)})${step.notes.trim() === "" ? "" : ` – ${mdInline(step.notes)}`}`,
    ),
    "",
  ];
}
