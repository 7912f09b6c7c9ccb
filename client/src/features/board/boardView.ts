import { useSyncExternalStore } from "react";
import { navigate } from "../../router.js";

/** The views inside a series, in the order of the navigation. */
export const BoardView = {
  session: "session",
  preRead: "preread",
  goals: "goals",
  interests: "interests",
  people: "people",
  agreements: "agreements",
} as const;
export type BoardView = (typeof BoardView)[keyof typeof BoardView];
export const BOARD_VIEWS: readonly BoardView[] = Object.values(BoardView);

/** Which view `?view=` names; the session board when none or an unknown one. */
export function boardViewOf(search: string): BoardView {
  const value = new URLSearchParams(search).get("view");
  return BOARD_VIEWS.find((v) => v === value) ?? BoardView.session;
}

/** The address of a view of the open series. */
export function boardViewHref(pathname: string, view: BoardView): string {
  return view === BoardView.session ? pathname : `${pathname}?view=${view}`;
}

/** Shows another view of the open series, as a history entry. */
export function showBoardView(view: BoardView): void {
  navigate(boardViewHref(window.location.pathname, view));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener("einklang:navigate", onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener("einklang:navigate", onChange);
  };
}

/** The view the address shows, re-rendering on navigation. */
export function useBoardView(): BoardView {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return boardViewOf(search);
}
