import { nanoid } from "nanoid";
import { firstDeviceAndOrigin } from "./firstDevice.js";
import type { PersonFunction, Role } from "@common/domain/vocabulary.js";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { LIMITS } from "@common/limits.js";
import { executeCommand, Refused, type ExecuteDeps } from "../series/execute.js";
import type { InviteRecord } from "../storage/accessTypes.js";
import type { OriginOf } from "../security/seriesGate.js";
import { hashToken, makeToken, TokenKind, tokenKind } from "./tokens.js";

/** A person's way back into a series: the device token the browser keeps. */
export interface Admission {
  seriesId: string;
  personId: string;
  token: string;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; error: Rejection };

const INVITE_VALID_DAYS = LIMITS.inviteValidDays;
const DAY_MS = 24 * 60 * 60 * 1000;

const inviteKinds: Record<Role, TokenKind> = {
  facilitator: TokenKind.facilitatorInvite,
  participant: TokenKind.participantInvite,
  observer: TokenKind.observerInvite,
};

/** Creates a series with its creator as facilitator, and the creator's device token, in one transaction. */
export async function createSeriesWithCreator(
  deps: ExecuteDeps,
  input: { name: string; creatorName: string },
  origin: OriginOf,
): Promise<Outcome<Admission>> {
  const seriesId = nanoid();
  const personId = nanoid();
  const token = makeToken(TokenKind.device);
  const at = deps.now().toISOString();
  const result = await executeCommand(deps, {
    seriesId,
    commandId: nanoid(),
    actorId: personId,
    command: { type: "series.create", name: input.name, creatorName: input.creatorName },
    createsSeries: true,
    trusted: true,
    alongside: firstDeviceAndOrigin(seriesId, personId, token, origin, at),
  });
  if (!result.ok) return { ok: false, status: 503, error: result.error };
  return { ok: true, value: { seriesId, personId, token } };
}

/** Makes a new invite link for a role; the token is returned once and stored only as its hash. */
export async function createInvite(
  deps: ExecuteDeps,
  seriesId: string,
  role: Role,
  createdBy: string,
  orgId: string | null = null,
  validDays: number | null = INVITE_VALID_DAYS,
): Promise<{ inviteId: string; token: string }> {
  const token = makeToken(inviteKinds[role]);
  const now = deps.now();
  const invite: InviteRecord = {
    id: nanoid(),
    seriesId,
    role,
    orgId,
    createdAt: now.toISOString(),
    createdBy,
    revokedAt: null,
    expiresAt: validDays === null ? null : new Date(now.getTime() + validDays * DAY_MS).toISOString(),
  };
  await deps.storage.access.addInvite(invite, hashToken(token));
  return { inviteId: invite.id, token };
}

/** The live invite a token opens, or why not. */
export async function liveInvite(deps: ExecuteDeps, token: unknown): Promise<Outcome<InviteRecord>> {
  const kind = tokenKind(token);
  if (kind === null || kind === TokenKind.device || typeof token !== "string") {
    return { ok: false, status: 401, error: reject(ErrorCode.forbidden, "this invite link is not valid") };
  }
  const invite = await deps.storage.access.inviteByHash(hashToken(token));
  if (!invite) return { ok: false, status: 401, error: reject(ErrorCode.forbidden, "this invite link is not valid") };
  if (invite.revokedAt !== null) {
    return { ok: false, status: 403, error: reject(ErrorCode.forbidden, "this invite link was revoked") };
  }
  if (invite.expiresAt !== null && invite.expiresAt <= deps.now().toISOString()) {
    return { ok: false, status: 410, error: reject(ErrorCode.forbidden, "this invite link has expired") };
  }
  return { ok: true, value: invite };
}

export interface JoinRequest {
  token: string;
  name: string;
  orgId: string | null;
  newOrgName?: string | undefined;
  function: PersonFunction | null;
}

/** Joins a person through an invite link: the person and their device token commit together. */
export async function joinByInvite(deps: ExecuteDeps, request: JoinRequest): Promise<Outcome<Admission>> {
  const found = await liveInvite(deps, request.token);
  if (!found.ok) return found;
  const invite = found.value;
  if (request.newOrgName && invite.role === "observer") {
    // Guests write nothing, an organisation included (repeated joins would fill the series' list).
    const error = reject(ErrorCode.forbidden, "a guest link cannot create an organisation; pick one or none");
    return { ok: false, status: 403, error };
  }
  const personId = nanoid();
  const token = makeToken(TokenKind.device);
  const at = deps.now().toISOString();
  // A link for one organisation puts its people there; otherwise they pick one, or found a new one.
  const newOrg =
    invite.orgId === null && request.newOrgName ? { orgId: nanoid(), name: request.newOrgName } : undefined;
  const orgId = invite.orgId ?? (newOrg ? newOrg.orgId : request.orgId);
  const result = await executeCommand(deps, {
    seriesId: invite.seriesId,
    commandId: nanoid(),
    actorId: personId,
    command: {
      type: "person.join",
      name: request.name,
      orgId,
      function: request.function,
      role: invite.role,
      // Picking an existing organisation on an open link is a claim a member still has to confirm.
      confirmed: invite.orgId !== null || newOrg !== undefined || orgId === null,
      ...(newOrg ? { newOrg } : {}),
    },
    trusted: true,
    alongside: async (tx) => {
      // The link may have been revoked, or closed (its maker demoted), while the person typed their name.
      const still = await tx.access.inviteByHash(hashToken(request.token));
      const closed = still?.expiresAt != null && still.expiresAt <= deps.now().toISOString();
      if (!still || still.revokedAt !== null || closed) {
        throw new Refused(reject(ErrorCode.forbidden, "this invite link was closed while you joined"));
      }
      await tx.access.addDevice(
        {
          id: nanoid(),
          seriesId: invite.seriesId,
          personId,
          inviteId: invite.id,
          createdAt: at,
          revokedAt: null,
          createdBy: null,
          limited: false,
        },
        hashToken(token),
      );
    },
  });
  if (!result.ok) {
    const status = result.error.code === ErrorCode.storageUnavailable ? 503 : 400;
    return { ok: false, status, error: result.error };
  }
  return { ok: true, value: { seriesId: invite.seriesId, personId, token } };
}
