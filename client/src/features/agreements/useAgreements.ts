import { useMemo } from "react";
import { useAppStore } from "../../store/context.js";
import type { PendingItems } from "../../store/selectors.js";
import { pendingItems } from "../../store/selectors.js";

/** Which agreements have changes the server has not confirmed yet, and who I am. */
export function usePendingAgreements(): { unconfirmed: PendingItems; me: string | null } {
  const me = useAppStore((s) => s.document.me);
  const pending = useAppStore((s) => s.pending.commands);
  const unconfirmed = useMemo(() => pendingItems(pending), [pending]);
  return { unconfirmed, me };
}
