import { useState } from "react";
import { nanoid } from "nanoid";
import { STARTER_INTERESTS } from "@common/domain/starterCatalog.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { useSync } from "../../sync/context.js";
import { SIDES, sideKey } from "./labels.js";

interface Draft {
  key: string;
  label: string;
  take: boolean;
}

/** Offers a new series the starter interests: each can be edited or left out before taking them. */
export function StarterCatalogOffer() {
  const t = useT();
  const sync = useSync();
  const language = useAppStore((s) => s.ui.language);
  const [drafts, setDrafts] = useState<Record<string, Draft> | null>(null);
  const current =
    drafts ??
    Object.fromEntries(STARTER_INTERESTS.map((s) => [s.key, { key: s.key, label: s.label[language], take: true }]));

  function change(key: string, patch: Partial<Draft>): void {
    const draft = current[key];
    if (draft) setDrafts({ ...current, [key]: { ...draft, ...patch } });
  }

  function take(): void {
    const interests = STARTER_INTERESTS.flatMap((s) => {
      const draft = current[s.key];
      if (!draft?.take || draft.label.trim() === "") return [];
      return [{ interestId: nanoid(), side: s.side, label: draft.label.trim() }];
    });
    sync.send({ type: "interests.starter", decision: "take", interests });
  }

  const chosen = Object.values(current).filter((d) => d.take && d.label.trim() !== "").length;
  return (
    <section className="panel starter-offer" data-testid="starter-offer" aria-labelledby="starter-title">
      <h2 id="starter-title">{t("setup.starter.title")}</h2>
      <p className="muted">{t("setup.starter.intro")}</p>
      <div className="side-columns">
        {SIDES.map((side) => (
          <div key={side} className={`side-column side-column-${side}`}>
            <h3>{t(sideKey(side))}</h3>
            {STARTER_INTERESTS.filter((s) => s.side === side).map((s) => {
              const draft = current[s.key];
              if (!draft) return null;
              return (
                <div key={s.key} className="starter-item" data-testid="starter-item">
                  <input
                    type="checkbox"
                    checked={draft.take}
                    aria-label={t("setup.starter.include", { label: draft.label })}
                    onChange={(e) => change(s.key, { take: e.target.checked })}
                  />
                  <input
                    className="text-input"
                    value={draft.label}
                    aria-label={t("setup.starter.label")}
                    data-testid={`starter-label-${s.key}`}
                    onChange={(e) => change(s.key, { label: e.target.value })}
                  />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-quiet"
          data-testid="starter-skip"
          onClick={() => sync.send({ type: "interests.starter", decision: "skip", interests: [] })}
        >
          {t("setup.starter.skip")}
        </button>
        <button
          type="button"
          className="button-primary"
          data-testid="starter-take"
          disabled={chosen === 0}
          onClick={take}
        >
          {t("setup.starter.take", { count: chosen })}
        </button>
      </div>
    </section>
  );
}
