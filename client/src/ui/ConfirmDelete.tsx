import { useState } from "react";
import { useT } from "../i18n/useT.js";
import { useReadOnly } from "./permissions.js";
import "./confirm.css";

/** A delete button that asks once, inline, before deleting. */
export function ConfirmDelete({
  label,
  question,
  onConfirm,
  symbol,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  /** A short mark shown instead of the label (the label stays the button's name), for small items. */
  symbol?: string;
}) {
  const t = useT();
  const readOnly = useReadOnly();
  const [asking, setAsking] = useState(false);
  if (readOnly) return null;
  if (!asking) {
    return (
      <button
        type="button"
        className="button-quiet button-small"
        aria-label={symbol === undefined ? undefined : label}
        onClick={() => setAsking(true)}
      >
        {symbol ?? label}
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
