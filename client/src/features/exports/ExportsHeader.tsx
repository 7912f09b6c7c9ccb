import type { ReactNode } from "react";
import { useT } from "../../i18n/useT.js";
import { navigateOnClick } from "../../router.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";
import { ConnectionStatus } from "../board/ConnectionStatus.js";

/** The slim header of the minutes and export pages: home, series name, a way back, the page's own tools. */
export function ExportsHeader({
  seriesName,
  back,
  backLabel,
  children,
}: {
  seriesName: string;
  back: string;
  backLabel: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <header className="board-header exports-header">
      <div className="board-header-main">
        <a className="brand" href="/" onClick={navigateOnClick("/")} aria-label={t("board.home")}>
          {t("app.name")}
        </a>
        <span className="series-name series-name-static">{seriesName}</span>
      </div>
      <div className="board-header-tools">
        <ConnectionStatus />
        <a className="button-secondary" href={back} onClick={navigateOnClick(back)} data-testid="exports-back">
          <span aria-hidden="true">←</span> {backLabel}
        </a>
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}
