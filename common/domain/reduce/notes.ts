import { assertNever } from "../assertNever.js";
import type { Case, Note } from "../types.js";
import { NoteList } from "../vocabulary.js";

/** The notes of one of a case's look-back lists. */
export function notesOf(theCase: Case, list: NoteList): Note[] {
  switch (list) {
    case NoteList.wentWell:
      return theCase.wentWell;
    case NoteList.wentWrong:
      return theCase.wentWrong;
    case NoteList.betterNext:
      return theCase.betterNext;
    default:
      return assertNever(list);
  }
}

/** The case with one of its look-back lists replaced. */
export function withNotes(theCase: Case, list: NoteList, notes: Note[]): Case {
  switch (list) {
    case NoteList.wentWell:
      return { ...theCase, wentWell: notes };
    case NoteList.wentWrong:
      return { ...theCase, wentWrong: notes };
    case NoteList.betterNext:
      return { ...theCase, betterNext: notes };
    default:
      return assertNever(list);
  }
}
