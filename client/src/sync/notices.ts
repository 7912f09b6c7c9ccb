import { assertNever } from "../../../common/domain/apply.js";
import type { ClientCommand } from "../../../common/domain/commands.js";
import { EntityKind, type SeriesState } from "../../../common/domain/types.js";
import { ErrorCode, type Rejection } from "../../../common/errors.js";
import { notesOf } from "../../../common/domain/reduce/notes.js";
import { TrashKind } from "../../../common/domain/vocabulary.js";
import type { Overwrite } from "../../../common/sync/conflicts.js";
import type { MessageKey, MessageRef } from "../i18n/i18n.js";

const QUOTE_LENGTH = 60;

/** A long text cut to a length that fits into a sentence. */
export function shortQuote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= QUOTE_LENGTH ? oneLine : `${oneLine.slice(0, QUOTE_LENGTH - 1)}…`;
}

function notFoundKey(command: ClientCommand): MessageKey {
  switch (command.type) {
    case "case.update":
    case "case.remove":
    case "case.add":
    case "case.note.add":
    case "case.note.update":
    case "case.note.remove":
    case "case.mirror.add":
    case "case.mirror.respond":
    case "case.mirror.remove":
    case "case.link":
      return "toast.rejected.caseGone";
    case "agreement.add":
      return "toast.rejected.linkedCaseGone";
    case "agreement.update":
    case "agreement.remove":
    case "agreement.link":
    case "agreement.status":
      return "toast.rejected.agreementGone";
    case "review.set":
    case "review.fit":
    case "review.decide":
      return "toast.rejected.reviewGone";
    case "attendance.set":
    case "checkin.answer":
      return "toast.rejected.attendanceGone";
    case "item.restore":
      return "toast.rejected.trashGone";
    case "series.rename":
    case "series.schedule":
      return "toast.rejected.unknownSeries";
    case "item.visibility":
    case "vote.cast":
    case "person.role":
    case "person.confirm":
    case "facilitation.handover":
    case "session.anonymity":
    case "room.spotlight":
    case "room.lock":
    case "timer.set":
    case "timer.start":
    case "timer.pause":
    case "timer.add":
    case "timer.reset":
    case "timer.clear":
    case "ready.set":
    case "vote.open":
    case "vote.reveal":
    case "vote.close":
    case "breakout.start":
    case "breakout.end":
    case "person.update":
    case "org.add":
    case "org.update":
    case "org.remove":
    case "goal.add":
    case "goal.update":
    case "goal.remove":
    case "interest.add":
    case "interest.update":
    case "interest.remove":
    case "interests.starter":
    case "collision.add":
    case "collision.remove":
    case "session.add":
    case "session.update":
    case "session.phase":
    case "session.close":
    case "session.reopen":
      return "toast.rejected.gone";
    default:
      return assertNever(command);
  }
}

/** Conflicts the meeting features explain better than "collided with another change". */
function conflictKey(command: ClientCommand): MessageKey {
  if (command.type === "review.set" || command.type === "review.fit" || command.type === "review.decide") {
    return "toast.rejected.reviewNotDue";
  }
  if (command.type === "case.mirror.respond") return "toast.rejected.ownMirror";
  if (command.type === "item.restore") return "toast.rejected.restoreCaseFirst";
  return "toast.rejected.conflict";
}

function caseFieldKey(field: string): MessageKey {
  if (field === "title") return "toast.overwritten.case.title";
  if (field === "description") return "toast.overwritten.case.description";
  return "toast.overwritten.case.other";
}

function rejectionKey(command: ClientCommand, error: Rejection): MessageKey {
  switch (error.code) {
    case ErrorCode.notFound:
      return notFoundKey(command);
    case ErrorCode.notJoined:
      return "toast.rejected.notJoined";
    case ErrorCode.limitExceeded:
      return "toast.rejected.limit";
    case ErrorCode.invalidMessage:
      return "toast.rejected.invalid";
    case ErrorCode.duplicateId:
      return "toast.rejected.duplicate";
    case ErrorCode.conflict:
      return conflictKey(command);
    case ErrorCode.storageUnavailable:
      return "toast.rejected.storage";
    case ErrorCode.internal:
      return "toast.rejected.internal";
    case ErrorCode.unknownSeries:
      return "toast.rejected.unknownSeries";
    case ErrorCode.unsupportedVersion:
      return "toast.rejected.version";
    case ErrorCode.forbidden:
      return "toast.rejected.forbidden";
    case ErrorCode.locked:
      return "toast.rejected.locked";
    case ErrorCode.rateLimited:
      return "toast.rejected.rateLimited";
    default:
      return assertNever(error.code);
  }
}

/** What the one who removes something is told, with the restore that undoes it; null for anything else. */
export function removalNotice(
  state: SeriesState,
  command: ClientCommand,
): { message: MessageRef; undo: ClientCommand } | null {
  const notice = (kind: TrashKind, itemId: string, text: string | undefined) =>
    text === undefined
      ? null
      : {
          message: { key: "toast.removed", params: { title: shortQuote(text) } } satisfies MessageRef,
          undo: { type: "item.restore", kind, itemId } satisfies ClientCommand,
        };
  const theCase = "caseId" in command ? state.cases[command.caseId] : undefined;
  switch (command.type) {
    case "case.remove":
      return notice(TrashKind.case, command.caseId, theCase?.title);
    case "agreement.remove":
      return notice(TrashKind.agreement, command.agreementId, state.agreements[command.agreementId]?.text);
    case "case.note.remove": {
      const note = theCase && notesOf(theCase, command.list).find((n) => n.id === command.noteId);
      return notice(TrashKind.note, command.noteId, note?.text);
    }
    case "case.mirror.remove":
      return notice(TrashKind.mirror, command.mirrorId, theCase?.mirrors.find((m) => m.id === command.mirrorId)?.text);
    default:
      return null;
  }
}

/** What to tell the user when the server refused one of their commands. */
export function rejectionMessage(command: ClientCommand, error: Rejection): MessageRef {
  return { key: rejectionKey(command, error) };
}

/** What to tell the user when someone else's edit replaced theirs. */
export function overwriteMessage(overwrite: Overwrite, state: SeriesState): MessageRef {
  const name = state.people[overwrite.by]?.name ?? "…";
  switch (overwrite.kind) {
    case EntityKind.series:
      return { key: "toast.overwritten.series.name", params: { name } };
    case EntityKind.case: {
      const title = shortQuote(state.cases[overwrite.entityId]?.title ?? "…");
      return { key: caseFieldKey(overwrite.field), params: { title, name } };
    }
    case EntityKind.agreement: {
      const title = shortQuote(state.agreements[overwrite.entityId]?.text ?? "…");
      const key =
        overwrite.field === "outcome" ? "toast.overwritten.agreement.outcome" : "toast.overwritten.agreement.text";
      return { key, params: { title, name } };
    }
    case EntityKind.review: {
      const review = state.reviews[overwrite.entityId];
      const title = shortQuote((review && state.agreements[review.agreementId]?.text) ?? "…");
      return { key: "toast.overwritten.review", params: { title, name } };
    }
    case EntityKind.org:
    case EntityKind.person:
    case EntityKind.goal:
    case EntityKind.interest:
    case EntityKind.session:
      return { key: "toast.overwritten.other", params: { name } };
    default:
      return assertNever(overwrite.kind);
  }
}
