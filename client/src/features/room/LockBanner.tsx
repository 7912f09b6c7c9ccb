import { isLocked } from "@common/domain/authorize.js";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";

/** Everyone sees when the facilitator has locked the board (or the current phase). */
export function LockBanner({ state, facilitator }: { state: SeriesState; facilitator: boolean }) {
  const t = useT();
  if (!isLocked(state)) return null;
  const text = state.room.lock.board ? t("room.lock.banner.board") : t("room.lock.banner.phase");
  return (
    <div className="lock-banner" role="status" data-testid="lock-banner">
      <span aria-hidden="true">🔒</span> {text}
      {facilitator && <span className="muted small"> {t("room.lock.banner.facilitator")}</span>}
    </div>
  );
}
