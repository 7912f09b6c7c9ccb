import { useId, useState, type FormEvent } from "react";
import type { SeriesState } from "../../../../common/domain/types.js";
import { LIMITS } from "../../../../common/limits.js";
import { useT } from "../../i18n/useT.js";
import { lastDisplayName, rememberDisplayName } from "../../profile.js";
import { useSync } from "../../sync/context.js";
import { FunctionSelect, OrgSelect } from "../setup/PersonSelects.js";
import type { PersonFunction } from "../../../../common/domain/vocabulary.js";

/** Asks a newcomer for the name the others will see, their organisation and function, then joins. */
export function NamePrompt({ state }: { state: SeriesState }) {
  const t = useT();
  const sync = useSync();
  const nameId = useId();
  const [name, setName] = useState(lastDisplayName);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [fn, setFn] = useState<PersonFunction | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === "") return;
    rememberDisplayName(trimmed);
    sync.send({
      type: "person.join",
      name: trimmed,
      ...(orgId === null ? {} : { orgId }),
      ...(fn === null ? {} : { function: fn }),
    });
  }

  return (
    <main className="page-narrow">
      <form className="panel" onSubmit={onSubmit} data-testid="name-prompt" aria-labelledby={`${nameId}-title`}>
        <h2 id={`${nameId}-title`}>{t("join.title")}</h2>
        <p className="muted">{t("join.intro", { series: state.name })}</p>
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
        <div className="form-row">
          <OrgSelect orgs={state.orgs} value={orgId} onChange={setOrgId} testId="join-org" />
          <FunctionSelect value={fn} onChange={setFn} testId="join-function" />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={name.trim() === ""}>
            {t("join.submit")}
          </button>
        </div>
      </form>
    </main>
  );
}
