import { useEffect, useEffectEvent, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { useT } from "../i18n/useT.js";
import { shortQuote } from "../sync/notices.js";
import { editingStarted, hasTyped, remoteValueSeen, valueTaken, type EditSession } from "./editSession.js";
import { useReadOnly } from "./permissions.js";
import "./editable.css";

export interface EditableFieldProps {
  /** The field's current value in the shared document. */
  value: string;
  /** Accessible name of the input. */
  label: string;
  /** Sends a changed value; called only when the value really changed. */
  onCommit: (value: string) => void;
  multiline?: boolean;
  /** An empty value is never sent; leaving the field restores the last value. */
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** Who wrote the field last, when that was someone else: named in the notice about their change. */
  lastEditorName?: string | null;
  className?: string;
  testId?: string;
  /** Quiet time after typing before the draft is sent, so that others see it live. */
  debounceMs?: number;
}

function preventFocusLoss(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/**
 * A text field of the shared document, edited in place. Someone else's change
 * shows at once unless the person has typed something here that is not sent
 * yet (focus alone is no edit); such a draft stays, and a notice offers to
 * take theirs or keep mine.
 */
export function EditableField(props: EditableFieldProps) {
  const { value, label, onCommit, multiline = false, required = false, debounceMs = 600 } = props;
  const t = useT();
  const readOnly = useReadOnly();
  const noticeId = useId();
  const [session, setSession] = useState<EditSession | null>(null);
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const revertOnBlur = useRef(false);

  if (session && value !== session.seen) {
    setSession(remoteValueSeen(session, value, props.lastEditorName ?? null));
  }

  function commit(draft: string): void {
    if (draft === value || (required && draft.trim() === "")) return;
    onCommit(draft);
    setSession((s) => (s ? { ...s, sent: [...s.sent, draft].slice(-20) } : s));
  }

  const commitLater = useEffectEvent((draft: string) => {
    if (session && !session.conflict) commit(draft);
  });
  const draft = session?.draft;
  const conflictOpen = Boolean(session?.conflict);
  useEffect(() => {
    if (draft === undefined || conflictOpen) return;
    const timer = setTimeout(() => commitLater(draft), debounceMs);
    return () => clearTimeout(timer);
  }, [draft, conflictOpen, debounceMs]);

  function finish(): void {
    if (!session) return;
    const revert = revertOnBlur.current;
    revertOnBlur.current = false;
    setSession(null);
    const lastSent = session.sent.at(-1);
    if (revert) {
      // Escape undoes what this editing session already sent, unless someone else has written since.
      if (!session.conflict && lastSent === value && value !== session.start) commit(session.start);
      return;
    }
    const typedSinceSync = session.draft !== (lastSent ?? session.start);
    if (!session.conflict || typedSinceSync) commit(session.draft);
  }

  function onBlur(event: FocusEvent<HTMLDivElement>): void {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    finish();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void {
    if (event.key === "Escape") {
      event.preventDefault();
      revertOnBlur.current = true;
      event.currentTarget.blur();
      return;
    }
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    if (multiline && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.currentTarget.blur();
  }

  function takeTheirs(): void {
    setSession((s) => (s?.conflict ? valueTaken(s, s.conflict.value) : s));
    inputRef.current?.focus();
  }

  function keepMine(): void {
    if (!session) return;
    // Only what the person typed is ever written over someone else's text.
    if (!hasTyped(session)) {
      takeTheirs();
      return;
    }
    commit(session.draft);
    setSession((s) => (s ? { ...s, conflict: null } : s));
    inputRef.current?.focus();
  }

  const conflict = session?.conflict ?? null;
  if (readOnly) {
    // Read-only (observer, locked board): the text stays readable and selectable, nothing is sent.
    const shown = { value, "aria-label": label, "data-testid": props.testId, readOnly: true };
    return (
      <div className={`editable editable-read-only ${props.className ?? ""}`}>
        {multiline ? (
          <textarea className="editable-input" rows={2} {...shown} />
        ) : (
          <input className="editable-input" type="text" {...shown} />
        )}
      </div>
    );
  }

  const common = {
    ref: inputRef,
    value: session ? session.draft : value,
    "aria-label": label,
    "aria-describedby": conflict ? noticeId : undefined,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    "data-testid": props.testId,
    onFocus: () => {
      if (!session) setSession(editingStarted(value));
    },
    onChange: (event: { target: { value: string } }) => {
      const next = event.target.value;
      setSession((s) => (s ? { ...s, draft: next } : editingStarted(value, next)));
    },
    onKeyDown,
  };

  return (
    <div className={`editable ${props.className ?? ""}`} onBlur={onBlur}>
      {multiline ? (
        <textarea className="editable-input" rows={2} {...common} />
      ) : (
        <input className="editable-input" type="text" {...common} />
      )}
      {conflict && (
        <div className="field-notice" id={noticeId} role="status" data-testid="field-conflict">
          <span>
            {conflict.by ? t("field.remoteChange", { name: conflict.by }) : t("field.remoteChange.someone")}{" "}
            <span className="field-notice-value">{t("field.theirValue", { value: shortQuote(conflict.value) })}</span>
          </span>
          <span className="field-notice-actions">
            <button type="button" className="button-small" onMouseDown={preventFocusLoss} onClick={takeTheirs}>
              {t("field.takeTheirs")}
            </button>
            <button type="button" className="button-small" onMouseDown={preventFocusLoss} onClick={keepMine}>
              {t("field.keepMine")}
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
