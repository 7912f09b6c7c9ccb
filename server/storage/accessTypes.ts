import type { Role } from "../../common/domain/vocabulary.js";

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
  /** The invite link the person joined through; null for a series' creator. */
  inviteId: string | null;
  createdAt: string;
  revokedAt: string | null;
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
  /** Revokes every device of a person, and the invite links they made; returns how many devices. */
  revokePerson(seriesId: string, personId: string, at: string): Promise<number>;
}
