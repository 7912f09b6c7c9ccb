import { useT } from "../../i18n/useT.js";
import { minePath, navigate } from "../../router.js";
import { useAppStore } from "../../store/context.js";
import { localToday } from "../agreements/labels.js";
import { unfinishedCount } from "./myAgreements.js";
import "./mine.css";

/** The board's way to "Meine Vereinbarungen", with how many of mine are open (red when some are overdue). */
export function MineNavLink({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const state = useAppStore((s) => s.document.view);
  const me = useAppStore((s) => s.document.me);
  if (!state || me === null) return null;
  const { open, overdue } = unfinishedCount(state, me, localToday());
  const path = minePath(state.id);
  const count = overdue > 0 ? t("mine.badge.overdue", { open, overdue }) : t("mine.badge.open", { open });
  return (
    <a
      className="board-nav-link mine-link"
      href={path}
      title={t("mine.open.hint")}
      data-testid="nav-mine"
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        onNavigate?.();
        navigate(path);
      }}
    >
      {t("mine.open")}
      {open > 0 && (
        <span
          className={overdue > 0 ? "mine-count mine-count-overdue" : "mine-count"}
          data-testid="mine-count"
          data-overdue={overdue}
        >
          <span aria-hidden="true">{open}</span>
          <span className="visually-hidden">{count}</span>
        </span>
      )}
    </a>
  );
}
