import { commandSpec } from "@common/domain/registry.js";
import type { Agreement, Case, SeriesState } from "@common/domain/types.js";
import type { PendingCommand } from "@common/sync/pending.js";

function byCreation<T extends { createdSeq: number; id: string }>(a: T, b: T): number {
  return a.createdSeq - b.createdSeq || a.id.localeCompare(b.id);
}

/** The cases in the order they were added. */
export function sortedCases(state: SeriesState): Case[] {
  return Object.values(state.cases).sort(byCreation);
}

/** The agreements in the order they were added. */
export function sortedAgreements(state: SeriesState): Agreement[] {
  return Object.values(state.agreements).sort(byCreation);
}

/** The case or agreement a command changes, if any (its spec says which). */
export function itemOf(command: PendingCommand["command"]): string | null {
  return commandSpec(command).pendingItem?.(command) ?? null;
}

/** What the server has not yet confirmed, per item. */
export interface PendingItems {
  /** Items added here and not yet stored. */
  added: ReadonlySet<string>;
  /** Items with any unconfirmed change, additions included. */
  changed: ReadonlySet<string>;
}

/** Which items have unconfirmed changes. */
export function pendingItems(pending: readonly PendingCommand[]): PendingItems {
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const p of pending) {
    const id = itemOf(p.command);
    if (id === null) continue;
    changed.add(id);
    if (p.command.type === "case.add" || p.command.type === "agreement.add") added.add(id);
  }
  return { added, changed };
}

/** The name of whoever wrote a field last, unless that was `me` or nobody. */
export function otherEditorName(state: SeriesState, key: string, me: string | null): string | null {
  const edit = state.edits[key];
  if (!edit || edit.by === me) return null;
  return state.people[edit.by]?.name ?? null;
}
