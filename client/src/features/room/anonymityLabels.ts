import { assertNever } from "@common/domain/assertNever.js";
import { AnonymityMode } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";

/** The catalog key naming an anonymity mode. */
export function anonymityKey(mode: AnonymityMode): MessageKey {
  switch (mode) {
    case AnonymityMode.named:
      return "room.anonymity.named";
    case AnonymityMode.side:
      return "room.anonymity.side";
    case AnonymityMode.anonymous:
      return "room.anonymity.anonymous";
    default:
      return assertNever(mode);
  }
}
