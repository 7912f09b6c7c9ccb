import type { ReactNode } from "react";
import type { Case, SeriesState, Session } from "@common/domain/types.js";
import { AnonymityMode } from "@common/domain/vocabulary.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { useSync } from "../../sync/context.js";
import { BreakoutOverview } from "../breakout/BreakoutOverview.js";
import { BreakoutPlanner } from "../breakout/BreakoutPlanner.js";
import { VotePanel } from "../voting/VotePanel.js";
import { AnonymityControls } from "./AnonymityControls.js";
import { LockControls } from "./LockControls.js";
import { TimerControls } from "./TimerControls.js";

const Tool = { timer: "timer", locks: "locks", anonymity: "anonymity", vote: "vote", breakout: "breakout" } as const;
type Tool = (typeof Tool)[keyof typeof Tool];
const TOOLS: readonly Tool[] = Object.values(Tool);

const TITLES: Record<Tool, MessageKey> = {
  timer: "room.timer.title",
  locks: "room.lock.title",
  anonymity: "room.anonymity.title",
  vote: "vote.title",
  breakout: "breakout.title",
};

/** Whether a tool is doing something right now (shown as a dot on its button). */
function toolActive(tool: Tool, state: SeriesState, session: Session): boolean {
  const { room } = state;
  switch (tool) {
    case Tool.timer:
      return room.timer !== null;
    case Tool.locks:
      return room.spotlight !== null || room.lock.board || room.lock.phases.length > 0;
    case Tool.anonymity:
      return (session.anonymity[session.phase] ?? AnonymityMode.named) !== AnonymityMode.named;
    case Tool.vote:
      return room.voting !== null && room.voting.sessionId === session.id && room.voting.state !== "closed";
    case Tool.breakout:
      return room.breakout !== null;
  }
}

/** The facilitator's tool that is unfolded, if any. */
export type OpenTool = Tool | null;

/**
 * The facilitator's controls of the room as one compact toolbar: timer,
 * locks and focus, names, dot vote, breakout groups. Nothing is unfolded until
 * asked for, and one tool at a time, so the session's content stays in view;
 * a dot on a button says that tool is at work.
 */
export function RoomToolbar({
  state,
  session,
  openTool,
  onToggle,
  panelId,
}: {
  state: SeriesState;
  session: Session;
  openTool: OpenTool;
  onToggle: (tool: OpenTool) => void;
  panelId: string;
}) {
  const t = useT();
  return (
    <div className="room-toolbar" role="group" aria-label={t("room.tools")} data-testid="room-tools">
      <span className="room-toolbar-label muted small">{t("room.tools")}</span>
      {TOOLS.map((tool) => (
        <button
          key={tool}
          type="button"
          className="room-tool-button button-quiet button-small"
          aria-expanded={openTool === tool}
          aria-controls={panelId}
          data-testid={`room-tool-${tool}`}
          data-active={toolActive(tool, state, session) ? "true" : undefined}
          onClick={() => onToggle(openTool === tool ? null : tool)}
        >
          {t(TITLES[tool])}
        </button>
      ))}
    </div>
  );
}

/** The unfolded tool, below the room strip in the normal flow. */
export function RoomToolPanel({
  state,
  session,
  cases,
  tool,
  panelId,
}: {
  state: SeriesState;
  session: Session;
  cases: Case[];
  tool: Tool;
  panelId: string;
}) {
  const t = useT();
  const sync = useSync();
  const { room } = state;

  function panel(): ReactNode {
    switch (tool) {
      case Tool.timer:
        return <TimerControls timer={room.timer} />;
      case Tool.locks:
        return (
          <>
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
          </>
        );
      case Tool.anonymity:
        return <AnonymityControls key={session.id} session={session} />;
      case Tool.vote:
        return <VotePanel session={session} voting={room.voting?.sessionId === session.id ? room.voting : null} />;
      case Tool.breakout:
        return room.breakout ? (
          <BreakoutOverview state={state} breakout={room.breakout} />
        ) : (
          <BreakoutPlanner state={state} session={session} cases={cases} />
        );
    }
  }

  return (
    <section id={panelId} className="room-tool" aria-label={t(TITLES[tool])} data-testid={`room-tool-panel-${tool}`}>
      {panel()}
    </section>
  );
}
