import { useId, useState, type FormEvent } from "react";
import { LIMITS } from "../../../../common/limits.js";
import { useT } from "../../i18n/useT.js";
import { lastDisplayName, rememberDisplayName } from "../../profile.js";
import { useSync } from "../../sync/context.js";

/** Asks a newcomer for the name the others will see, then joins the series. */
export function NamePrompt({ seriesName }: { seriesName: string }) {
  const t = useT();
  const sync = useSync();
  const nameId = useId();
  const [name, setName] = useState(lastDisplayName);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "") return;
    rememberDisplayName(trimmed);
    sync.send({ type: "person.join", name: trimmed });
  }

  return (
    <main className="page-narrow">
      <form className="panel" onSubmit={onSubmit} data-testid="name-prompt" aria-labelledby={`${nameId}-title`}>
        <h2 id={`${nameId}-title`}>{t("join.title")}</h2>
        <p className="muted">{t("join.intro", { series: seriesName })}</p>
        <label className="form-label" htmlFor={nameId}>
          {t("join.name")}
        </label>
        <input
          id={nameId}
          className="text-input"
          value={name}
          maxLength={LIMITS.personName}
          autoComplete="name"
          autoFocus
          required
          onChange={(e) => setName(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={name.trim() === ""}>
            {t("join.submit")}
          </button>
        </div>
      </form>
    </main>
  );
}
