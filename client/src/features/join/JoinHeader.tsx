import { useT } from "../../i18n/useT.js";
import { navigateOnClick } from "../../router.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";

/** The brand and the language switch above the join form. */
export function JoinHeader() {
  const t = useT();
  return (
    <header className="board-header">
      <a className="brand" href="/" onClick={navigateOnClick("/")} aria-label={t("board.home")}>
        {t("app.name")}
      </a>
      <LanguageSwitch />
    </header>
  );
}
