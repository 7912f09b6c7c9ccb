import { nanoid } from "nanoid";
import type { SeriesState } from "@common/domain/types.js";
import { Role } from "@common/domain/vocabulary.js";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import type { PersonalLink } from "@common/protocol.js";
import type { ExecuteDeps } from "../series/execute.js";
import type { DeviceRecord } from "../storage/accessTypes.js";
import { deviceOpens, deviceRoom, stillLive, type Credentials } from "./handshake.js";
import { hashToken, makeToken, TokenKind, tokenKind } from "./tokens.js";

/**
 * Who may make a personal link for a person: the person themself (for their
 * own other device), or a facilitator for someone who is not a facilitator
 * (whether that person ever had a device is the storage's to answer, see
 * `createPersonalLink`). Null when allowed.
 */
export function personalLinkRefusal(state: SeriesState, askerId: string, personId: string): Rejection | null {
  const asker = Object.hasOwn(state.people, askerId) ? state.people[askerId] : undefined;
  if (!asker) return reject(ErrorCode.notJoined, "join the series first");
  if (askerId !== personId && asker.role !== Role.facilitator) {
    return reject(ErrorCode.forbidden, "only the person themself or a facilitator makes a personal link");
  }
  const person = Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
  if (!person) return reject(ErrorCode.notFound, "person not found");
  if (askerId !== personId && person.role === Role.facilitator) {
    return reject(ErrorCode.forbidden, "a facilitator's links are made by that facilitator, or as an invite link");
  }
  return null;
}

/**
 * Makes the personal link: a new device token of the person (stored only as
 * its hash), returned once. Made by the person from a device of their own, it
 * is a full device of theirs. Made by a facilitator for someone else — only for
 * a person who never had a device of their own — it is limited to "My
 * agreements" until the person claims it (`claimDevice`). Made from a device
 * that stems from someone else's link (its maker may hold a copy of it), it is
 * a claim token too: the person's claim then ends every other device of
 * theirs, the maker's copy included. It inherits where the asker's device came
 * from (the invite link at its root, who made its chain); one made for someone
 * else records its maker. When the asker's own device was revoked while the
 * link was made, the token is dropped unseen.
 */
export async function createPersonalLink(
  deps: ExecuteDeps,
  asker: Credentials,
  personId: string,
): Promise<{ ok: true; link: PersonalLink } | { ok: false; error: Rejection }> {
  const revoked = { ok: false, error: reject(ErrorCode.forbidden, "this device has no access any more") } as const;
  if (!(await stillLive(deps.storage, asker, deps.now()))) return revoked;
  const forSomeoneElse = asker.personId !== personId;
  if (forSomeoneElse && (await deps.storage.access.hasOwnDevice(asker.seriesId, personId))) {
    const message = "this person has joined: only they make links for their own devices";
    return { ok: false, error: reject(ErrorCode.conflict, message) };
  }
  const limited = forSomeoneElse || asker.createdBy !== null;
  const token = makeToken(TokenKind.device);
  await deps.storage.access.addDevice(
    {
      id: nanoid(),
      seriesId: asker.seriesId,
      personId,
      inviteId: asker.inviteId,
      createdAt: deps.now().toISOString(),
      revokedAt: null,
      createdBy: forSomeoneElse ? asker.personId : asker.createdBy,
      limited,
    },
    hashToken(token),
  );
  if (!(await stillLive(deps.storage, asker, deps.now()))) return revoked;
  return { ok: true, link: { personId, token, limited } };
}

/** What claiming a personal link answers: the device token to keep from now on. */
export interface Claimed {
  seriesId: string;
  personId: string;
  token: string;
}

/**
 * Opening a personal link on a device claims it. A full device token is the
 * person's already and is answered as it is. A limited one is exchanged, once,
 * for a new full device of the person, in one transaction that revokes every
 * other device of the person (the link itself, other limited links, and any
 * device claimed earlier — a copy its maker may hold). Of claims racing on one
 * link exactly one wins: revoking the link must change its row, which the
 * database lets only one of them do. The new device is the person's own: no
 * longer on the chain of the maker's invite link (the person never joined
 * through one), while it keeps its maker, so that links made from it are claim
 * tokens too. Null when the token opens nothing (any more).
 */
export async function claimDevice(deps: ExecuteDeps, token: unknown): Promise<Claimed | null> {
  if (tokenKind(token) !== TokenKind.device || typeof token !== "string") return null;
  const tokenHash = hashToken(token);
  const device = await deps.storage.access.deviceByHash(tokenHash);
  if (!deviceOpens(device, deps.now())) return null;
  const fresh = makeToken(TokenKind.device);
  const at = deps.now().toISOString();
  if (!device.limited) {
    if (device.expiresAt == null) return { seriesId: device.seriesId, personId: device.personId, token };
    // A mailed link to an address the person entered: opening it makes a device of their own,
    // on the same chain and without the link's expiry; the link opens others until it expires.
    await deps.storage.access.addDevice(
      { ...device, id: nanoid(), createdAt: at, revokedAt: null, expiresAt: null },
      hashToken(fresh),
    );
    return { seriesId: device.seriesId, personId: device.personId, token: fresh };
  }
  const ended = await deps.storage.transaction(async (tx) => {
    const still = await tx.access.deviceByHash(tokenHash);
    if (!deviceOpens(still, deps.now()) || !still.limited) return null;
    // Whoever claimed first wins; a second claim changes no row and gets nothing.
    if (!(await tx.access.revokeDevice(still.id, at))) return null;
    const others = await tx.access.revokeDevicesOf(still.seriesId, still.personId, at);
    const own: DeviceRecord = {
      ...still,
      id: nanoid(),
      createdAt: at,
      revokedAt: null,
      inviteId: null,
      limited: false,
      expiresAt: null,
    };
    await tx.access.addDevice(own, hashToken(fresh));
    return [still.id, ...others];
  });
  if (!ended) return null;
  // Their connections end now (the limited one, a copy in someone else's hands); the new device has none yet.
  deps.cutOff?.(ended.map(deviceRoom));
  return { seriesId: device.seriesId, personId: device.personId, token: fresh };
}
