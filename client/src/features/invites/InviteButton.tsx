import { useState } from "react";
import type { SeriesState } from "@common/domain/types.js";
import { useT } from "../../i18n/useT.js";
import { InvitePanel } from "./InvitePanel.js";
import "./invites.css";

/** "Einladen": opens the invite panel (facilitators only; the caller decides). */
export function InviteButton({ state, me }: { state: SeriesState; me: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button-primary"
        aria-expanded={open}
        data-testid="invite-open"
        onClick={() => setOpen(!open)}
      >
        {t("invites.open")}
      </button>
      {open && (
        <div className="overlay" data-testid="invite-overlay">
          <InvitePanel state={state} me={me} onClose={() => setOpen(false)} />
        </div>
      )}
    </>
  );
}
