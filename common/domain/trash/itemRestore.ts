import type { CommandOf } from "../commands.js";
import type { ClientCommandSpec } from "../spec.js";
import type { SeriesState } from "../types.js";
import { AnonymityMode, TrashKind } from "../vocabulary.js";
import { agreementRef, caseIf, caseRef, type ItemRef } from "../visibility/itemRefs.js";
import { assertNever } from "../assertNever.js";
import { checkRestoreItem } from "./check.js";
import { trashEntry, trashKey } from "./entries.js";
import { mayRestore } from "./permissions.js";
import { restoreItem } from "./restore.js";
import { itemRestoreSchema } from "./schemas.js";

/** Brings a removed case, agreement, note or mirror statement back. */
export const itemRestore: ClientCommandSpec<CommandOf<"item.restore">> = {
  schema: itemRestoreSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "trash", conflict: "restoreCaseFirst" },
  check: checkRestoreItem,
  reduce: restoreItem,
  touches: (state, command) => restoredItems(state, command.kind, command.itemId),
  // A restored contribution is found in the trash before: its restorer is named no more than its author.
  anonymousContribution(command, before) {
    const entry = before.trash?.[trashKey(command.kind, command.itemId)];
    if (entry?.kind === "note" && entry.list !== "went_wrong") return null;
    const item = entry?.kind === "note" || entry?.kind === "mirror" ? entry.item : null;
    return item && item.anonymity !== AnonymityMode.named ? item : null;
  },
  actorRule: (state, actor, command) => mayRestore(state, actor, command.kind, command.itemId),
  pendingItem: (command) =>
    command.kind === TrashKind.case || command.kind === TrashKind.agreement ? command.itemId : null,
};

/** What a restore brings back: the case or agreement, or the case a note or statement goes back into. */
function restoredItems(state: SeriesState, kind: TrashKind, id: string): ItemRef[] {
  switch (kind) {
    case TrashKind.case:
      return [caseRef(id)];
    case TrashKind.agreement:
      return [agreementRef(id)];
    case TrashKind.note:
    case TrashKind.mirror:
      // Once restored the entry is gone: the state before names the case.
      return caseIf(trashEntry(state, kind, id)?.caseId);
    default:
      return assertNever(kind);
  }
}
