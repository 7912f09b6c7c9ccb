import type { SeriesState } from "../../../../common/domain/types.js";
import { navigateOnClick } from "../../router.js";
import { useT } from "../../i18n/useT.js";
import { LanguageSwitch } from "../../ui/LanguageSwitch.js";
import { useCanSend } from "../../ui/permissions.js";
import { InviteButton } from "../invites/InviteButton.js";
import { OnlinePeople } from "../presence/OnlinePeople.js";
import { ObserverBadge } from "../room/ObserverBadge.js";
import { isFacilitator, isObserver } from "../room/viewer.js";
import { ConnectionStatus } from "./ConnectionStatus.js";
import { SeriesTitle } from "./SeriesTitle.js";

/** Series name, who is here, connection state and the tools of the board. */
export function BoardHeader({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const canSend = useCanSend();
  return (
    <header className="board-header">
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
        {isFacilitator(state, me) && <InviteButton state={state} me={me} />}
        <LanguageSwitch />
      </div>
    </header>
  );
}
