import type { FocusEvent } from "react";
import { useSync } from "../../sync/context.js";

/** Whether focus is in a text field one can type in. */
function isTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled;
  if (!(target instanceof HTMLInputElement)) return false;
  const typeable = ["text", "search", "", "number"].includes(target.type);
  return typeable && !target.readOnly && !target.disabled;
}

/**
 * Focus handlers for an item's card: the others see who has it open, and
 * who is typing in one of its text fields ("tippt…") — from a keystroke
 * until a short pause or leaving the field, not while a cursor merely rests.
 */
export function useFocusReporting(itemId: string) {
  const sync = useSync();
  return {
    onFocus: () => sync.setFocus(itemId),
    onInput: (event: { target: EventTarget }) => {
      if (isTextField(event.target)) sync.setTyping(itemId);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      sync.setTyping(null);
      const next = event.relatedTarget;
      if (next instanceof Node && event.currentTarget.contains(next)) return;
      sync.setFocus(null);
    },
  };
}
