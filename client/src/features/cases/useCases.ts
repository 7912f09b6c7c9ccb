import { useMemo } from "react";
import type { Case, SeriesState } from "@common/domain/types.js";
import { useAppStore } from "../../store/context.js";
import { sortedCases, type PendingItems } from "../../store/selectors.js";
import { pendingItems } from "../../store/selectors.js";

/** The cases of one session in the order they were added, with what is not yet saved. */
export function useSessionCases(
  state: SeriesState | null,
  sessionId: string,
): { cases: Case[]; unconfirmed: PendingItems; me: string | null } {
  const me = useAppStore((s) => s.document.me);
  const pending = useAppStore((s) => s.pending.commands);
  const cases = useMemo(
    () => (state ? sortedCases(state).filter((c) => c.sessionId === sessionId) : []),
    [state, sessionId],
  );
  const unconfirmed = useMemo(() => pendingItems(pending), [pending]);
  return { cases, unconfirmed, me };
}
