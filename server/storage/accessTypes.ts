import type { Role } from "@common/domain/vocabulary.js";

/** An invite link of a series, as stored (the token only as its hash). */
export interface InviteRecord {
  id: string;
  seriesId: string;
  role: Role;
  /** The organisation whose people the link is for; null for a link anyone picks their organisation on. */
  orgId: string | null;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  /** After this moment nobody can join through the link any more; null: until revoked. */
  expiresAt: string | null;
}

/** A person's device token, as stored (the token only as its hash). */
export interface DeviceRecord {
  id: string;
  seriesId: string;
  personId: string;
  /**
   * The invite link at the root of the device's chain: the one its person joined through,
   * inherited by every device made from another one; null for a series' creator.
   */
  inviteId: string | null;
  createdAt: string;
  revokedAt: string | null;
  /**
   * Who made the device's chain for someone else (a facilitator's personal link), kept when it
   * is claimed and inherited by devices made from it (whose links are claim tokens in turn);
   * null when the person got it by joining or creating the series.
   */
  createdBy: string | null;
  /** Limited to "My agreements" until its person claims it (a link a facilitator made for them). */
  limited: boolean;
  /**
   * When the device stops opening anything: set for a personal link sent by mail (the series'
   * link validity), which is exchanged for a device of its own when opened; missing or null: never.
   */
  expiresAt?: string | null;
}

/** Invite links and device tokens; the same calls inside and outside a transaction. */
export interface AccessStore {
  addInvite(invite: InviteRecord, tokenHash: string): Promise<void>;
  inviteByHash(tokenHash: string): Promise<InviteRecord | null>;
  /** The series' invite links, newest first, with how many people joined through each. */
  invitesOf(seriesId: string): Promise<(InviteRecord & { joined: number })[]>;
  /** Revokes an invite link and every device that joined through it; false when there is no such live link. */
  revokeInvite(seriesId: string, inviteId: string, at: string): Promise<boolean>;
  addDevice(device: DeviceRecord, tokenHash: string): Promise<void>;
  deviceByHash(tokenHash: string): Promise<DeviceRecord | null>;
  /**
   * Revokes every device of a person, the limited links they made for others that were not
   * claimed yet, and the invite links they made (with everyone who joined through those);
   * returns how many devices.
   */
  revokePerson(seriesId: string, personId: string, at: string): Promise<number>;
  /** Revokes the limited links someone made for others that were not claimed yet; returns how many. */
  revokeMadeBy(seriesId: string, createdBy: string, at: string): Promise<number>;
  /**
   * Revokes one device if it is still live: true for exactly one of several calls racing on
   * it (the row's lock orders them; later ones find it revoked).
   */
  revokeDevice(deviceId: string, at: string): Promise<boolean>;
  /** Revokes every live device of a person; returns their ids. */
  revokeDevicesOf(seriesId: string, personId: string, at: string): Promise<string[]>;
  /** Whether the device and the invite link at its root are both unrevoked. */
  deviceLive(deviceId: string): Promise<boolean>;
  /** Whether the person ever had a device of their own (not a limited one), revoked or not. */
  hasOwnDevice(seriesId: string, personId: string): Promise<boolean>;
  /** How many live devices of their own (not limited, not revoked, root link not revoked) the person has. */
  liveOwnDevices(seriesId: string, personId: string): Promise<number>;
  /** Revokes the person's limited devices (claimed, or no longer fitting their role); returns how many. */
  revokeLimited(seriesId: string, personId: string, at: string): Promise<number>;
  /**
   * Closes the person's unrevoked invite links for any of `roles`: nobody joins through them
   * from `at` on; people who joined keep their access. Returns how many.
   */
  closeInvites(seriesId: string, createdBy: string, roles: readonly Role[], at: string): Promise<number>;
  /** Raises the series' access generation: commands of its connections check their device again. */
  raiseAccessGeneration(seriesId: string): Promise<void>;
}
