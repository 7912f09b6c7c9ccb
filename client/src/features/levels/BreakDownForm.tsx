import { nanoid } from "nanoid";
import { useId, useState, type FormEvent } from "react";
import { currentSession } from "@common/domain/rules/sessions.js";
import type { Agreement, SeriesState } from "@common/domain/types.js";
import { Level } from "@common/domain/vocabulary.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { useReadOnly } from "../../ui/permissions.js";

/**
 * "Herunterbrechen" on a strategic agreement: opens the agreement form with
 * the strategic one as its parent, so the new executive agreement is linked
 * to it from the start (made in the current session, with the parent's goals).
 */
export function BreakDownForm({ state, parent }: { state: SeriesState; parent: Agreement }) {
  const t = useT();
  const sync = useSync();
  const readOnly = useReadOnly();
  const textId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  if (readOnly || parent.level !== Level.strategic) return null;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (text.trim() === "") return;
    sync.send({
      type: "agreement.add",
      agreementId: nanoid(),
      values: {
        text: text.trim(),
        level: Level.operational,
        parentId: parent.id,
        sessionId: currentSession(state)?.id ?? null,
        goalIds: parent.goalIds,
        internalTo: parent.internalTo,
      },
    });
    setText("");
    setOpen(false);
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button-quiet button-small breakdown-open"
        title={t("breakdown.action.hint")}
        data-testid="breakdown-open"
        onClick={() => setOpen(true)}
      >
        {t("breakdown.action")}
      </button>
    );
  }
  return (
    <form
      className="add-form breakdown-form"
      onSubmit={onSubmit}
      aria-label={t("breakdown.action")}
      data-testid="breakdown-form"
    >
      <span className="card-meta">{t("breakdown.parent.link", { text: parent.text })}</span>
      <label className="form-label" htmlFor={textId}>
        {t("agreements.add.text")}
      </label>
      <textarea
        id={textId}
        className="text-input"
        rows={2}
        value={text}
        maxLength={LIMITS.agreementText}
        placeholder={t("agreements.add.text.placeholder")}
        data-testid="breakdown-text"
        onChange={(e) => setText(e.target.value)}
        required
        autoFocus
      />
      <div className="form-actions">
        <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
          {t("breakdown.cancel")}
        </button>
        <button type="submit" className="button-primary" disabled={text.trim() === ""} data-testid="breakdown-submit">
          {t("agreements.add.submit")}
        </button>
      </div>
    </form>
  );
}
