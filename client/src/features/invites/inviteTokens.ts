import { z } from "zod";
import { readJson, readString, writeJson, writeString } from "../../localStore.js";

/**
 * The raw token of an invite exists only in the reply that created it: this
 * device keeps the ones it made (inviteId -> token) so that the facilitator
 * can show, copy and project them again.
 */
function tokensKey(seriesId: string): string {
  return `einklang.invites.${seriesId}`;
}

function projectorKey(seriesId: string): string {
  return `einklang.projectorInvite.${seriesId}`;
}

const tokensSchema = z.record(z.string(), z.string());

/** The invite tokens made on this device for a series, by invite id. */
export function readInviteTokens(seriesId: string): Record<string, string> {
  const parsed = tokensSchema.safeParse(readJson(tokensKey(seriesId)));
  return parsed.success ? parsed.data : {};
}

/** Keeps a freshly made invite's token on this device. */
export function rememberInviteToken(seriesId: string, inviteId: string, token: string): void {
  writeJson(tokensKey(seriesId), { ...readInviteTokens(seriesId), [inviteId]: token });
}

/** Marks the participant invite the projector shows as a QR code. */
export function chooseProjectorInvite(seriesId: string, inviteId: string): void {
  writeString(projectorKey(seriesId), inviteId);
}

/** The token of the participant invite the projector shows; null when this device has none. */
export function projectorInviteToken(seriesId: string): string | null {
  const inviteId = readString(projectorKey(seriesId));
  if (inviteId === null) return null;
  return readInviteTokens(seriesId)[inviteId] ?? null;
}

function projectorLinkKey(seriesId: string): string {
  return `einklang.projectorLink.${seriesId}`;
}

/** Marks the observer invite made on this device for the projector PC. */
export function rememberProjectorLink(seriesId: string, inviteId: string): void {
  writeString(projectorLinkKey(seriesId), inviteId);
}

/** The id of the projector PC's invite made on this device; null when none. */
export function projectorLinkId(seriesId: string): string | null {
  return readString(projectorLinkKey(seriesId));
}

/** The participant invite a projector link brought to this (beamer) device; its id is not known here. */
const BROUGHT_BY_PROJECTOR_LINK = "projector-link";

/** Keeps the participant invite a projector link carried, for this device's projector view to show. */
export function rememberProjectorParticipantInvite(seriesId: string, token: string): void {
  rememberInviteToken(seriesId, BROUGHT_BY_PROJECTOR_LINK, token);
  chooseProjectorInvite(seriesId, BROUGHT_BY_PROJECTOR_LINK);
}
