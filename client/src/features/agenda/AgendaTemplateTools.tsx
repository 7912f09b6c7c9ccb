import { nanoid } from "nanoid";
import { useId, useState } from "react";
import { agendaOf } from "@common/domain/agenda/order.js";
import { TemplateId } from "@common/domain/templates/builtin.js";
import { agendaFromTemplate, templateFromAgenda } from "@common/domain/templates/fromTemplate.js";
import type { SeriesState, SeriesTemplate, Session } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { templateNameKey } from "./templateLabels.js";

const SERIES = "series";

/** Whether the series' own template is this agenda (its items without ids, in order). */
function isSeriesTemplate(state: SeriesState, session: Session): boolean {
  const template = state.template;
  if (template?.kind !== "own") return false;
  const agenda = templateFromAgenda(agendaOf(session));
  return (
    agenda.length === template.items.length &&
    agenda.every((item, i) => {
      const saved = template.items[i];
      return (
        saved !== undefined &&
        saved.title === item.title &&
        saved.ownerId === item.ownerId &&
        saved.timeBoxMin === item.timeBoxMin &&
        saved.notes === item.notes &&
        saved.before === item.before
      );
    })
  );
}

/**
 * In the agenda editor: an agenda without items is filled from a template
 * (the series' one or a built-in one); an agenda with items can become the
 * series' template.
 */
export function AgendaTemplateTools({ state, session }: { state: SeriesState; session: Session }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const language = useAppStore((s) => s.ui.language);
  const [choice, setChoice] = useState<string>(state.template ? SERIES : TemplateId.sopMonthly);
  const agenda = agendaOf(session);

  if (agenda.length > 0) {
    const saved = isSeriesTemplate(state, session);
    return (
      <div className="agenda-template" data-testid="agenda-template">
        {saved ? (
          <p className="agenda-template-saved" data-testid="agenda-template-saved">
            {t("templates.saved")}
          </p>
        ) : (
          <>
            <button
              type="button"
              className="button-secondary"
              data-testid="agenda-template-save"
              onClick={() => sync.send({ type: "template.save", sessionId: session.id })}
            >
              {t("templates.save")}
            </button>
            <p className="agenda-template-hint">{t("templates.save.hint")}</p>
          </>
        )}
      </div>
    );
  }

  const builtin = Object.values(TemplateId);
  const chosen: SeriesTemplate | undefined =
    choice === SERIES
      ? state.template
      : { kind: "builtin", id: builtin.find((b) => b === choice) ?? TemplateId.sopMonthly };

  function apply(): void {
    const items = agendaFromTemplate(state, chosen, nanoid, language);
    if (items.length === 0) return;
    sync.send({ type: "template.apply", sessionId: session.id, items });
  }

  return (
    <div className="agenda-template" data-testid="agenda-template">
      <label htmlFor={`${id}-template`}>{t("templates.apply.label")}</label>
      <select
        id={`${id}-template`}
        data-testid="agenda-template-choice"
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        {state.template && (
          <option value={SERIES}>
            {t("templates.title")}: {t(templateNameKey(state.template))}
          </option>
        )}
        {builtin.map((tid) => (
          <option key={tid} value={tid}>
            {t(templateNameKey({ kind: "builtin", id: tid }))}
          </option>
        ))}
      </select>
      <button type="button" className="button-secondary" data-testid="agenda-template-apply" onClick={apply}>
        {t("templates.apply")}
      </button>
    </div>
  );
}
