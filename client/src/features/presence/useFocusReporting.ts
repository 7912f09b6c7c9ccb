import type { FocusEvent } from "react";
import { useSync } from "../../sync/context.js";

/** Focus handlers for an item's card: the others see who has it open. */
export function useFocusReporting(itemId: string) {
  const sync = useSync();
  return {
    onFocus: () => sync.setFocus(itemId),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget;
      if (next instanceof Node && event.currentTarget.contains(next)) return;
      sync.setFocus(null);
    },
  };
}
