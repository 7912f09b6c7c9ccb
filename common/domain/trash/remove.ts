import { EntityKind, type SeriesState } from "../types.js";
import { ItemKind, type NoteList } from "../vocabulary.js";
import { forgetItem, mapRecord, without, withoutEditsOf, type Context } from "../reduce/helpers.js";
import { notesOf as notesIn, withNotes as withNotesIn } from "../reduce/notes.js";
import { editsOf, removalOf, trashOf, withTrashed } from "./entries.js";

/**
 * Moves a case to the trash: agreements that answered it answer nothing for
 * now (the entry remembers which), observations made into it are none any
 * more, and the room lets go of it.
 */
export function trashCase(state: SeriesState, caseId: string, ctx: Context): SeriesState {
  const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined;
  if (!theCase) return state;
  const linked = Object.values(state.agreements).filter((a) => a.caseId === caseId);
  const agreements = mapRecord(state.agreements, (a) => (a.caseId === caseId ? { ...a, caseId: null } : a));
  const trash = withTrashed(
    trashOf(state),
    {
      kind: "case",
      removed: removalOf(ctx),
      item: theCase,
      agreementIds: linked.map((a) => a.id),
      edits: editsOf(state, `${EntityKind.case}:${caseId}:`),
    },
    ctx.at,
  );
  // An observation made into it is no case any more (and may be made into one again).
  const visits =
    state.visits &&
    mapRecord(state.visits, (visit) =>
      visit.observations.some((o) => o.caseId === caseId)
        ? { ...visit, observations: visit.observations.map((o) => (o.caseId === caseId ? { ...o, caseId: null } : o)) }
        : visit,
    );
  const removed = { ...state, cases: without(state.cases, caseId), agreements, trash, ...(visits && { visits }) };
  return withoutEditsOf(forgetItem(removed, ItemKind.case, caseId), EntityKind.case, caseId);
}

/**
 * Moves an agreement to the trash with its reviews; a revision of it, the
 * review that made it one and the executive agreements that break it down
 * lose the link for now (the entry remembers which).
 */
export function trashAgreement(
  state: SeriesState,
  agreementId: string,
  ctx: Context,
  removeAgreement: (state: SeriesState, id: string) => SeriesState,
): SeriesState {
  const agreement = Object.hasOwn(state.agreements, agreementId) ? state.agreements[agreementId] : undefined;
  if (!agreement) return state;
  const reviews = Object.values(state.reviews);
  const trash = withTrashed(
    trashOf(state),
    {
      kind: "agreement",
      removed: removalOf(ctx),
      item: agreement,
      reviews: reviews.filter((r) => r.agreementId === agreementId),
      successorOf: reviews
        .filter((r) => r.successorId === agreementId && r.agreementId !== agreementId)
        .map((r) => r.id),
      predecessorOf: Object.values(state.agreements)
        .filter((a) => a.predecessorId === agreementId)
        .map((a) => a.id),
      parentOf: Object.values(state.agreements)
        .filter((a) => a.parentId === agreementId)
        .map((a) => a.id),
      edits: editsOf(state, `${EntityKind.agreement}:${agreementId}:`),
    },
    ctx.at,
  );
  return { ...removeAgreement(state, agreementId), trash };
}

/** Moves a note to the trash, remembering its list and place. */
export function trashNote(
  state: SeriesState,
  caseId: string,
  list: NoteList,
  noteId: string,
  ctx: Context,
): SeriesState {
  const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined;
  if (!theCase) return state;
  const notes = notesIn(theCase, list);
  const index = notes.findIndex((n) => n.id === noteId);
  const note = notes[index];
  if (!note) return state;
  const trash = withTrashed(
    trashOf(state),
    { kind: "note", removed: removalOf(ctx), caseId, list, index, item: note },
    ctx.at,
  );
  return {
    ...state,
    cases: {
      ...state.cases,
      [caseId]: withNotesIn(
        theCase,
        list,
        notes.filter((n) => n !== note),
      ),
    },
    trash,
  };
}

/** Moves a mirror statement to the trash, remembering its place. */
export function trashMirror(state: SeriesState, caseId: string, mirrorId: string, ctx: Context): SeriesState {
  const theCase = Object.hasOwn(state.cases, caseId) ? state.cases[caseId] : undefined;
  if (!theCase) return state;
  const index = theCase.mirrors.findIndex((m) => m.id === mirrorId);
  const mirror = theCase.mirrors[index];
  if (!mirror) return state;
  const trash = withTrashed(
    trashOf(state),
    { kind: "mirror", removed: removalOf(ctx), caseId, index, item: mirror },
    ctx.at,
  );
  const mirrors = theCase.mirrors.filter((m) => m !== mirror);
  return { ...state, cases: { ...state.cases, [caseId]: { ...theCase, mirrors } }, trash };
}
