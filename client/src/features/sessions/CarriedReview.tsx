import { leftUndecidedAt } from "@common/domain/rules/review.js";
import type { Agreement, SeriesState, Session } from "@common/domain/types.js";
import { formatDate } from "../../i18n/formatDate.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";

/** A chip on a due agreement that an earlier session closed without deciding: it is back, carried over. */
export function CarriedReview({
  state,
  agreement,
  session,
}: {
  state: SeriesState;
  agreement: Agreement;
  session: Session;
}) {
  const t = useT();
  const language = useAppStore((s) => s.ui.language);
  const from = leftUndecidedAt(state, agreement, session);
  if (from === null) return null;
  return (
    <span className="chip chip-carried" data-testid="preread-carried">
      ↪ {t("carry.review", { date: formatDate(from.date, language) })}
    </span>
  );
}
