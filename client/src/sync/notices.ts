import { assertNever } from "../../../common/domain/apply.js";
import type { ClientCommand } from "../../../common/domain/commands.js";
import { EntityKind, type SeriesState } from "../../../common/domain/types.js";
import { ErrorCode, type Rejection } from "../../../common/errors.js";
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
      return "toast.rejected.caseGone";
    case "agreement.add":
      return "toast.rejected.linkedCaseGone";
    case "agreement.update":
    case "agreement.remove":
      return "toast.rejected.agreementGone";
    case "person.join":
    case "series.rename":
      return "toast.rejected.unknownSeries";
    default:
      return assertNever(command);
  }
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
      return "toast.rejected.conflict";
    case ErrorCode.storageUnavailable:
      return "toast.rejected.storage";
    case ErrorCode.internal:
      return "toast.rejected.internal";
    case ErrorCode.unknownSeries:
      return "toast.rejected.unknownSeries";
    case ErrorCode.unsupportedVersion:
      return "toast.rejected.version";
    default:
      return assertNever(error.code);
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
      const key =
        overwrite.field === "description" ? "toast.overwritten.case.description" : "toast.overwritten.case.title";
      return { key, params: { title, name } };
    }
    case EntityKind.agreement: {
      const title = shortQuote(state.agreements[overwrite.entityId]?.text ?? "…");
      return { key: "toast.overwritten.agreement.text", params: { title, name } };
    }
    default:
      return assertNever(overwrite.kind);
  }
}
