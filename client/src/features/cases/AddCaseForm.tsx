import { nanoid } from "nanoid";
import { useId, useRef, useState, type FormEvent } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { confirmedOrg } from "@common/domain/visibility/viewer.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useReadOnly } from "../../ui/permissions.js";
import { PersonSelect } from "./inputs.js";
import { OrgSelect } from "../setup/PersonSelects.js";

/** Adds a case to a session: a title, what happened, who presents it and from which organisation. */
export function AddCaseForm({ state, sessionId, me }: { state: SeriesState; sessionId: string; me: string | null }) {
  const t = useT();
  const sync = useSync();
  const titleId = useId();
  const descriptionId = useId();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [presenterId, setPresenterId] = useState<string | null>(me);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [internal, setInternal] = useState(false);
  const readOnly = useReadOnly();
  const titleRef = useRef<HTMLInputElement>(null);
  // Only a vouched-for member keeps items internal to their organisation.
  const mine = me === null ? undefined : state.people[me];
  const myOrgId = mine ? confirmedOrg(mine) : null;
  // Only worth offering where several organisations share the series.
  const internalTo = Object.keys(state.orgs).length > 1 ? myOrgId : null;
  const presenterOrg = presenterId === null ? null : (state.people[presenterId]?.orgId ?? null);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (title.trim() === "") return;
    const values = {
      title: title.trim(),
      description: description.trim(),
      sessionId,
      presenterId: presenterId !== null && presenterId in state.people ? presenterId : null,
      orgId: orgId ?? presenterOrg,
      internalTo: internal ? internalTo : null,
    };
    sync.send({ type: "case.add", caseId: nanoid(), values });
    setTitle("");
    setDescription("");
    setInternal(false);
    titleRef.current?.focus();
  }

  if (readOnly) return null;

  return (
    <form className="add-form" onSubmit={onSubmit} aria-label={t("cases.add.title")} data-testid="add-case-form">
      <label className="form-label" htmlFor={titleId}>
        {t("cases.add.caseTitle")}
      </label>
      <input
        id={titleId}
        ref={titleRef}
        className="text-input"
        value={title}
        maxLength={LIMITS.caseTitle}
        placeholder={t("cases.add.caseTitle.placeholder")}
        onChange={(e) => setTitle(e.target.value)}
        required
      />
      <label className="form-label" htmlFor={descriptionId}>
        {t("cases.add.description")}
      </label>
      <textarea
        id={descriptionId}
        className="text-input"
        rows={2}
        value={description}
        maxLength={LIMITS.caseDescription}
        placeholder={t("cases.add.description.placeholder")}
        onChange={(e) => setDescription(e.target.value)}
      />
      <div className="form-row">
        <PersonSelect
          label={t("cases.field.presenter")}
          people={state.people}
          value={presenterId}
          onChange={setPresenterId}
          testId="add-case-presenter"
        />
        <OrgSelect
          label={t("cases.field.org")}
          orgs={state.orgs}
          value={orgId ?? presenterOrg}
          onChange={setOrgId}
          testId="add-case-org"
        />
      </div>
      {internalTo !== null && (
        <label className="checkbox-label small">
          <input
            type="checkbox"
            checked={internal}
            data-testid="add-case-internal"
            onChange={(e) => setInternal(e.target.checked)}
          />
          {t("room.internal.toggle", { org: state.orgs[internalTo]?.name ?? "" })}
        </label>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={title.trim() === ""}>
          {t("cases.add.submit")}
        </button>
      </div>
    </form>
  );
}
