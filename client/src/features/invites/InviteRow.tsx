import { useEffect, useState } from "react";
import type { InviteView } from "@common/protocol.js";
import { useT } from "../../i18n/useT.js";
import { inviteUrl } from "../../router.js";
import { copyText } from "./copyText.js";
import { QrCode } from "./QrCode.js";
import { useAppStore } from "../../store/context.js";

const COPIED_MS = 2000;
const QR_SMALL = 200;
const QR_LARGE = 360;

/** One invite link: its address (when made here), copy, QR code, who joined, revoke. */
export function InviteRow({
  invite,
  token,
  orgName = null,
  tag = null,
  onRevoke,
}: {
  invite: InviteView;
  token: string | null;
  /** The organisation a bound link is for. */
  orgName?: string | null;
  /** What the link is for, such as "Projektor". */
  tag?: string | null;
  onRevoke: () => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const [qr, setQr] = useState(false);
  const [large, setLarge] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const url = token === null ? null : inviteUrl(window.location.origin, token);
  const language = useAppStore((s) => s.ui.language);
  const revoked = invite.revokedAt !== null;
  // Rendering time is the right "now" here: the row only says whether the link still lets people in.
  const expired = !revoked && invite.expiresAt !== null && invite.expiresAt <= new Date().toISOString();

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <li
      className={`invite-row${revoked ? " invite-row-revoked" : ""}${qr && large ? " invite-row-large" : ""}`}
      data-testid="invite-row"
      data-invite-id={invite.id}
      data-role={invite.role}
    >
      {(orgName !== null || tag !== null) && (
        <div className="invite-row-tags">
          {tag !== null && <span className="invite-tag">{tag}</span>}
          {orgName !== null && (
            <span className="invite-tag invite-tag-org" data-testid="invite-org">
              {t("invites.orgBound", { org: orgName })}
            </span>
          )}
        </div>
      )}
      <div className="invite-row-main">
        {revoked ? (
          <span className="muted">{t("invites.revoked")}</span>
        ) : url === null ? (
          <span className="muted" data-testid="invite-elsewhere">
            {t("invites.elsewhere")}
          </span>
        ) : (
          <input
            className="text-input invite-link"
            readOnly
            value={url}
            aria-label={t("invites.link")}
            data-testid="invite-link"
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        {!revoked && (
          <span className={`invite-expiry${expired ? " invite-expired" : ""}`} data-testid="invite-expiry">
            {expired
              ? t("invites.expired")
              : invite.expiresAt === null
                ? t("invites.validUntilRevoked")
                : t("invites.validUntil", { date: new Date(invite.expiresAt).toLocaleDateString(language) })}
          </span>
        )}
        <span className="invite-joined" data-testid="invite-joined">
          {t("invites.joined", { count: invite.joined })}
        </span>
      </div>
      {!revoked && (
        <div className="invite-row-actions">
          {url !== null && (
            <>
              <button
                type="button"
                className="button-secondary button-small"
                data-testid="invite-copy"
                onClick={() => void copyText(url).then(setCopied)}
              >
                {copied ? t("invites.copied") : t("invites.copy")}
              </button>
              <button
                type="button"
                className="button-quiet button-small"
                aria-pressed={qr}
                data-testid="invite-qr"
                onClick={() => setQr(!qr)}
              >
                {t("invites.qr")}
              </button>
            </>
          )}
          {qr && url !== null && (
            <button
              type="button"
              className="button-quiet button-small"
              aria-pressed={large}
              data-testid="invite-qr-large"
              onClick={() => setLarge(!large)}
            >
              {large ? t("invites.qr.small") : t("invites.qr.large")}
            </button>
          )}
          {confirming ? (
            <span className="confirm invite-revoke-area" role="group" aria-label={t("invites.revoke")}>
              <span className="confirm-question">{t("invites.revoke.warning", { count: invite.joined })}</span>
              <button
                type="button"
                className="button-danger button-small"
                data-testid="invite-revoke-confirm"
                onClick={() => {
                  setConfirming(false);
                  onRevoke();
                }}
              >
                {t("invites.revoke")}
              </button>
              <button type="button" className="button-quiet button-small" onClick={() => setConfirming(false)}>
                {t("confirm.no")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button-quiet button-small button-danger-text invite-revoke-area"
              data-testid="invite-revoke"
              onClick={() => setConfirming(true)}
            >
              {t("invites.revoke")}
            </button>
          )}
        </div>
      )}
      {qr && url !== null && !revoked && (
        <QrCode text={url} label={t("invites.qr.alt")} size={large ? QR_LARGE : QR_SMALL} testId="invite-qr-code" />
      )}
    </li>
  );
}
