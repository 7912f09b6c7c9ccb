import type { ReactNode } from "react";
import { useT } from "../i18n/useT.js";
import { navigateOnClick } from "../router.js";
import { LanguageSwitch } from "./LanguageSwitch.js";
import { ConnectionStatus } from "../features/board/ConnectionStatus.js";

/**
 * The slim header of the series' pages beside the board (results, minutes,
 * exports, my agreements): home, the series' name, the connection, a way
 * back, the page's own tools and the language.
 */
export function SeriesPageHeader({
  seriesName,
  back,
  backLabel,
  backTestId,
  className,
  children,
}: {
  seriesName: string;
  back: string;
  backLabel: string;
  backTestId: string;
  /** The page's own class, e.g. for its print or phone rules. */
  className: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <header className={`board-header series-page-header ${className}`}>
      <div className="board-header-main">
        <a className="brand" href="/" onClick={navigateOnClick("/")} aria-label={t("board.home")}>
          {t("app.name")}
        </a>
        <span className="series-name series-name-static">{seriesName}</span>
      </div>
      <div className="board-header-tools">
        <ConnectionStatus />
        <a className="button-secondary" href={back} onClick={navigateOnClick(back)} data-testid={backTestId}>
          <span aria-hidden="true">←</span> {backLabel}
        </a>
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}
