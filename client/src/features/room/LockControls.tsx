import type { Room, Session } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { phaseKey } from "../setup/labels.js";

/** The facilitator locks the whole board or the current phase (participants can then only read, vote and say ready). */
export function LockControls({ room, session }: { room: Room; session: Session }) {
  const t = useT();
  const sync = useSync();
  const phaseLocked = room.lock.phases.includes(session.phase);
  return (
    <div className="lock-controls" role="group" aria-label={t("room.lock.title")}>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={room.lock.board}
          data-testid="lock-board"
          onChange={(e) => sync.send({ type: "room.lock", scope: "board", locked: e.target.checked })}
        />
        {t("room.lock.board")}
      </label>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={phaseLocked}
          data-testid="lock-phase"
          onChange={(e) => sync.send({ type: "room.lock", scope: session.phase, locked: e.target.checked })}
        />
        {t("room.lock.phase", { phase: t(phaseKey(session.phase)) })}
      </label>
    </div>
  );
}
