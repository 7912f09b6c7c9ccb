import { LIMITS } from "../../limits.js";
import { ErrorCode, reject, type Rejection } from "../../errors.js";
import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import { fresh } from "../checkHelpers.js";
import { notesOf } from "../reduce/notes.js";
import type { SeriesState } from "../types.js";
import { trashEntry } from "./entries.js";

/**
 * Checks a restore from the trash: the item is there (as that kind), its id
 * is free again, there is room for it, and what it belongs to is still
 * there — a note's case (restore the case first), an internal item's
 * organisation (else nobody could see it).
 */
export function checkRestoreItem(state: SeriesState, command: CommandOf<"item.restore">): Rejection | null {
  const entry = trashEntry(state, command.kind, command.itemId);
  if (!entry) return reject(ErrorCode.notFound, `no such ${command.kind} in the trash`);
  switch (entry.kind) {
    case "case":
      return (
        fresh(state.cases, entry.item.id, "case", LIMITS.casesPerSeries) ??
        organisationKept(state, entry.item.internalTo)
      );
    case "agreement":
      return (
        fresh(state.agreements, entry.item.id, "agreement", LIMITS.agreementsPerSeries) ??
        organisationKept(state, entry.item.internalTo)
      );
    case "note": {
      const theCase = state.cases[entry.caseId];
      if (!theCase) return reject(ErrorCode.conflict, "its case was removed; restore the case first");
      const notes = notesOf(theCase, entry.list);
      if (notes.some((n) => n.id === entry.item.id)) return reject(ErrorCode.duplicateId, "note id already used");
      return notes.length >= LIMITS.notesPerList
        ? reject(ErrorCode.limitExceeded, "too many notes in this list")
        : null;
    }
    case "mirror": {
      const theCase = state.cases[entry.caseId];
      if (!theCase) return reject(ErrorCode.conflict, "its case was removed; restore the case first");
      if (theCase.mirrors.some((m) => m.id === entry.item.id)) return reject(ErrorCode.duplicateId, "mirror id used");
      return theCase.mirrors.length >= LIMITS.mirrorsPerCase
        ? reject(ErrorCode.limitExceeded, "too many mirror statements")
        : null;
    }
    default:
      return assertNever(entry);
  }
}

function organisationKept(state: SeriesState, internalTo: string | null): Rejection | null {
  return internalTo === null || Object.hasOwn(state.orgs, internalTo)
    ? null
    : reject(ErrorCode.conflict, "the organisation it was internal to is gone");
}
