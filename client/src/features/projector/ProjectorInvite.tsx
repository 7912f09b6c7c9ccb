import { useT } from "../../i18n/useT.js";
import { inviteUrl } from "../../router.js";
import { QrCode } from "../invites/QrCode.js";
import { projectorInviteToken } from "../invites/inviteTokens.js";

/** The QR code and address of the participant invite made on this device (the projector cannot make links). */
export function ProjectorInvite({ seriesId, large }: { seriesId: string; large: boolean }) {
  const t = useT();
  const token = projectorInviteToken(seriesId);
  if (token === null) {
    return (
      <p className="projector-hint" data-testid="projector-no-invite">
        {t("projector.noInvite")}
      </p>
    );
  }
  const url = inviteUrl(window.location.origin, token);
  return (
    <div className={`projector-invite${large ? "" : " projector-invite-small"}`} data-testid="projector-invite">
      <QrCode text={url} label={t("invites.qr.alt")} size={large ? 240 : 150} testId="projector-qr" />
      <p className="projector-invite-text">{t("projector.join")}</p>
      <p className="projector-link" data-testid="projector-link">
        {url}
      </p>
    </div>
  );
}
