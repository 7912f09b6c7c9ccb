import { nanoid } from "nanoid";
import { useId, useRef, useState, type FormEvent } from "react";
import { LIMITS } from "../../../../common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";

/** Adds a case: a title and, optionally, what happened. */
export function AddCaseForm() {
  const t = useT();
  const sync = useSync();
  const titleId = useId();
  const descriptionId = useId();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const titleRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (title.trim() === "") return;
    sync.send({ type: "case.add", caseId: nanoid(), title: title.trim(), description: description.trim() });
    setTitle("");
    setDescription("");
    titleRef.current?.focus();
  }

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
        rows={3}
        value={description}
        maxLength={LIMITS.caseDescription}
        placeholder={t("cases.add.description.placeholder")}
        onChange={(e) => setDescription(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={title.trim() === ""}>
          {t("cases.add.submit")}
        </button>
      </div>
    </form>
  );
}
