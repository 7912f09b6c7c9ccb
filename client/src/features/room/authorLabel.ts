import type { Mirror, Note, SeriesState } from "../../../../common/domain/types.js";
import { AnonymityMode } from "../../../../common/domain/vocabulary.js";
import type { Translate } from "../../i18n/useT.js";
import { meetingSideKey } from "../cases/labels.js";

/**
 * Who wrote a note or mirror statement, as far as the reader may know: the
 * name, or "Operations, Firma B" (side and organisation), or "Anonym".
 */
export function authorLabel(item: Note | Mirror, state: SeriesState, t: Translate): string {
  if (item.by !== "") return state.people[item.by]?.name ?? t("presence.unknown");
  if (item.anonymity === AnonymityMode.side) {
    const side = item.authorSide === null ? null : t(meetingSideKey(item.authorSide));
    const org = item.authorOrgId === null ? null : (state.orgs[item.authorOrgId]?.name ?? null);
    const parts = [side, org].filter((p) => p !== null);
    if (parts.length > 0) return parts.join(", ");
  }
  return t("room.anonymity.author.anonymous");
}
