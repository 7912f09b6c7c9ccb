import { useCallback, useEffect } from "react";
import { useT } from "../i18n/useT.js";
import { useAppStore, useAppStoreApi } from "../store/context.js";
import type { Toast } from "../store/store.js";
import { dismissToast } from "../store/toasts.js";
import "./toasts.css";

const TOAST_MS = 8000;

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: string) => void }) {
  const t = useT();
  const undo = toast.undo;
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.id, onDismiss]);
  return (
    <li className="toast" data-testid="toast">
      <span className="toast-text">{t(toast.message.key, toast.message.params)}</span>
      {undo && (
        <button
          type="button"
          className="toast-undo"
          data-testid="toast-undo"
          aria-label={t("toast.undo.label", toast.message.params)}
          onClick={() => {
            undo();
            onDismiss(toast.id);
          }}
        >
          {t("toast.undo")}
        </button>
      )}
      <button
        type="button"
        className="toast-close"
        aria-label={t("toasts.dismiss")}
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </li>
  );
}

/** Notices about rejected or overwritten changes and removals (with "Rückgängig"); read out by screen readers. */
export function Toasts() {
  const t = useT();
  const store = useAppStoreApi();
  const toasts = useAppStore((s) => s.ui.toasts);
  const onDismiss = useCallback((id: string) => dismissToast(store, id), [store]);
  return (
    <section className="toasts" aria-label={t("toasts.label")} aria-live="polite" role="status">
      <ul className="toast-list">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} />
        ))}
      </ul>
    </section>
  );
}
