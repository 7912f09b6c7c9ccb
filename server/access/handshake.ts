import type { ExtendedError } from "socket.io";
import { ConnectRefusal } from "@common/protocol.js";
import type { DeviceRecord } from "../storage/accessTypes.js";
import type { Storage } from "../storage/types.js";
import { hashToken, TokenKind, tokenKind } from "./tokens.js";

/** How a connection sees the series: as its person, or as the public (projector) view. */
export const ViewMode = { own: "own", public: "public" } as const;
export type ViewMode = (typeof ViewMode)[keyof typeof ViewMode];

/** Who a connection is, from its device token; set in the handshake, never taken from payloads. */
export interface Credentials {
  seriesId: string;
  personId: string;
  deviceId: string;
  inviteId: string | null;
  /** Who made the device's chain for this person, if someone else did (see DeviceRecord). */
  createdBy: string | null;
  /** Limited to "My agreements" until claimed: no board, no live events, no access management. */
  limited: boolean;
  /** When a mailed link stops opening anything (opened, it is exchanged for a device of its own); null: never. */
  expiresAt: string | null;
  view: ViewMode;
  /** The SHA-256 of the device token (never the token), to check again that it is still live. */
  tokenHash: string;
}

/** Whether a device opens anything at `now`: not revoked, and not a mailed link past its validity. */
export function deviceOpens(device: DeviceRecord | null, now: Date): device is DeviceRecord {
  if (device === null || device.revokedAt !== null) return false;
  return device.expiresAt == null || device.expiresAt > now.toISOString();
}

/** Whether the device behind a connection is still live (a revocation may have raced its handshake). */
export async function stillLive(storage: Storage, credentials: Credentials, now: Date): Promise<boolean> {
  return deviceOpens(await storage.access.deviceByHash(credentials.tokenHash), now);
}

/** The room of every connection of one device (to cut them off when it is revoked). */
export function deviceRoom(deviceId: string): string {
  return `device:${deviceId}`;
}

/** The room of every connection that joined through one invite link. */
export function inviteRoom(inviteId: string): string {
  return `invite:${inviteId}`;
}

/** The room of every connection of a device someone made for another person (cut off with its maker). */
export function madeByRoom(seriesId: string, personId: string): string {
  return `made-by:${seriesId}:${personId}`;
}

/** The room of every connection of one person's limited devices (cut off when the person becomes a facilitator). */
export function limitedRoom(seriesId: string, personId: string): string {
  return `limited:${seriesId}:${personId}`;
}

/** The room of one person's own-view connections in a series: where their projected events go. */
export function personRoom(seriesId: string, personId: string): string {
  return `person:${seriesId}:${personId}`;
}

/** The room of every connection of one person, own and public view (to cut them all off). */
export function accessRoom(seriesId: string, personId: string): string {
  return `access:${seriesId}:${personId}`;
}

function refusal(): ExtendedError {
  return new Error(ConnectRefusal.unauthorized);
}

/**
 * Checks the device token in the handshake's `auth` (never a query string):
 * a connection without a live token of the series is refused before any message.
 */
export async function credentialsOf(
  storage: Storage,
  auth: unknown,
  now: Date,
): Promise<{ ok: true; credentials: Credentials } | { ok: false; error: ExtendedError }> {
  const token = typeof auth === "object" && auth !== null && "token" in auth ? auth.token : undefined;
  if (tokenKind(token) !== TokenKind.device || typeof token !== "string") return { ok: false, error: refusal() };
  const tokenHash = hashToken(token);
  const device = await storage.access.deviceByHash(tokenHash);
  if (!deviceOpens(device, now)) return { ok: false, error: refusal() };
  const wantsPublic = typeof auth === "object" && auth !== null && "view" in auth && auth.view === ViewMode.public;
  return {
    ok: true,
    credentials: {
      seriesId: device.seriesId,
      personId: device.personId,
      deviceId: device.id,
      inviteId: device.inviteId,
      createdBy: device.createdBy,
      limited: device.limited,
      expiresAt: device.expiresAt ?? null,
      // A limited device opens only its person's agreements, never the projector's board.
      view: wantsPublic && !device.limited ? ViewMode.public : ViewMode.own,
      tokenHash,
    },
  };
}
