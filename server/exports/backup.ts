import { nanoid } from "nanoid";
import { firstDeviceAndOrigin } from "../access/firstDevice.js";
import { z } from "zod";
import { seriesStateSchema } from "@common/domain/commands.js";
import type { SeriesState } from "@common/domain/types.js";
import { projectState } from "@common/domain/visibility/project.js";
import { ErrorCode } from "@common/errors.js";
import type { Admission } from "../access/people.js";
import { makeToken, TokenKind } from "../access/tokens.js";
import type { OriginOf } from "../security/seriesGate.js";
import { executeCommand, type ExecuteDeps } from "../series/execute.js";
import type { BearerAccess, Outcome } from "./bearer.js";

/** What marks a file as an Einklang backup, and the version of its layout. */
export const BACKUP_FORMAT = "einklang-series-backup";
export const BACKUP_VERSION = 1;

/** The largest backup an import takes, in bytes (a series' own limits keep real ones far below). */
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;

/** A backup file: the series as its exporting facilitator sees it, with a format marker and version. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  series: seriesStateSchema,
});
export type BackupFile = z.infer<typeof backupFileSchema>;

/**
 * The whole series as one file, as the facilitator may see it: other
 * organisations' internal items, other people's ballots and the authors of
 * anonymous contributions are not in it.
 */
export function seriesBackup(access: BearerAccess, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    series: projectState(access.state, access.viewer),
  };
}

/** The person importing: who they are in the series their token belongs to. */
export interface Importer {
  seriesId: string;
  personId: string;
  name: string;
}

/**
 * Restores a backup as a new series in one transaction: the series, its one
 * `series.restore` event and the importer's device token commit together.
 * The importer facilitates it — as themselves when the backup is of their
 * own series and names them, else as a new person. Nobody else's devices
 * come along: the people are there, their ways in are not. A copy of a
 * series' setup (`seriesSetupCopy`) is made the same way.
 */
export async function importBackup(
  deps: ExecuteDeps,
  importer: Importer,
  series: SeriesState,
  origin: OriginOf,
): Promise<Outcome<Admission>> {
  const seriesId = nanoid();
  const ownSeries = series.id === importer.seriesId && Object.hasOwn(series.people, importer.personId);
  const personId = ownSeries ? importer.personId : nanoid();
  const token = makeToken(TokenKind.device);
  const at = deps.now().toISOString();
  const result = await executeCommand(deps, {
    seriesId,
    commandId: nanoid(),
    actorId: personId,
    command: { type: "series.restore", series, importerName: importer.name },
    createsSeries: true,
    trusted: true,
    alongside: firstDeviceAndOrigin(seriesId, personId, token, origin, at),
  });
  if (!result.ok) {
    const status = result.error.code === ErrorCode.storageUnavailable ? 503 : 400;
    return { ok: false, status, error: result.error };
  }
  return { ok: true, value: { seriesId, personId, token } };
}
