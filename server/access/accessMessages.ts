import type { Server } from "socket.io";
import { Role } from "@common/domain/vocabulary.js";
import { ErrorCode, reject } from "@common/errors.js";
import { LIMITS } from "@common/limits.js";
import { accessRequestSchema, type AccessReply, type InviteView } from "@common/protocol.js";
import type { ExecuteDeps } from "../series/execute.js";
import { describeIssues } from "../transport/describeIssues.js";
import { accessRoom, inviteRoom, madeByRoom, stillLive, ViewMode, type Credentials } from "./handshake.js";
import { createInvite } from "./people.js";
import { createPersonalLink, personalLinkRefusal } from "./personalLink.js";

/** The series' invite links as facilitators see them (never their tokens). */
async function inviteViews(deps: ExecuteDeps, seriesId: string): Promise<InviteView[]> {
  return (await deps.storage.access.invitesOf(seriesId)).map((invite) => ({
    id: invite.id,
    role: invite.role,
    orgId: invite.orgId,
    createdAt: invite.createdAt,
    createdBy: invite.createdBy,
    revokedAt: invite.revokedAt,
    expiresAt: invite.expiresAt,
    joined: invite.joined,
  }));
}

/**
 * `access`: a facilitator of the series lists, makes and revokes invite links
 * or revokes a person's devices; a person makes a personal link for their own
 * other device, a facilitator a limited one for someone who never joined.
 * A limited device manages nothing. Revoking cuts the affected connections
 * at once, on every instance (the Redis adapter carries `disconnectSockets`).
 * The projector (public) view does none of this.
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
  const request = parsed.data;
  if (who.view === ViewMode.public) {
    return { ok: false, error: reject(ErrorCode.forbidden, "the projector view does not manage access") };
  }
  if (who.limited) {
    return { ok: false, error: reject(ErrorCode.forbidden, "this link opens only My agreements") };
  }
  const state = await deps.cache.current(deps.storage, who.seriesId);
  if (!state) return { ok: false, error: reject(ErrorCode.unknownSeries, "series does not exist") };
  const me = Object.hasOwn(state.people, who.personId) ? state.people[who.personId] : undefined;
  if (request.action === "personalLink") {
    const refusal = personalLinkRefusal(state, who.personId, request.personId);
    if (refusal) return { ok: false, error: refusal };
    const made = await createPersonalLink(deps, who, request.personId);
    if (!made.ok) return made;
    const invites = me?.role === Role.facilitator ? await inviteViews(deps, who.seriesId) : [];
    return { ok: true, invites, personalLink: made.link };
  }
  if (me?.role !== Role.facilitator) {
    return { ok: false, error: reject(ErrorCode.forbidden, "only a facilitator manages invite links") };
  }
  // A message queued on the connection before its device was revoked does nothing.
  if (request.action !== "invites" && !(await stillLive(deps.storage, who, deps.now()))) {
    return { ok: false, error: reject(ErrorCode.forbidden, "this device has no access any more") };
  }
  let created: { inviteId: string; token: string } | undefined;
  switch (request.action) {
    case "invites":
      break;
    case "createInvite":
      if (request.orgId && !Object.hasOwn(state.orgs, request.orgId)) {
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
      const at = deps.now().toISOString();
      const revoked = await deps.storage.transaction((tx) =>
        tx.access.revokeInvite(who.seriesId, request.inviteId, at),
      );
      if (!revoked) return { ok: false, error: reject(ErrorCode.notFound, "no such live invite link") };
      io.in(inviteRoom(request.inviteId)).disconnectSockets(true);
      break;
    }
    case "revokePerson": {
      if (request.personId === who.personId) {
        return { ok: false, error: reject(ErrorCode.conflict, "a facilitator cannot lock themselves out") };
      }
      if (!Object.hasOwn(state.people, request.personId)) {
        return { ok: false, error: reject(ErrorCode.notFound, "person not found") };
      }
      const before = await deps.storage.access.invitesOf(who.seriesId);
      const at = deps.now().toISOString();
      await deps.storage.transaction((tx) => tx.access.revokePerson(who.seriesId, request.personId, at));
      // Nothing waiting in the outbox reaches a revoked person (their links in it would not open anyway).
      await deps.storage.mail.cancelMailsOf(who.seriesId, request.personId, at);
      await deps.storage.calendar.revokeFeedsOf(who.seriesId, request.personId, at);
      io.in(accessRoom(who.seriesId, request.personId)).disconnectSockets(true);
      io.in(madeByRoom(who.seriesId, request.personId)).disconnectSockets(true);
      for (const invite of before) {
        if (invite.createdBy === request.personId && invite.revokedAt === null) {
          io.in(inviteRoom(invite.id)).disconnectSockets(true);
        }
      }
      break;
    }
  }
  const invites = await inviteViews(deps, who.seriesId);
  return created ? { ok: true, invites, created } : { ok: true, invites };
}
