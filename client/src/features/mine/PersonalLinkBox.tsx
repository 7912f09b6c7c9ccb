import { useEffect, useState } from "react";
import { useT } from "../../i18n/useT.js";
import { copyText } from "../invites/copyText.js";
import { QrCode } from "../invites/QrCode.js";
import type { PersonalLinkState } from "./usePersonalLink.js";
import "./mine.css";

const COPIED_MS = 2000;
const QR_SIZE = 176;

/** A personal link as made: its QR code to scan with the phone, the address and a copy button. */
export function PersonalLinkBox({ link, label, hint }: { link: PersonalLinkState; label: string; hint: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  if (link.status === "idle") return null;
  if (link.status === "making") {
    return (
      <p className="muted small" role="status">
        {t("device.making")}
      </p>
    );
  }
  if (link.status === "failed") {
    return (
      <p className="form-error" role="alert" data-testid="personal-link-error">
        {t(link.joined ? "device.error.joined" : "device.error")}
      </p>
    );
  }
  return (
    <div className="personal-link-box" data-testid="personal-link">
      <QrCode text={link.url} label={t("device.qr.alt")} size={QR_SIZE} testId="personal-link-qr" />
      <div className="personal-link-text">
        <p className="small">{hint}</p>
        <p className="muted small">{t("device.scan")}</p>
        <div className="personal-link-row">
          <input
            className="text-input invite-link"
            readOnly
            value={link.url}
            aria-label={label}
            data-testid="personal-link-url"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button-secondary button-small"
            data-testid="personal-link-copy"
            onClick={() => void copyText(link.url).then(setCopied)}
          >
            {copied ? t("invites.copied") : t("invites.copy")}
          </button>
        </div>
      </div>
    </div>
  );
}
