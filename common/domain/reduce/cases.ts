import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import { EntityKind, type Case, type SeriesState } from "../types.js";
import { MirrorVerdict } from "../vocabulary.js";
import { contributionAnonymity } from "../rules/anonymity.js";
import { trashCase, trashMirror, trashNote } from "../trash/remove.js";
import { put, toggled, withEdits, type Context } from "./helpers.js";
import { notesOf, withNotes } from "./notes.js";

export { notesOf } from "./notes.js";

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
  // Removing keeps the item in the trash, from where it can be restored.
  if (command.type === "case.remove") return trashCase(state, command.caseId, ctx);
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
      return trashNote(state, command.caseId, command.list, command.noteId, ctx);
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
      return trashMirror(state, command.caseId, command.mirrorId, ctx);
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
