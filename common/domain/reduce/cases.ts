import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import { EntityKind, type Case, type Note, type SeriesState } from "../types.js";
import { ItemKind, MirrorVerdict, NoteList } from "../vocabulary.js";
import { contributionAnonymity } from "../rules/anonymity.js";
import { forgetItem, mapRecord, put, toggled, without, withEdits, withoutEditsOf, type Context } from "./helpers.js";

type CaseCommand = CommandOf<
  | "case.add"
  | "case.update"
  | "case.remove"
  | "case.note.add"
  | "case.note.update"
  | "case.note.remove"
  | "case.mirror.add"
  | "case.mirror.respond"
  | "case.mirror.remove"
  | "case.link"
>;

/** Applies a case command that passed its checks. */
export function reduceCase(state: SeriesState, command: CaseCommand, ctx: Context): SeriesState {
  if (command.type === "case.add") {
    return { ...state, cases: put(state.cases, command.caseId, newCase(command.caseId, command.values, ctx)) };
  }
  if (command.type === "case.remove") {
    const agreements = mapRecord(state.agreements, (a) => (a.caseId === command.caseId ? { ...a, caseId: null } : a));
    return withoutEditsOf(
      forgetItem({ ...state, cases: without(state.cases, command.caseId), agreements }, ItemKind.case, command.caseId),
      EntityKind.case,
      command.caseId,
    );
  }
  const current = state.cases[command.caseId];
  if (!current) return state;
  const set = (next: Case): SeriesState => ({ ...state, cases: put(state.cases, command.caseId, next) });
  switch (command.type) {
    case "case.update":
      return withEdits(
        set({ ...current, ...command.changes }),
        EntityKind.case,
        command.caseId,
        Object.keys(command.changes),
        ctx,
      );
    case "case.note.add":
      return set(
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
      );
    case "case.note.update":
      return set(
        withNotes(
          current,
          command.list,
          notesOf(current, command.list).map((n) => (n.id === command.noteId ? { ...n, text: command.text } : n)),
        ),
      );
    case "case.note.remove":
      return set(
        withNotes(
          current,
          command.list,
          notesOf(current, command.list).filter((n) => n.id !== command.noteId),
        ),
      );
    case "case.mirror.add":
      return set({
        ...current,
        mirrors: [
          ...current.mirrors,
          {
            id: command.mirrorId,
            by: ctx.actorId,
            anonymity: contributionAnonymity(state, command.caseId, null),
            authorSide: ctx.author.side,
            authorOrgId: ctx.author.orgId,
            ofSide: command.ofSide,
            text: command.text,
            verdict: MirrorVerdict.open,
            correction: "",
            verdictBy: null,
          },
        ],
      });
    case "case.mirror.respond":
      return set({
        ...current,
        mirrors: current.mirrors.map((m) =>
          m.id === command.mirrorId
            ? { ...m, verdict: command.verdict, correction: command.correction, verdictBy: ctx.actorId }
            : m,
        ),
      });
    case "case.mirror.remove":
      return set({ ...current, mirrors: current.mirrors.filter((m) => m.id !== command.mirrorId) });
    case "case.link":
      return command.kind === "goal"
        ? set({ ...current, goalIds: toggled(current.goalIds, command.targetId, command.linked) })
        : set({ ...current, collisionIds: toggled(current.collisionIds, command.targetId, command.linked) });
    default:
      return assertNever(command);
  }
}

function newCase(id: string, values: Partial<Case> & { title: string }, ctx: Context): Case {
  return {
    sessionId: null,
    description: "",
    presenterId: null,
    orgId: null,
    happenedOn: "",
    stage: null,
    marginImpact: null,
    delayDays: null,
    customer: "",
    salesView: "",
    operationsView: "",
    internalTo: null,
    ...values,
    id,
    wentWell: [],
    wentWrong: [],
    betterNext: [],
    mirrors: [],
    collisionIds: [],
    goalIds: [],
    createdBy: ctx.actorId,
    createdSeq: ctx.seq,
  };
}

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

function withNotes(theCase: Case, list: NoteList, notes: Note[]): Case {
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
