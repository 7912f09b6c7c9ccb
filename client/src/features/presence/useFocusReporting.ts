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
 * who is typing in one of its text fields ("tippt…").
 */
export function useFocusReporting(itemId: string) {
  const sync = useSync();
  return {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      sync.setFocus(itemId);
      sync.setTyping(isTextField(event.target) ? itemId : null);
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget;
      if (next instanceof Node && event.currentTarget.contains(next)) {
        if (!isTextField(next)) sync.setTyping(null);
        return;
      }
      sync.setTyping(null);
      sync.setFocus(null);
    },
  };
}
