import { assertNever } from "@common/domain/assertNever.js";
import { NoteList, Side, Stage } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The catalog key naming an order-to-cash stage. */
export function stageKey(stage: Stage): MessageKey {
  switch (stage) {
    case Stage.inquiry:
      return "cases.stage.inquiry";
    case Stage.quote:
      return "cases.stage.quote";
    case Stage.orderClarification:
      return "cases.stage.orderClarification";
    case Stage.planning:
      return "cases.stage.planning";
    case Stage.production:
      return "cases.stage.production";
    case Stage.delivery:
      return "cases.stage.delivery";
    case Stage.invoicing:
      return "cases.stage.invoicing";
    case Stage.service:
      return "cases.stage.service";
    default:
      return assertNever(stage);
  }
}

/** The catalog key naming one of a case's look-back lists. */
export function noteListKey(list: NoteList): MessageKey {
  switch (list) {
    case NoteList.wentWell:
      return "cases.notes.wentWell";
    case NoteList.wentWrong:
      return "cases.notes.wentWrong";
    case NoteList.betterNext:
      return "cases.notes.betterNext";
    default:
      return assertNever(list);
  }
}

/** The catalog key naming a side of the table. */
export function meetingSideKey(side: Side): MessageKey {
  switch (side) {
    case Side.sales:
      return "meeting.side.sales";
    case Side.operations:
      return "meeting.side.operations";
    case Side.shared:
      return "meeting.side.shared";
    default:
      return assertNever(side);
  }
}

export const NOTE_LISTS: readonly NoteList[] = Object.values(NoteList);
