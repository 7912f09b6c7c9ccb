import { useId, useMemo, useState } from "react";
import type { SeriesState, Session } from "@common/domain/types.js";
import { AnonymityMode } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { sortedCases } from "../../store/selectors.js";
import { BreakoutBanner } from "../breakout/BreakoutBanner.js";
import { VoteStatus } from "../voting/VoteStatus.js";
import { anonymityKey } from "./anonymityLabels.js";
import { FollowToggle } from "./FollowReturn.js";
import { LockBanner } from "./LockBanner.js";
import { ReadyButton, ReadyCount } from "./ReadyButton.js";
import { RoomToolbar, RoomToolPanel, type OpenTool } from "./RoomTools.js";
import { spotlightTitle } from "./spotlightTitle.js";
import { TimerDisplay } from "./TimerDisplay.js";
import { isFacilitator } from "./viewer.js";
import "./room.css";

/**
 * The live room of the current session: a compact strip that stays in view
 * while scrolling (the facilitator's toolbar, timer, spotlight, dots left,
 * "Bereit"), and below it the banners, the vote's result and the unfolded
 * tool in the normal flow.
 */
export function RoomBar({ state, session, me }: { state: SeriesState; session: Session; me: string }) {
  const t = useT();
  const facilitator = isFacilitator(state, me);
  const { room } = state;
  const focus = spotlightTitle(state);
  const mode = session.anonymity[session.phase] ?? AnonymityMode.named;
  const cases = useMemo(() => sortedCases(state).filter((c) => c.sessionId === session.id), [state, session.id]);
  const [openTool, setOpenTool] = useState<OpenTool>(null);
  const panelId = useId();
  return (
    <>
      <div className="room-strip" role="region" aria-label={t("room.title")} data-testid="room-strip">
        {facilitator && (
          <RoomToolbar state={state} session={session} openTool={openTool} onToggle={setOpenTool} panelId={panelId} />
        )}
        {room.timer && <TimerDisplay timer={room.timer} />}
        {focus !== null && (
          <span className="room-focus" data-testid="room-spotlight-current" title={focus}>
            <span className="muted">{t("room.spotlight.current")}</span> <strong>{focus}</strong>
          </span>
        )}
        {mode !== AnonymityMode.named && (
          <span className="anonymity-badge" data-testid="anonymity-badge">
            {t("room.anonymity.badge", { mode: t(anonymityKey(mode)) })}
          </span>
        )}
        <VoteStatus state={state} me={me} show="open" />
        <span className="room-bar-spacer" />
        {room.spotlight && <FollowToggle />}
        {facilitator && <ReadyCount state={state} />}
        <ReadyButton state={state} me={me} />
      </div>
      <section className="room-bar" aria-label={t("room.title")} data-testid="room-bar">
        <LockBanner state={state} facilitator={facilitator} />
        <BreakoutBanner state={state} me={me} />
        <VoteStatus state={state} me={me} show="revealed" />
        {facilitator && openTool !== null && (
          <RoomToolPanel state={state} session={session} cases={cases} tool={openTool} panelId={panelId} />
        )}
      </section>
    </>
  );
}
