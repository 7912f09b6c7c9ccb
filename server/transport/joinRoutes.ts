import type { Express, Response } from "express";
import { z } from "zod";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { LIMITS } from "@common/limits.js";
import { oneOf, text } from "@common/domain/commands/fields.js";
import { idSchema } from "@common/domain/commands.js";
import { PersonFunction } from "@common/domain/vocabulary.js";
import { joinByInvite, liveInvite } from "../access/people.js";
import { credentialsOf } from "../access/handshake.js";
import { claimDevice } from "../access/personalLink.js";
import type { ExecuteDeps } from "../series/execute.js";
import { describeIssues } from "./describeIssues.js";

const previewBody = z.strictObject({ token: z.string().max(100) });

const joinBody = z.strictObject({
  token: z.string().max(100),
  name: text(LIMITS.personName, 1),
  orgId: idSchema.nullable(),
  newOrgName: text(LIMITS.orgName, 1).optional(),
  function: oneOf(PersonFunction).nullable(),
});

function refuse(res: Response, status: number, error: Rejection): void {
  res.status(status).json({ error });
}

/**
 * Invite links: the token travels in the request body (never in a URL the
 * server logs). Preview shows what the link opens; join makes the person.
 */
export function joinRoutes(app: Express, deps: ExecuteDeps): void {
  app.post("/api/invites/preview", async (req, res) => {
    const parsed = previewBody.safeParse(req.body);
    if (!parsed.success) return refuse(res, 400, reject(ErrorCode.invalidMessage, describeIssues(parsed.error)));
    const found = await liveInvite(deps, parsed.data.token);
    if (!found.ok) return refuse(res, found.status, found.error);
    const state = await deps.cache.current(deps.storage, found.value.seriesId);
    if (!state) return refuse(res, 404, reject(ErrorCode.unknownSeries, "series does not exist"));
    res.json({
      seriesId: state.id,
      seriesName: state.name,
      role: found.value.role,
      orgId: found.value.orgId,
      orgs: Object.values(state.orgs).map((org) => ({ id: org.id, name: org.name })),
    });
  });

  app.post("/api/devices/whoami", async (req, res) => {
    const parsed = previewBody.safeParse(req.body);
    if (!parsed.success) return refuse(res, 400, reject(ErrorCode.invalidMessage, describeIssues(parsed.error)));
    const found = await credentialsOf(deps.storage, { token: parsed.data.token }, deps.now());
    if (!found.ok) return refuse(res, 401, reject(ErrorCode.forbidden, "this device link is not valid"));
    const { seriesId, personId, limited, expiresAt } = found.credentials;
    // A mailed link that expires is exchanged for a device of its own when opened (see claim).
    const expires = expiresAt !== null;
    if (!limited) return res.json({ seriesId, personId, limited, expires });
    // Claiming a limited link ends the person's other devices: the page says so first when there are any.
    const ownDevices = await deps.storage.access.liveOwnDevices(seriesId, personId);
    res.json({ seriesId, personId, limited, expires, ownDevices });
  });

  // Opening a personal link on a device claims it: a limited link becomes the person's own device.
  app.post("/api/devices/claim", async (req, res) => {
    const parsed = previewBody.safeParse(req.body);
    if (!parsed.success) return refuse(res, 400, reject(ErrorCode.invalidMessage, describeIssues(parsed.error)));
    const claimed = await claimDevice(deps, parsed.data.token);
    if (!claimed) return refuse(res, 401, reject(ErrorCode.forbidden, "this device link is not valid"));
    res.json(claimed);
  });

  app.post("/api/join", async (req, res) => {
    const parsed = joinBody.safeParse(req.body);
    if (!parsed.success) return refuse(res, 400, reject(ErrorCode.invalidMessage, describeIssues(parsed.error)));
    const joined = await joinByInvite(deps, parsed.data);
    if (!joined.ok) return refuse(res, joined.status, joined.error);
    res.status(201).json(joined.value);
  });
}
