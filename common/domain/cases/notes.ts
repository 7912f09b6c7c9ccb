import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { findNote, ownContribution } from "../actorRules.js";
import type { CommandOf } from "../commands.js";
import { notesOf, withNotes } from "../reduce/notes.js";
import { contributionAnonymity } from "../rules/anonymity.js";
import type { ClientCommandSpec } from "../spec.js";
import { mayRemoveContribution } from "../trash/permissions.js";
import { trashNote } from "../trash/remove.js";
import type { Note, SeriesState } from "../types.js";
import { AnonymityMode, NoteList, TrashKind } from "../vocabulary.js";
import { caseRef } from "../visibility/itemRefs.js";
import { caseOf, setCase, withCase } from "./current.js";
import { caseNoteAddSchema, caseNoteRemoveSchema, caseNoteUpdateSchema } from "./schemas.js";

type NoteCommand = CommandOf<"case.note.add" | "case.note.update" | "case.note.remove">;

export const caseNoteAdd: ClientCommandSpec<CommandOf<"case.note.add">> = {
  schema: caseNoteAddSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check(state, command) {
    const theCase = state.cases[command.caseId];
    if (!theCase) return reject(ErrorCode.notFound, "case not found");
    const notes = notesOf(theCase, command.list);
    if (notes.some((n) => n.id === command.noteId)) return reject(ErrorCode.duplicateId, "note id already used");
    return notes.length >= LIMITS.notesPerList ? reject(ErrorCode.limitExceeded, "too many notes in this list") : null;
  },
  reduce: (state, command, ctx) =>
    withCase(state, command.caseId, (current) =>
      setCase(
        state,
        command.caseId,
        withNotes(current, command.list, [
          ...notesOf(current, command.list),
          {
            id: command.noteId,
            text: command.text,
            by: ctx.actorId,
            anonymity: contributionAnonymity(state, command.caseId, command.list),
            authorSide: ctx.author.side,
            authorOrgId: ctx.author.orgId,
          },
        ]),
      ),
    ),
  touches: (_state, command) => [caseRef(command.caseId)],
  anonymousContribution: anonymousNote,
  pendingItem: caseOf,
};

export const caseNoteUpdate: ClientCommandSpec<CommandOf<"case.note.update">> = {
  schema: caseNoteUpdateSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check: noteThere,
  reduce: (state, command) =>
    withCase(state, command.caseId, (current) =>
      setCase(
        state,
        command.caseId,
        withNotes(
          current,
          command.list,
          notesOf(current, command.list).map((n) => (n.id === command.noteId ? { ...n, text: command.text } : n)),
        ),
      ),
    ),
  touches: (_state, command) => [caseRef(command.caseId)],
  anonymousContribution: anonymousNote,
  actorRule: (state, actor, command) => ownContribution(state, actor, command.caseId, command.noteId),
  pendingItem: caseOf,
};

export const caseNoteRemove: ClientCommandSpec<CommandOf<"case.note.remove">> = {
  schema: caseNoteRemoveSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "case" },
  check: noteThere,
  reduce: (state, command, ctx) =>
    withCase(state, command.caseId, () => trashNote(state, command.caseId, command.list, command.noteId, ctx)),
  touches: (_state, command) => [caseRef(command.caseId)],
  anonymousContribution: anonymousNote,
  actorRule: (state, actor, command) =>
    mayRemoveContribution(state, actor, findNote(state, command.caseId, command.noteId)),
  pendingItem: caseOf,
  removes(state, command) {
    const theCase = state.cases[command.caseId];
    const note = theCase && notesOf(theCase, command.list).find((n) => n.id === command.noteId);
    return note ? { kind: TrashKind.note, itemId: command.noteId, text: note.text } : null;
  },
};

function noteThere(state: SeriesState, command: NoteCommand): Rejection | null {
  const theCase = state.cases[command.caseId];
  if (!theCase) return reject(ErrorCode.notFound, "case not found");
  return notesOf(theCase, command.list).some((n) => n.id === command.noteId)
    ? null
    : reject(ErrorCode.notFound, "note not found");
}

/** The anonymous note a command writes: only "went wrong" notes may be anonymous. */
function anonymousNote(command: NoteCommand, before: SeriesState, after: SeriesState): Note | null {
  if (command.list !== NoteList.wentWrong) return null;
  const inAfter = after.cases[command.caseId]?.wentWrong.find((n) => n.id === command.noteId);
  const note = inAfter ?? before.cases[command.caseId]?.wentWrong.find((n) => n.id === command.noteId);
  return note && note.anonymity !== AnonymityMode.named ? note : null;
}
