import { canRestore } from "@common/domain/authorize.js";
import { checkCommand } from "@common/domain/check.js";
import type { SeriesState, TrashEntry } from "@common/domain/types.js";
import { trashEntry, trashNewestFirst } from "@common/domain/trash/entries.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The trash shows this many entries, newest first; older ones wait in it unseen until let go. */
export const TRASH_SHOWN = 50;

/** What the trash lists for one person: what they may restore, newest removal first. */
export function restorableEntries(state: SeriesState, me: string): TrashEntry[] {
  return trashNewestFirst(state).filter((entry) => canRestore(state, me, entry.kind, entry.item.id));
}

/** Whether a restore would go through now (a note's case may be in the trash itself). */
export function restorableNow(state: SeriesState, entry: TrashEntry): boolean {
  return checkCommand(state, { type: "item.restore", kind: entry.kind, itemId: entry.item.id }) === null;
}

/** The words an entry is shown by: a case's title, an agreement's, note's or statement's text. */
export function entryText(entry: TrashEntry): string {
  switch (entry.kind) {
    case "case":
      return entry.item.title;
    case "agreement":
    case "note":
    case "mirror":
      return entry.item.text;
  }
}

/** The case a removed note or statement belongs to, live or in the trash, for "in „…“". */
export function entryCaseTitle(state: SeriesState, entry: TrashEntry): string | null {
  if (entry.kind !== "note" && entry.kind !== "mirror") return null;
  const live = Object.hasOwn(state.cases, entry.caseId) ? state.cases[entry.caseId] : undefined;
  if (live) return live.title;
  return trashEntry(state, "case", entry.caseId)?.item.title ?? null;
}

export const KIND_KEYS: Record<TrashEntry["kind"], MessageKey> = {
  case: "trash.kind.case",
  agreement: "trash.kind.agreement",
  note: "trash.kind.note",
  mirror: "trash.kind.mirror",
};
