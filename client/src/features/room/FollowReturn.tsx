import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useFollow } from "./follow.js";
import "./room.css";

/** "Zurück zum Fokus": shown to someone who left the spotlight item, one click brings them back. */
export function FollowReturn({ state }: { state: SeriesState }) {
  const t = useT();
  const follow = useFollow();
  if (state.room.spotlight === null || follow.following || follow.paused) return null;
  return (
    <div className="follow-return" role="status">
      <button type="button" className="button-primary" data-testid="follow-return" onClick={follow.returnToFocus}>
        {t("room.follow.return")}
      </button>
    </div>
  );
}

/** "Folgen": whether the view follows the facilitator's spotlight. */
export function FollowToggle() {
  const t = useT();
  const follow = useFollow();
  if (follow.paused) {
    return (
      <span className="follow-paused muted small" data-testid="follow-paused">
        {t("room.follow.paused")}
      </span>
    );
  }
  return (
    <label className="checkbox-label small follow-toggle">
      <input
        type="checkbox"
        checked={follow.following}
        data-testid="follow-toggle"
        onChange={(e) => follow.setFollowing(e.target.checked)}
      />
      {t("room.follow")}
    </label>
  );
}
