import { useT } from "../../i18n/useT.js";
import "./room.css";

/** Tells an observer that they read along and cannot change anything. */
export function ObserverBadge() {
  const t = useT();
  return (
    <span className="observer-badge" data-testid="observer-badge" title={t("room.observer.hint")}>
      {t("room.observer.badge")}
    </span>
  );
}
