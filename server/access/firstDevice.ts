import { nanoid } from "nanoid";
import { originRecord, type OriginOf } from "../security/seriesGate.js";
import type { SeriesTransaction } from "../storage/types.js";
import { hashToken } from "./tokens.js";

/**
 * What a new series (created, imported or the example) writes beside its
 * first event: the device of the person who made it, a full device of their
 * own, and where the series came from (for the quota).
 */
export function firstDeviceAndOrigin(
  seriesId: string,
  personId: string,
  token: string,
  origin: OriginOf,
  at: string,
): (tx: SeriesTransaction) => Promise<void> {
  return async (tx) => {
    await tx.access.addDevice(
      {
        id: nanoid(),
        seriesId,
        personId,
        inviteId: null,
        createdAt: at,
        revokedAt: null,
        createdBy: null,
        limited: false,
      },
      hashToken(token),
    );
    await tx.origins.addOrigin(originRecord(origin, seriesId, personId, at));
  };
}
