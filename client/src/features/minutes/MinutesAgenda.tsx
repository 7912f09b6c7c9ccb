import { agendaItemFacts, phaseLabel } from "@common/exports/minutesAgenda.js";
import { translate, type Language } from "@common/i18n/translate.js";
import type { Minutes } from "@common/exports/minutesModel.js";

/** The session's agenda in the printable minutes, when it had items beside the five phases. */
export function MinutesAgenda({ minutes, lang }: { minutes: Minutes; lang: Language }) {
  if (minutes.agenda.length === 0) return null;
  return (
    <section className="minutes-part" data-testid="minutes-agenda">
      <h2>{translate(lang, "sessions.agenda")}</h2>
      <ol>
        {minutes.agenda.map((step, i) =>
          step.kind === "phase" ? (
            <li key={step.phase}>{phaseLabel(step.phase, lang)}</li>
          ) : (
            <li key={`item-${i}`}>
              <strong>{step.title}</strong> ({agendaItemFacts(step, lang)})
              {step.notes.trim() !== "" && <> – {step.notes}</>}
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
