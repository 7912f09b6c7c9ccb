import type { Translate } from "../../i18n/useT.js";

/**
 * "Alice Adler (Sie)"; a name that already ends in a parenthesis, such as
 * "Katrin Vogel (Moderation)", becomes "Katrin Vogel (Moderation, Sie)".
 */
export function youLabel(name: string, t: Translate): string {
  const trimmed = name.trimEnd();
  return trimmed.endsWith(")")
    ? t("presence.you.inside", { name: trimmed.slice(0, -1) })
    : t("presence.you", { name: trimmed });
}
