import { useState } from "react";
import type { Case, SeriesState, Session } from "../../../../common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { BreakoutOverview } from "../breakout/BreakoutOverview.js";
import { BreakoutPlanner } from "../breakout/BreakoutPlanner.js";
import { VotePanel } from "../voting/VotePanel.js";
import { AnonymityControls } from "./AnonymityControls.js";
import { LockControls } from "./LockControls.js";
import { TimerControls } from "./TimerControls.js";

/** Below this window height the tools start folded, so the board itself stays in view. */
const TALL_ENOUGH_PX = 900;

function startsOpen(): boolean {
  return typeof window === "undefined" || window.innerHeight >= TALL_ENOUGH_PX;
}

/** The facilitator's controls of the room: timer, locks, anonymity, dot vote, breakout groups. */
export function RoomTools({ state, session, cases }: { state: SeriesState; session: Session; cases: Case[] }) {
  const t = useT();
  const sync = useSync();
  const [open, setOpen] = useState(startsOpen);
  const { room } = state;
  return (
    <details
      className="room-tools"
      open={open}
      data-testid="room-tools"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary data-testid="room-tools-toggle">{t("room.tools")}</summary>
      <div className="room-tools-grid">
        <section className="room-tool" aria-label={t("room.timer.title")}>
          <h4>{t("room.timer.title")}</h4>
          <TimerControls timer={room.timer} />
        </section>
        <section className="room-tool" aria-label={t("room.lock.title")}>
          <h4>{t("room.lock.title")}</h4>
          <LockControls room={room} session={session} />
          {room.spotlight && (
            <button
              type="button"
              className="button-quiet button-small"
              data-testid="room-spotlight-clear"
              onClick={() => sync.send({ type: "room.spotlight", item: null })}
            >
              {t("room.spotlight.clear")}
            </button>
          )}
        </section>
        <section className="room-tool" aria-label={t("room.anonymity.title")}>
          <h4>{t("room.anonymity.title")}</h4>
          <AnonymityControls key={session.id} session={session} />
        </section>
        <section className="room-tool" aria-label={t("vote.title")}>
          <h4>{t("vote.title")}</h4>
          <VotePanel session={session} voting={room.voting?.sessionId === session.id ? room.voting : null} />
        </section>
      </div>
      {room.breakout ? (
        <section className="room-tool room-tool-wide" aria-label={t("breakout.title")}>
          <h4>{t("breakout.title")}</h4>
          <BreakoutOverview state={state} breakout={room.breakout} />
        </section>
      ) : (
        // Planning groups is occasional work: folded away until asked for, so the board stays in view.
        <details className="room-tool room-tool-wide breakout-fold" data-testid="breakout-fold">
          <summary data-testid="breakout-unfold">{t("breakout.title")}</summary>
          <BreakoutPlanner state={state} session={session} cases={cases} />
        </details>
      )}
    </details>
  );
}
