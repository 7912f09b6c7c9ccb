import type { Person, SeriesState } from "@common/domain/types.js";
import { viewerOf, type Viewer } from "@common/domain/visibility/viewer.js";
import { Role } from "@common/domain/vocabulary.js";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { credentialsOf } from "../access/handshake.js";
import type { ExecuteDeps } from "../series/execute.js";

/** Who a request of the export API is: a person of a series, from their device token. */
export interface BearerAccess {
  seriesId: string;
  person: Person;
  viewer: Viewer;
  /** The series' current state, in full: render from `projectState(state, viewer)` only. */
  state: SeriesState;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; error: Rejection };

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,100})$/i;

function refused(status: number, message: string): Outcome<never> {
  return { ok: false, status, error: reject(ErrorCode.forbidden, message) };
}

/**
 * Checks `Authorization: Bearer <device token>`: 401 without a live token
 * (missing, malformed, unknown or revoked), 403 for a token of another
 * series than `seriesId` (when one is asked for) or without the role.
 */
export async function bearerAccess(
  deps: Pick<ExecuteDeps, "storage" | "cache" | "now">,
  authorization: string | undefined,
  want: { seriesId: string | null; facilitator: boolean },
): Promise<Outcome<BearerAccess>> {
  const token = BEARER.exec(authorization ?? "")?.[1];
  if (token === undefined) return refused(401, "send a device token: Authorization: Bearer ekd_…");
  const found = await credentialsOf(deps.storage, { token }, deps.now());
  if (!found.ok) return refused(401, "this device token is not valid");
  const { seriesId, personId, limited } = found.credentials;
  if (limited) return refused(403, "this link opens only My agreements: open it on your device first");
  if (want.seriesId !== null && want.seriesId !== seriesId) return refused(403, "this token is for another series");
  const state = await deps.cache.current(deps.storage, seriesId);
  const person = state && Object.hasOwn(state.people, personId) ? state.people[personId] : undefined;
  const viewer = state && viewerOf(state, personId);
  if (!state || !person || !viewer) return refused(403, "this person is not part of the series");
  if (want.facilitator && person.role !== Role.facilitator) {
    return refused(403, "only a facilitator of the series may do this");
  }
  return { ok: true, value: { seriesId, person, viewer, state } };
}
