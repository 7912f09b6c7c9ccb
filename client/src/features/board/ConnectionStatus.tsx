import { assertNever } from "@common/domain/apply.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useAppStore } from "../../store/context.js";
import { ConnectionStatus as Status } from "../../store/store.js";
import "./board.css";

function statusKey(status: Status, unsaved: number): MessageKey {
  switch (status) {
    case Status.connecting:
      return "connection.connecting";
    case Status.online:
      return unsaved > 0 ? "connection.saving" : "connection.online";
    case Status.reconnecting:
      return "connection.reconnecting";
    case Status.offline:
      return "connection.offline";
    default:
      return assertNever(status);
  }
}

/** Online / reconnecting / offline / saving paused, with the number of changes not yet stored. */
export function ConnectionStatus() {
  const t = useT();
  const status = useAppStore((s) => s.ui.connection);
  const unsaved = useAppStore((s) => s.pending.commands.length);
  const paused = useAppStore((s) => s.ui.savingPaused) && status === Status.online && unsaved > 0;
  const showUnsaved = unsaved > 0 && (status !== Status.online || paused);
  return (
    <span
      className="connection-status"
      data-testid="connection-status"
      data-status={paused ? "paused" : status}
      role="status"
      title={paused ? t("connection.savingPaused.hint") : undefined}
    >
      <span className={`status-dot status-${paused ? "paused" : status}`} aria-hidden="true" />
      <span>{paused ? t("connection.savingPaused") : t(statusKey(status, unsaved))}</span>
      {showUnsaved && (
        <span className="unsaved" data-testid="unsaved-count">
          {" · "}
          {t("connection.unsaved", { count: unsaved })}
        </span>
      )}
    </span>
  );
}
