import { useEffect, useState } from "react";
import type { InviteView } from "@common/protocol.js";
import { Role } from "@common/domain/vocabulary.js";
import { useT } from "../../i18n/useT.js";
import { inviteUrl } from "../../router.js";
import { copyText } from "./copyText.js";
import { projectorLinkId, rememberProjectorLink } from "./inviteTokens.js";
import type { InvitesState } from "./useInvites.js";

const COPIED_MS = 2000;

/**
 * The address the projector PC opens: an observer link that joins as
 * "Projektor" and shows the projector view, with the participant link the
 * big screen shows as a QR code (everyone in the room sees that one anyway).
 */
export function projectorLinkUrl(origin: string, token: string, participantToken: string | null): string {
  const invite = participantToken === null ? "" : `&invite=${participantToken}`;
  return `${inviteUrl(origin, token)}&projector${invite}`;
}

/** The newest live participant link made on this device: the one the projector shows. */
function newestParticipantInvite(
  list: readonly InviteView[],
  tokens: Readonly<Record<string, string>>,
): { id: string; token: string } | null {
  const live = list
    .filter((i) => i.role === Role.participant && i.revokedAt === null && tokens[i.id] !== undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const token = live ? tokens[live.id] : undefined;
  return live && token ? { id: live.id, token } : null;
}

/** The live projector link made on this device, if any. */
function currentProjectorLink(
  seriesId: string,
  list: readonly InviteView[],
  tokens: Readonly<Record<string, string>>,
): string | null {
  const id = projectorLinkId(seriesId);
  if (id === null) return null;
  const invite = list.find((i) => i.id === id);
  if (!invite || invite.revokedAt !== null) return null;
  return tokens[id] ?? null;
}

/** "Projektor-Link": makes (once) and shows the observer link for the beamer PC, to copy. */
export function ProjectorLink({ seriesId, invites }: { seriesId: string; invites: InvitesState }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const token = currentProjectorLink(seriesId, invites.invites ?? [], invites.tokens);
  const participant = newestParticipantInvite(invites.invites ?? [], invites.tokens);
  const url = token === null ? null : projectorLinkUrl(window.location.origin, token, participant?.token ?? null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  async function create(): Promise<void> {
    // The beamer PC cannot make links: it gets a participant link to show, made now if this device has none.
    const shown = participant ?? (await madeParticipantInvite());
    const created = await invites.create(Role.observer, null);
    if (!created) return;
    rememberProjectorLink(seriesId, created.inviteId);
    setCopied(await copyText(projectorLinkUrl(window.location.origin, created.token, shown?.token ?? null)));
  }

  async function madeParticipantInvite(): Promise<{ id: string; token: string } | null> {
    const created = await invites.create(Role.participant, null);
    return created ? { id: created.inviteId, token: created.token } : null;
  }

  return (
    <section className="projector-link-box" aria-label={t("invites.projectorLink.label")}>
      <div className="projector-link-head">
        <button
          type="button"
          className="button-secondary"
          disabled={invites.busy}
          data-testid="invite-projector-link"
          onClick={() => void create()}
        >
          {url === null ? t("invites.projectorLink") : t("invites.projectorLink.new")}
        </button>
        <span className="muted small">{t("invites.projectorLink.hint")}</span>
      </div>
      {url !== null && (
        <div className="invite-row-main">
          <input
            className="text-input invite-link"
            readOnly
            value={url}
            aria-label={t("invites.projectorLink.label")}
            data-testid="invite-projector-url"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button-secondary button-small"
            data-testid="invite-projector-copy"
            onClick={() => void copyText(url).then(setCopied)}
          >
            {copied ? t("invites.copied") : t("invites.copy")}
          </button>
        </div>
      )}
    </section>
  );
}
