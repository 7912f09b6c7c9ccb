import { assertNever } from "@common/domain/apply.js";
import type { ClientCommand } from "@common/domain/commands.js";
import { EntityKind, type SeriesState } from "@common/domain/types.js";
import { ErrorCode, type Rejection } from "@common/errors.js";
import { commandSpec } from "@common/domain/registry.js";
import type { ConflictNotice, GoneNotice } from "@common/domain/spec.js";
import type { Overwrite } from "@common/sync/conflicts.js";
import type { MessageKey, MessageRef } from "../i18n/i18n.js";

const QUOTE_LENGTH = 60;

/** A long text cut to a length that fits into a sentence. */
export function shortQuote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= QUOTE_LENGTH ? oneLine : `${oneLine.slice(0, QUOTE_LENGTH - 1)}…`;
}

/** The message for each "gone" a command's spec names. */
const GONE_KEYS: Record<GoneNotice, MessageKey> = {
  case: "toast.rejected.caseGone",
  linkedCase: "toast.rejected.linkedCaseGone",
  agreement: "toast.rejected.agreementGone",
  review: "toast.rejected.reviewGone",
  attendance: "toast.rejected.attendanceGone",
  trash: "toast.rejected.trashGone",
  series: "toast.rejected.unknownSeries",
  item: "toast.rejected.gone",
};

/** The message for each conflict a command's spec explains better than "collided with another change". */
const CONFLICT_KEYS: Record<ConflictNotice, MessageKey> = {
  reviewNotDue: "toast.rejected.reviewNotDue",
  ownMirror: "toast.rejected.ownMirror",
  restoreCaseFirst: "toast.rejected.restoreCaseFirst",
};

function notFoundKey(command: ClientCommand): MessageKey {
  return GONE_KEYS[commandSpec(command).notice.gone];
}

function conflictKey(command: ClientCommand): MessageKey {
  const conflict = commandSpec(command).notice.conflict;
  return conflict ? CONFLICT_KEYS[conflict] : "toast.rejected.conflict";
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
  const removal = commandSpec(command).removes?.(state, command);
  if (!removal) return null;
  return {
    message: { key: "toast.removed", params: { title: shortQuote(removal.text) } },
    undo: { type: "item.restore", kind: removal.kind, itemId: removal.itemId },
  };
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
      return {
        key: overwrite.field === "template" ? "toast.overwritten.series.template" : "toast.overwritten.series.name",
        params: { name },
      };
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
