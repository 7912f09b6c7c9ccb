import type { Server } from "socket.io";
import { Role } from "../../common/domain/vocabulary.js";
import { ErrorCode, reject } from "../../common/errors.js";
import { LIMITS } from "../../common/limits.js";
import { accessRequestSchema, type AccessReply, type InviteView } from "../../common/protocol.js";
import type { ExecuteDeps } from "../series/execute.js";
import { describeIssues } from "../transport/describeIssues.js";
import { accessRoom, inviteRoom, ViewMode, type Credentials } from "./handshake.js";
import { createInvite } from "./people.js";

/**
 * `access`: a facilitator of the series lists, makes and revokes invite links
 * or revokes a person's devices. Revoking cuts the affected connections at once,
 * on every instance (the Redis adapter carries `disconnectSockets`).
 */
export async function handleAccess(
  io: Pick<Server, "in">,
  who: Credentials & { joined: boolean },
  deps: ExecuteDeps,
  raw: unknown,
): Promise<AccessReply> {
  const parsed = accessRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) };
  if (!who.joined) return { ok: false, error: reject(ErrorCode.notJoined, "say hello first") };
  const state = await deps.cache.current(deps.storage, who.seriesId);
  const me = state && Object.hasOwn(state.people, who.personId) ? state.people[who.personId] : undefined;
  if (who.view === ViewMode.public || me?.role !== Role.facilitator) {
    return { ok: false, error: reject(ErrorCode.forbidden, "only a facilitator manages invite links") };
  }
  const request = parsed.data;
  let created: { inviteId: string; token: string } | undefined;
  switch (request.action) {
    case "invites":
      break;
    case "createInvite":
      if (request.orgId && !Object.hasOwn(state?.orgs ?? {}, request.orgId)) {
        return { ok: false, error: reject(ErrorCode.notFound, "organisation not found") };
      }
      created = await createInvite(
        deps,
        who.seriesId,
        request.role,
        who.personId,
        request.orgId ?? null,
        request.validDays === undefined ? LIMITS.inviteValidDays : request.validDays,
      );
      break;
    case "revokeInvite": {
      const revoked = await deps.storage.access.revokeInvite(who.seriesId, request.inviteId, deps.now().toISOString());
      if (!revoked) return { ok: false, error: reject(ErrorCode.notFound, "no such live invite link") };
      io.in(inviteRoom(request.inviteId)).disconnectSockets(true);
      break;
    }
    case "revokePerson": {
      if (request.personId === who.personId) {
        return { ok: false, error: reject(ErrorCode.conflict, "a facilitator cannot lock themselves out") };
      }
      const before = await deps.storage.access.invitesOf(who.seriesId);
      await deps.storage.access.revokePerson(who.seriesId, request.personId, deps.now().toISOString());
      io.in(accessRoom(who.seriesId, request.personId)).disconnectSockets(true);
      for (const invite of before) {
        if (invite.createdBy === request.personId && invite.revokedAt === null) {
          io.in(inviteRoom(invite.id)).disconnectSockets(true);
        }
      }
      break;
    }
  }
  const invites: InviteView[] = (await deps.storage.access.invitesOf(who.seriesId)).map((invite) => ({
    id: invite.id,
    role: invite.role,
    orgId: invite.orgId,
    createdAt: invite.createdAt,
    createdBy: invite.createdBy,
    revokedAt: invite.revokedAt,
    expiresAt: invite.expiresAt,
    joined: invite.joined,
  }));
  return created ? { ok: true, invites, created } : { ok: true, invites };
}
