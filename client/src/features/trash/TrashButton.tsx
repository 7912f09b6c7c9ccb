import { useCallback, useState } from "react";
import { createPortal } from "react-dom";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { isFacilitator } from "../room/viewer.js";
import { restorableEntries } from "./trashEntries.js";
import { TrashPanel } from "./TrashPanel.js";
import "./trash.css";

/**
 * "Papierkorb" among the board's series-wide tools, beside results and
 * exports: removals happen in and between sessions, so it is not a tool of
 * the live room. The facilitator always finds it; others once something of
 * theirs is in it.
 */
export function TrashButton({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const count = restorableEntries(state, me).length;
  if (count === 0 && !isFacilitator(state, me)) return null;
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        aria-expanded={open}
        aria-haspopup="dialog"
        data-testid="trash-open"
        onClick={() => setOpen(!open)}
      >
        {count > 0 ? t("trash.open.count", { count: String(count) }) : t("trash.open")}
      </button>
      {/* Outside the header: on a phone the header's tools fold away behind the menu button. */}
      {open &&
        createPortal(
          <div className="overlay" data-testid="trash-overlay">
            <TrashPanel state={state} me={me} onClose={close} />
          </div>,
          document.body,
        )}
    </>
  );
}
