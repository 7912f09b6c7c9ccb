import express, { type Express, type Request, type RequestHandler, type Response } from "express";
import { z } from "zod";
import { oneOf } from "@common/domain/commands/fields.js";
import { forbiddenKeyPath } from "@common/domain/forbiddenKeys.js";
import { projectState } from "@common/domain/visibility/project.js";
import { agreementsCsvChunks } from "@common/exports/agreementsCsv.js";
import { Language } from "@common/i18n/translate.js";
import { minutesMarkdown } from "@common/exports/minutesMarkdown.js";
import { seriesCalendar } from "@common/exports/seriesCalendar.js";
import { sessionMinutes } from "@common/exports/sessionMinutes.js";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { creatorKey, type SeriesGate } from "../security/seriesGate.js";
import type { ExecuteDeps } from "../series/execute.js";
import { BACKUP_MAX_BYTES, backupFileSchema, importBackup, seriesBackup } from "./backup.js";
import { bearerAccess, type BearerAccess, type Outcome } from "./bearer.js";
import { attachment, fileSlug } from "./fileNames.js";
import { joinYielding } from "./yielding.js";

const lang = oneOf(Language).default(Language.de);
const langQuery = z.strictObject({ lang });
const csvQuery = z.strictObject({ lang, sep: z.enum([";", ","]).optional() });

const readBackupBody = express.json({ limit: BACKUP_MAX_BYTES });

/** What a route does once the token let the request in; it answers through `res`. */
type Handler = (req: Request, res: Response, access: BearerAccess) => Promise<void> | void;

export function refuse(res: Response, status: number, error: Rejection): void {
  if (status === 401) res.setHeader("WWW-Authenticate", 'Bearer realm="einklang"');
  res.status(status).json({ error });
}

/** At most three issues, each with where it is; no values echoed. */
function issuesOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "body"}: ${issue.message}`)
    .join("; ");
}

/**
 * A route behind `Authorization: Bearer <device token>`, checked against the
 * series in the path (or, without one, any series) before anything else is
 * read. Every answer is `no-store`; an error's body is JSON, never data.
 */
export function guarded(deps: ExecuteDeps, facilitator: boolean, handle: Handler): RequestHandler {
  return async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    try {
      const seriesId = param(req, "id");
      const access = await bearerAccess(deps, req.headers.authorization, { seriesId, facilitator });
      if (!access.ok) return refuse(res, access.status, access.error);
      await handle(req, res, access.value);
    } catch (error) {
      deps.logError(error);
      if (!res.headersSent) refuse(res, 503, reject(ErrorCode.storageUnavailable, "try again shortly"));
    }
  };
}

/** A named path parameter, or null without one. */
function param(req: Request, name: string): string | null {
  const value = req.params[name];
  return typeof value === "string" ? value : null;
}

/** Sends a text file for download. */
export function download(res: Response, type: string, fileName: string, body: string): void {
  res.setHeader("Content-Disposition", attachment(fileName));
  res.type(`${type}; charset=utf-8`).send(body);
}

/** The query, or a 400 answer and null. */
export function queryOf<T extends z.ZodType>(schema: T, req: Request, res: Response): z.infer<T> | null {
  const parsed = schema.safeParse(req.query);
  if (parsed.success) return parsed.data;
  refuse(res, 400, reject(ErrorCode.invalidMessage, `invalid query (${issuesOf(parsed.error)})`));
  return null;
}

/** The JSON body, read only now (after the token was checked), or why not. */
function backupBody(req: Request, res: Response): Promise<Outcome<unknown>> {
  return new Promise((resolve) => {
    readBackupBody(req, res, (error?: unknown) => {
      const status = typeof error === "object" && error !== null && "status" in error ? error.status : undefined;
      if (status === 413) {
        const limit = `${BACKUP_MAX_BYTES / 1024 / 1024} MB`;
        resolve({ ok: false, status, error: reject(ErrorCode.limitExceeded, `a backup may be at most ${limit}`) });
      } else if (error !== undefined) {
        resolve({ ok: false, status: 400, error: reject(ErrorCode.invalidMessage, "the body is not JSON") });
      } else if (req.body === undefined) {
        const message = "send the backup as JSON (Content-Type: application/json)";
        resolve({ ok: false, status: 400, error: reject(ErrorCode.invalidMessage, message) });
      } else {
        resolve({ ok: true, value: req.body });
      }
    });
  });
}

/** The size of the backup a request sent, for the quota of imported bytes. */
function bodyBytes(req: Request, body: unknown): number {
  const declared = Number(req.headers["content-length"]);
  return Number.isInteger(declared) && declared > 0 ? declared : Buffer.byteLength(JSON.stringify(body), "utf8");
}

async function importRoute(
  deps: ExecuteDeps,
  gate: SeriesGate,
  req: Request,
  res: Response,
  access: BearerAccess,
): Promise<void> {
  const body = await backupBody(req, res);
  if (!body.ok) return refuse(res, body.status, body.error);
  const forbidden = forbiddenKeyPath(body.value);
  if (forbidden !== null) {
    const message = `not a valid backup (${forbidden}: a key that names a prototype is never part of a backup)`;
    return refuse(res, 400, reject(ErrorCode.invalidMessage, message));
  }
  const parsed = backupFileSchema.safeParse(body.value);
  if (!parsed.success) {
    return refuse(res, 400, reject(ErrorCode.invalidMessage, `not a valid backup (${issuesOf(parsed.error)})`));
  }
  const admitted = await gate.admit(req, { creator: creatorKey(access.person.id), bytes: bodyBytes(req, body.value) });
  if (!admitted.ok) return refuse(res, admitted.status, admitted.error);
  const importer = { seriesId: access.seriesId, personId: access.person.id, name: access.person.name };
  const imported = await importBackup(deps, importer, parsed.data.series, admitted.value);
  if (!imported.ok) return refuse(res, imported.status, imported.error);
  res.status(201).json(imported.value);
}

/**
 * The export API for scripts and scheduled backups (see docs/api.md): the
 * JSON backup of a series and its import as a new series (facilitators),
 * and a session's minutes, the agreements as CSV and the calendar (anyone
 * of the series, with only what they may see). Mounted before the app's
 * small JSON body limit: a backup can be megabytes.
 */
export function exportRoutes(app: Express, deps: ExecuteDeps, gate: SeriesGate): void {
  app.get(
    "/api/series/:id/export",
    guarded(deps, true, (_req, res, access) => {
      res.setHeader("Content-Disposition", attachment(`einklang-${fileSlug(access.state.name)}-${today(deps)}.json`));
      res.json(seriesBackup(access, deps.now()));
    }),
  );

  app.post(
    "/api/series/import",
    guarded(deps, true, (req, res, access) => importRoute(deps, gate, req, res, access)),
  );

  app.get(
    "/api/series/:id/minutes/:sessionId.md",
    guarded(deps, false, (req, res, access) => {
      const query = queryOf(langQuery, req, res);
      if (!query) return;
      const minutes = sessionMinutes(projectState(access.state, access.viewer), param(req, "sessionId") ?? "");
      if (!minutes) return refuse(res, 404, reject(ErrorCode.notFound, "session not found"));
      const name = `einklang-${fileSlug(access.state.name)}-${minutes.session.date}.md`;
      download(res, "text/markdown", name, minutesMarkdown(minutes, query.lang));
    }),
  );

  app.get(
    "/api/series/:id/agreements.csv",
    guarded(deps, false, async (req, res, access) => {
      const query = queryOf(csvQuery, req, res);
      if (!query) return;
      const separator = query.sep ?? (query.lang === Language.de ? ";" : ",");
      const chunks = agreementsCsvChunks(projectState(access.state, access.viewer), {
        lang: query.lang,
        separator,
        today: today(deps),
      });
      const csv = await joinYielding(chunks);
      download(res, "text/csv", `einklang-${fileSlug(access.state.name)}-agreements-${today(deps)}.csv`, csv);
    }),
  );

  app.get(
    "/api/series/:id/calendar.ics",
    guarded(deps, false, (req, res, access) => {
      const query = queryOf(langQuery, req, res);
      if (!query) return;
      const ics = seriesCalendar(projectState(access.state, access.viewer), {
        lang: query.lang,
        now: deps.now(),
        seriesTitle: access.state.name,
      });
      download(res, "text/calendar", `einklang-${fileSlug(access.state.name)}.ics`, ics);
    }),
  );
}

/** Today as YYYY-MM-DD (UTC): file names and "overdue". */
function today(deps: ExecuteDeps): string {
  return deps.now().toISOString().slice(0, 10);
}
