import type { MouseEvent } from "react";
import { assertNever } from "@common/domain/assertNever.js";
import type { MessageKey } from "../../i18n/i18n.js";
import { useT } from "../../i18n/useT.js";
import { MineNavLink } from "../mine/MineNavLink.js";
import { BOARD_VIEWS, BoardView, boardViewHref, showBoardView } from "./boardView.js";

function viewKey(view: BoardView): MessageKey {
  switch (view) {
    case BoardView.session:
      return "nav.session";
    case BoardView.preRead:
      return "nav.preRead";
    case BoardView.goals:
      return "nav.goals";
    case BoardView.interests:
      return "nav.interests";
    case BoardView.people:
      return "nav.people";
    case BoardView.agreements:
      return "nav.agreements";
    default:
      return assertNever(view);
  }
}

/** The views of a series: the session board, its preparation and the series' setup; and my own agreements. */
export function BoardNav({ current, onNavigate }: { current: BoardView; onNavigate?: () => void }) {
  const t = useT();
  function onClick(view: BoardView) {
    return (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (view !== current) onNavigate?.();
      showBoardView(view);
    };
  }
  return (
    <nav className="board-nav" aria-label={t("nav.label")} data-testid="board-nav">
      {BOARD_VIEWS.map((view) => (
        <a
          key={view}
          className="board-nav-link"
          href={boardViewHref(window.location.pathname, view)}
          aria-current={view === current ? "page" : undefined}
          data-testid={`nav-${view}`}
          onClick={onClick(view)}
        >
          {t(viewKey(view))}
        </a>
      ))}
      <MineNavLink onNavigate={onNavigate} />
    </nav>
  );
}
