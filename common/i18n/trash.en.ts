import type { trashDe } from "./trash.de.js";

/** English UI text of the trash and of undoing a removal. */
export const trashEn: Record<keyof typeof trashDe, string> = {
  "toast.removed": "Removed “{title}”",
  "toast.undo": "Undo",
  "toast.undo.label": "Undo removing “{title}”",
  "toast.rejected.trashGone": "That is no longer in the trash and cannot be restored.",
  "toast.rejected.restoreCaseFirst":
    "That cannot be restored right now: its case is in the trash itself – restore the case first.",
  "trash.open": "Trash",
  "trash.open.count": "Trash ({count})",
  "trash.title": "Trash",
  "trash.close": "Close",
  "trash.hint":
    "Removed cases, agreements, notes and mirror statements stay here for {days} days. You see what you may restore.",
  "trash.empty": "The trash is empty.",
  "trash.more": "{count} older entries are not shown.",
  "trash.kind.case": "Case",
  "trash.kind.agreement": "Agreement",
  "trash.kind.note": "Note",
  "trash.kind.mirror": "Mirror statement",
  "trash.removedBy": "removed by {name}, {when}",
  "trash.removedAnonymously": "removed {when}",
  "trash.restore": "Restore",
  "trash.restore.label": "Restore “{title}”",
  "trash.caseFirst": "Restore the case first",
  "trash.inCase": "in “{title}”",
};
