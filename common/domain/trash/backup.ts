import type { SeriesState, TrashEntry } from "../types.js";
import { mapRecord } from "../reduce/helpers.js";
import { trashKey } from "./entries.js";

/**
 * The trash of a restored backup with its sequence numbers moved by `at`,
 * as the live items' are: a backup restores its trash too, so what was
 * removed before the backup can still be brought back.
 */
export function shiftedTrash(
  trash: Record<string, TrashEntry> | undefined,
  at: (seq: number) => number,
): Record<string, TrashEntry> | undefined {
  if (!trash) return undefined;
  const edits = (record: Record<string, { by: string; seq: number }>) =>
    mapRecord(record, (e) => ({ ...e, seq: at(e.seq) }));
  return mapRecord(trash, (entry): TrashEntry => {
    const removed = { ...entry.removed, seq: at(entry.removed.seq) };
    switch (entry.kind) {
      case "case":
        return {
          ...entry,
          removed,
          item: { ...entry.item, createdSeq: at(entry.item.createdSeq) },
          edits: edits(entry.edits),
        };
      case "agreement":
        return {
          ...entry,
          removed,
          item: {
            ...entry.item,
            createdSeq: at(entry.item.createdSeq),
            updates: entry.item.updates.map((u) => ({ ...u, seq: at(u.seq) })),
          },
          reviews: entry.reviews.map((r) => ({ ...r, updatedSeq: at(r.updatedSeq) })),
          edits: edits(entry.edits),
        };
      case "note":
      case "mirror":
        return { ...entry, removed };
      default:
        return entry;
    }
  });
}

/**
 * The first inconsistency of a backup's trash, or null: every entry under
 * its own key, a removed note's case in the backup (live or removed), an
 * internal item's organisation in it, nothing removed after the backup's head.
 */
export function trashProblem(series: SeriesState): string | null {
  for (const [key, entry] of Object.entries(series.trash ?? {})) {
    if (key !== trashKey(entry.kind, entry.item.id)) return "the trash keeps an item under another key";
    if (entry.removed.seq > series.seq) return `something was removed after the backup's last change (${series.seq})`;
    if (entry.removed.by !== "" && !Object.hasOwn(series.people, entry.removed.by)) {
      return "the trash names a remover who is not in it";
    }
    if (entry.kind === "note" || entry.kind === "mirror") {
      const caseKnown =
        Object.hasOwn(series.cases, entry.caseId) || Object.hasOwn(series.trash ?? {}, trashKey("case", entry.caseId));
      if (!caseKnown) return "the trash keeps a note of a case that is not in it";
    } else if (entry.item.internalTo !== null && !Object.hasOwn(series.orgs, entry.item.internalTo)) {
      return "the trash keeps an item internal to an organisation that is not in it";
    }
  }
  return null;
}
