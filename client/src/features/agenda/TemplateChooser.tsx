import { useId } from "react";
import { TEMPLATE_IDS, TemplateId } from "@common/domain/templates/builtin.js";
import { templateItems } from "@common/domain/templates/fromTemplate.js";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { useCanSend } from "../../ui/permissions.js";
import { phaseKey } from "../setup/labels.js";
import { templateNameKey } from "./templateLabels.js";
import "./agenda.css";

const NONE = "none";
const OWN = "own";

/**
 * The series' template beside its rhythm: which agenda new sessions start
 * with, its items in order, and for the facilitator a choice among the
 * built-in ones (the series' own one is made from a session's agenda).
 */
export function TemplateChooser({ state }: { state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const id = useId();
  const language = useAppStore((s) => s.ui.language);
  const may = useCanSend()("template.choose");
  const template = state.template;
  const items = templateItems(template, language);
  const value = !template ? NONE : template.kind === "own" ? OWN : template.id;

  function choose(next: string): void {
    if (next === value || next === OWN) return;
    const chosen = TEMPLATE_IDS.find((tid) => tid === next) ?? null;
    sync.send({ type: "template.choose", template: chosen });
  }

  return (
    <section className="template-chooser" aria-labelledby={`${id}-title`} data-testid="template-chooser">
      <h3 id={`${id}-title`}>{t("templates.title")}</h3>
      {may ? (
        <label className="field">
          <span className="visually-hidden">{t("templates.choose")}</span>
          <select
            className="text-input"
            value={value}
            data-testid="template-choose"
            onChange={(e) => choose(e.target.value)}
          >
            <option value={NONE}>{t("templates.none")}</option>
            {template?.kind === "own" && <option value={OWN}>{t("templates.own")}</option>}
            {Object.values(TemplateId).map((tid) => (
              <option key={tid} value={tid}>
                {t(templateNameKey({ kind: "builtin", id: tid }))}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="template-name" data-testid="template-name">
          {template ? t(templateNameKey(template)) : t("templates.none")}
        </p>
      )}
      {items.length > 0 && (
        <>
          <p className="muted small">
            {t("templates.intro")} {t("templates.items", { count: items.length })}
          </p>
          <ol className="template-items" data-testid="template-items">
            {items.map((item, i) => (
              <li key={i}>
                <span className="agenda-list-title">{item.title}</span>{" "}
                <span className="agenda-list-meta">
                  {item.before === null
                    ? t("agenda.place.end")
                    : t("agenda.place.before", { phase: t(phaseKey(item.before)) })}
                  {" · "}
                  {t("agenda.minutes", { minutes: item.timeBoxMin })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
