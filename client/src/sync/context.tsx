import { createContext, useContext, type ReactNode } from "react";
import type { SyncActions } from "./actions.js";

const SyncContext = createContext<SyncActions | null>(null);

/** Gives the components of a board the sync client of its series. */
export function SyncProvider({ sync, children }: { sync: SyncActions; children: ReactNode }) {
  return <SyncContext.Provider value={sync}>{children}</SyncContext.Provider>;
}

/** The sync client of the open series, to change things with. */
export function useSync(): SyncActions {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error("useSync must be used inside <SyncProvider>");
  return sync;
}
