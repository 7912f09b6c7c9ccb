import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { currentSession } from "@common/domain/rules/sessions.js";
import type { SeriesState } from "@common/domain/types.js";
import { ItemKind, Phase } from "@common/domain/vocabulary.js";
import { assertNever } from "@common/domain/assertNever.js";
import { useAppStore } from "../../store/context.js";
import { BoardView, showBoardView } from "../board/boardView.js";
import { myGroup } from "../breakout/breakout.js";

/** Whether this person's view follows the facilitator's spotlight. */
export interface Follow {
  following: boolean;
  /** In a breakout group: the view stays on the group's case, whatever the spotlight. */
  paused: boolean;
  setFollowing(following: boolean): void;
  /** This person navigated elsewhere: they no longer follow a spotlight there is. */
  leave(): void;
  /** Follow again and jump to the spotlight item. */
  returnToFocus(): void;
}

const FollowContext = createContext<Follow>({
  following: false,
  paused: false,
  setFollowing: () => {},
  leave: () => {},
  returnToFocus: () => {},
});

/** Where a spotlight item is shown. */
export function viewOfItem(state: SeriesState, kind: ItemKind, id: string): BoardView {
  switch (kind) {
    case ItemKind.case:
      return BoardView.session;
    case ItemKind.agreement: {
      const session = currentSession(state);
      const inPhase = session?.phase === Phase.agreements && state.agreements[id]?.sessionId === session.id;
      return inPhase ? BoardView.session : BoardView.agreements;
    }
    case ItemKind.goal:
      return BoardView.goals;
    default:
      return assertNever(kind);
  }
}

const SCROLL_DELAY_MS = 60;

function scrollToItem(id: string): void {
  setTimeout(() => {
    const element = [...document.querySelectorAll<HTMLElement>("[data-item-id]")].find((e) => e.dataset.itemId === id);
    if (element && typeof element.scrollIntoView === "function") {
      element.scrollIntoView({ behavior: "smooth", block: "center" });
    }
  }, SCROLL_DELAY_MS);
}

/**
 * Follows the spotlight: when the facilitator sets it, the view jumps to the
 * item (on by default). Navigating away stops following (the caller says so);
 * `returnToFocus` rejoins. While a breakout runs, people in a group do not
 * follow: their view stays on their case.
 */
export function FollowProvider({
  state,
  view,
  onJump,
  children,
}: {
  state: SeriesState;
  view: BoardView;
  /** Called when following brings the view to the spotlight (to show the current session). */
  onJump: () => void;
  children: ReactNode;
}) {
  const [following, setFollowing] = useState(true);
  const me = useAppStore((s) => s.document.me);
  const paused = myGroup(state, me) !== null;
  const spotlight = state.room.spotlight;
  const target = spotlight ? viewOfItem(state, spotlight.kind, spotlight.id) : null;
  const spotlightId = spotlight?.id ?? null;

  const jump = useCallback(() => {
    if (spotlightId === null || target === null) return;
    if (target !== view) showBoardView(target);
    onJump();
    scrollToItem(spotlightId);
  }, [spotlightId, target, view, onJump]);

  // Only a new spotlight (or following again) moves the view, not every navigation.
  const follow = useEffectEvent(() => {
    if (following && !paused) jump();
  });
  useEffect(() => follow(), [spotlightId, following, paused]);

  const value = useMemo<Follow>(
    () => ({
      following,
      paused,
      setFollowing,
      leave: () => {
        if (spotlightId !== null) setFollowing(false);
      },
      returnToFocus: () => {
        setFollowing(true);
        jump();
      },
    }),
    [following, paused, jump, spotlightId],
  );
  return <FollowContext.Provider value={value}>{children}</FollowContext.Provider>;
}

/** The follow state of this board. */
export function useFollow(): Follow {
  return useContext(FollowContext);
}
