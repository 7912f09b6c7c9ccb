import { useState } from "react";
import { useT } from "../../i18n/useT.js";
import { PersonalLinkBox } from "./PersonalLinkBox.js";
import { usePersonalLink } from "./usePersonalLink.js";

/** "Auf dem Handy öffnen": a personal link for the person's own other device, as a QR code and to copy. */
export function OpenOnPhone({ me }: { me: string }) {
  const t = useT();
  const { link, make } = usePersonalLink();
  const [open, setOpen] = useState(false);

  function toggle(): void {
    // One link per opening: each link is a device of its own, so it is not made on every click.
    if (!open && (link.status === "idle" || link.status === "failed")) void make(me);
    setOpen(!open);
  }

  return (
    <div className="open-on-phone">
      <button
        type="button"
        className="button-secondary"
        aria-expanded={open}
        data-testid="open-on-phone"
        onClick={toggle}
      >
        <svg className="button-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect x="4" y="1.5" width="8" height="13" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M7 12.5h2" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        {open ? t("device.close") : t("device.open")}
      </button>
      {open && <PersonalLinkBox link={link} label={t("device.link")} hint={t("device.hint")} />}
    </div>
  );
}
