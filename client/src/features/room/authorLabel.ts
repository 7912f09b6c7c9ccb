import type { Mirror, Note, SeriesState } from "@common/domain/types.js";
import { AnonymityMode } from "@common/domain/vocabulary.js";
import type { Translate } from "../../i18n/useT.js";
import { meetingSideKey } from "../cases/labels.js";

/**
 * Who wrote a note or mirror statement, as far as the reader may know: the
 * name, or "Operations, Firma B" (side and organisation), or "Anonym".
 */
export function authorLabel(item: Note | Mirror, state: SeriesState, t: Translate): string {
  if (item.by !== "") return state.people[item.by]?.name ?? t("presence.unknown");
  return sideLabel(item, state, t) ?? t("room.anonymity.author.anonymous");
}

/** "Produktion, Firma B" for a contribution that names side and organisation; null otherwise. */
function sideLabel(item: Note | Mirror, state: SeriesState, t: Translate): string | null {
  if (item.anonymity !== AnonymityMode.side) return null;
  const side = item.authorSide === null ? null : t(meetingSideKey(item.authorSide));
  const org = item.authorOrgId === null ? null : (state.orgs[item.authorOrgId]?.name ?? null);
  const parts = [side, org].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * What the others see of one's own anonymous contribution ("für andere anonym",
 * "für andere: Produktion, Firma B"); null when it is not one's own or is named.
 */
export function ownAnonymityLabel(
  item: Note | Mirror,
  me: string | null,
  state: SeriesState,
  t: Translate,
): string | null {
  if (me === null || item.by !== me || item.anonymity === AnonymityMode.named) return null;
  const label = sideLabel(item, state, t);
  return label === null ? t("room.anonymity.own.anonymous") : t("room.anonymity.own.side", { label });
}
