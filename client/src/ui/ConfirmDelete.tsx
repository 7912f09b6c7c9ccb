import { useState } from "react";
import { useT } from "../i18n/useT.js";
import { useReadOnly } from "./permissions.js";

/** A delete button that asks once, inline, before deleting. */
export function ConfirmDelete({
  label,
  question,
  onConfirm,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
}) {
  const t = useT();
  const readOnly = useReadOnly();
  const [asking, setAsking] = useState(false);
  if (readOnly) return null;
  if (!asking) {
    return (
      <button type="button" className="button-quiet button-small" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <span className="confirm-question">{question}</span>
      <button type="button" className="button-danger button-small" onClick={onConfirm} autoFocus>
        {t("confirm.yes")}
      </button>
      <button type="button" className="button-quiet button-small" onClick={() => setAsking(false)}>
        {t("confirm.no")}
      </button>
    </div>
  );
}
