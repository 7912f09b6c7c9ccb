import { nanoid } from "nanoid";
import type { MessageRef } from "../i18n/i18n.js";
import type { AppStore, Toast } from "./store.js";

/** At most this many notices are shown; older ones make room. */
const MAX_TOASTS = 5;

function sameMessage(a: MessageRef, b: MessageRef): boolean {
  return a.key === b.key && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});
}

/** The toast list with new messages appended; a message already shown is not repeated. */
export function withToasts(toasts: readonly Toast[], messages: readonly MessageRef[]): readonly Toast[] {
  let next = toasts;
  for (const message of messages) {
    if (next.some((t) => sameMessage(t.message, message))) continue;
    next = [...next, { id: nanoid(), message }];
  }
  return next.length > MAX_TOASTS ? next.slice(next.length - MAX_TOASTS) : next;
}

/** Shows a notice. */
export function showToast(store: AppStore, message: MessageRef): void {
  store.setState((s) => ({ ui: { ...s.ui, toasts: withToasts(s.ui.toasts, [message]) } }));
}

/** Shows that something was removed, with "Rückgängig" sending `undo`. */
export function showUndoToast(store: AppStore, message: MessageRef, undo: () => void): void {
  store.setState((s) => {
    const toasts = [...s.ui.toasts.filter((t) => !sameMessage(t.message, message)), { id: nanoid(), message, undo }];
    return { ui: { ...s.ui, toasts: toasts.slice(-MAX_TOASTS) } };
  });
}

/** Removes a notice. */
export function dismissToast(store: AppStore, id: string): void {
  store.setState((s) => ({ ui: { ...s.ui, toasts: s.ui.toasts.filter((t) => t.id !== id) } }));
}
