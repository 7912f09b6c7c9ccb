import { assertNever } from "@common/domain/assertNever.js";
import { ChangeKind } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The kinds of change in the order the method names them: scale, optimize, redesign. */
export const CHANGE_KINDS: readonly ChangeKind[] = [ChangeKind.scale, ChangeKind.optimize, ChangeKind.redesign];

/** The catalog key naming a kind of change. */
export function changeKindKey(kind: ChangeKind): MessageKey {
  switch (kind) {
    case ChangeKind.scale:
      return "changeKind.scale";
    case ChangeKind.optimize:
      return "changeKind.optimize";
    case ChangeKind.redesign:
      return "changeKind.redesign";
    default:
      return assertNever(kind);
  }
}
