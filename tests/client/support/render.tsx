import { render, type RenderResult } from "@testing-library/react";
import type { ReactNode } from "react";
import { StoreProvider } from "../../../client/src/store/context.js";
import { createAppStore, type AppStore } from "../../../client/src/store/store.js";
import { SyncProvider } from "../../../client/src/sync/context.js";
import type { SyncActions } from "../../../client/src/sync/actions.js";

/** Renders UI inside the app's store (and a sync client when given). */
export function renderWithStore(
  ui: ReactNode,
  options: { store?: AppStore; sync?: SyncActions } = {},
): RenderResult & { store: AppStore } {
  const store = options.store ?? createAppStore();
  const inner = options.sync ? <SyncProvider sync={options.sync}>{ui}</SyncProvider> : ui;
  return { ...render(<StoreProvider store={store}>{inner}</StoreProvider>), store };
}
