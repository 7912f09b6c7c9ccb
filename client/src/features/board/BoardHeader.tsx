import { useEffect, useId, useRef, useState } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { exportsPath, navigateOnClick, resultsPath } from "../../router.js";
import { useT } from "../../i18n/useT.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";
import { useCanSend } from "../../ui/permissions.js";
import { InviteButton } from "../invites/InviteButton.js";
import { OnlinePeople } from "../presence/OnlinePeople.js";
import { ObserverBadge } from "../room/ObserverBadge.js";
import { isFacilitator, isObserver } from "../room/viewer.js";
import { ConnectionStatus } from "./ConnectionStatus.js";
import { SeriesTitle } from "./SeriesTitle.js";
import { TrashButton } from "../trash/TrashButton.js";

/** Tells the page how tall the sticky header is, so that the room strip sticks right below it. */
function useHeaderHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = ref.current;
    if (!header || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty("--board-header-height", `${header.offsetHeight}px`);
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--board-header-height");
    };
  }, []);
  return ref;
}

/** Series name, who is here, connection state and the tools of the board. */
export function BoardHeader({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const canSend = useCanSend();
  const ref = useHeaderHeight();
  const actionsId = useId();
  // On a phone the actions fold behind one button, so the header is one line.
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="board-header" ref={ref}>
      <div className="board-header-main">
        <a className="brand" href="/" onClick={navigateOnClick("/")} aria-label={t("board.home")}>
          {t("app.name")}
        </a>
        <SeriesTitle state={state} me={me} editable={canSend("series.rename")} />
        {isObserver(state, me) && <ObserverBadge />}
      </div>
      <div className="board-header-tools">
        <OnlinePeople />
        <ConnectionStatus />
        <button
          type="button"
          className="button-quiet board-menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={actionsId}
          data-testid="board-menu-toggle"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
            <path d="M2 4h12M2 8h12M2 12h12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="visually-hidden">{t("board.menu")}</span>
        </button>
        <div id={actionsId} className="board-header-actions" data-open={menuOpen ? "true" : undefined}>
          <a
            className="button-secondary results-link"
            href={resultsPath(state.id)}
            onClick={navigateOnClick(resultsPath(state.id))}
            title={t("results.open.hint")}
            data-testid="results-link"
          >
            <svg className="results-link-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path
                d="M2 14h12M4 12V8M8 12V3M12 12V6"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
            {t("results.open")}
          </a>
          <a
            className="button-secondary"
            href={exportsPath(state.id)}
            onClick={navigateOnClick(exportsPath(state.id))}
            title={t("exports.open.hint")}
            data-testid="exports-open"
          >
            {t("exports.open")}
          </a>
          <TrashButton state={state} me={me} />
          {isFacilitator(state, me) && <InviteButton state={state} me={me} />}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
