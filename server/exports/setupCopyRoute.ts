import type { Express, Request, Response } from "express";
import { z } from "zod";
import { seriesCreateSchema } from "@common/domain/commands.js";
import { seriesSetupCopy } from "@common/domain/series/setupCopy.js";
import { projectState } from "@common/domain/visibility/project.js";
import { ErrorCode, reject } from "@common/errors.js";
import { creatorKey, type SeriesGate } from "../security/seriesGate.js";
import type { ExecuteDeps } from "../series/execute.js";
import { describeIssues } from "../transport/describeIssues.js";
import { importBackup } from "./backup.js";
import type { BearerAccess } from "./bearer.js";
import { guarded, refuse } from "./exportRoutes.js";

/** What a copy of a series' setup asks for: the new series' name. */
export const setupCopyBody = z.strictObject({ name: seriesCreateSchema.shape.name });

async function copySetup(
  deps: ExecuteDeps,
  gate: SeriesGate,
  req: Request,
  res: Response,
  access: BearerAccess,
): Promise<void> {
  const parsed = setupCopyBody.safeParse(req.body ?? {});
  if (!parsed.success) return refuse(res, 400, reject(ErrorCode.invalidMessage, describeIssues(parsed.error)));
  // The facilitator copies what they may see, as their backup holds it: another organisation's internal goals stay out.
  const copy = seriesSetupCopy(projectState(access.state, access.viewer), {
    name: parsed.data.name,
    createdAt: deps.now().toISOString(),
  });
  const bytes = Buffer.byteLength(JSON.stringify(copy), "utf8");
  const admitted = await gate.admit(req, { creator: creatorKey(access.person.id), bytes });
  if (!admitted.ok) return refuse(res, admitted.status, admitted.error);
  // The copy keeps the source's id and the caller in it: they facilitate it as the person they are there.
  const importer = { seriesId: access.seriesId, personId: access.person.id, name: access.person.name };
  const created = await importBackup(deps, importer, copy, admitted.value);
  if (!created.ok) return refuse(res, created.status, created.error);
  res.status(201).json(created.value);
}

/**
 * `POST /api/series/:id/copy-setup` with `{ name }`: a new series with the
 * setup of this one (see `seriesSetupCopy`), for a facilitator of it, through
 * the gate of new series. It answers like an import: the new series' id,
 * the caller's person id in it and their new device token.
 */
export function setupCopyRoute(app: Express, deps: ExecuteDeps, gate: SeriesGate): void {
  app.post(
    "/api/series/:id/copy-setup",
    guarded(deps, true, (req, res, access) => copySetup(deps, gate, req, res, access)),
  );
}
