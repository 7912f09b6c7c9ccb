import type { SeriesState } from "../../../../common/domain/types.js";
import { navigateOnClick } from "../../router.js";
import { useT } from "../../i18n/useT.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";
import { OnlinePeople } from "../presence/OnlinePeople.js";
import { ConnectionStatus } from "./ConnectionStatus.js";
import { CopyLinkButton } from "./CopyLinkButton.js";
import { SeriesTitle } from "./SeriesTitle.js";

/** Series name, who is here, connection state and the tools of the board. */
export function BoardHeader({ state, me, joined }: { state: SeriesState; me: string | null; joined: boolean }) {
  const t = useT();
  return (
    <header className="board-header">
      <div className="board-header-main">
        <a className="brand" href="/" onClick={navigateOnClick("/")} aria-label={t("board.home")}>
          {t("app.name")}
        </a>
        <SeriesTitle state={state} me={me} editable={joined} />
      </div>
      <div className="board-header-tools">
        <OnlinePeople />
        <ConnectionStatus />
        <CopyLinkButton />
        <LanguageSwitch />
      </div>
    </header>
  );
}
