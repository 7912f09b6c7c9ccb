import { nanoid } from "nanoid";
import type { SeriesState } from "../../common/domain/types.js";
import { Role } from "../../common/domain/vocabulary.js";
import { ErrorCode, reject, type Rejection } from "../../common/errors.js";
import type { PersonalLink } from "../../common/protocol.js";
import type { ExecuteDeps } from "../series/execute.js";
import { stillLive, type Credentials } from "./handshake.js";
import { hashToken, makeToken, TokenKind } from "./tokens.js";

/**
 * Who may make a personal link for a person: the person themself (for their
 * own other device), or a facilitator for anyone of the series (people added
 * without joining have no device at all). Null when allowed.
 */
export function personalLinkRefusal(state: SeriesState, askerId: string, personId: string): Rejection | null {
  const asker = Object.hasOwn(state.people, askerId) ? state.people[askerId] : undefined;
  if (!asker) return reject(ErrorCode.notJoined, "join the series first");
  if (askerId !== personId && asker.role !== Role.facilitator) {
    return reject(ErrorCode.forbidden, "only the person themself or a facilitator makes a personal link");
  }
  if (!Object.hasOwn(state.people, personId)) return reject(ErrorCode.notFound, "person not found");
  return null;
}

/**
 * Makes the personal link: a new device token of the person, exactly like the
 * one a join hands out (stored only as its hash, no invite behind it, revoked
 * with the person). The token is returned once. When the asker's own device
 * was revoked while the link was made, the token is dropped unseen: nobody
 * can use a device nobody knows the token of.
 */
export async function createPersonalLink(
  deps: ExecuteDeps,
  asker: Credentials,
  personId: string,
): Promise<{ ok: true; link: PersonalLink } | { ok: false; error: Rejection }> {
  const revoked = { ok: false, error: reject(ErrorCode.forbidden, "this device has no access any more") } as const;
  if (!(await stillLive(deps.storage, asker))) return revoked;
  const token = makeToken(TokenKind.device);
  await deps.storage.access.addDevice(
    {
      id: nanoid(),
      seriesId: asker.seriesId,
      personId,
      inviteId: null,
      createdAt: deps.now().toISOString(),
      revokedAt: null,
    },
    hashToken(token),
  );
  if (!(await stillLive(deps.storage, asker))) return revoked;
  return { ok: true, link: { personId, token } };
}
