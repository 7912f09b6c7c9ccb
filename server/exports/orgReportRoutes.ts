import type { Express, Request, Response } from "express";
import { strToU8, zipSync } from "fflate";
import { z } from "zod";
import { oneOf } from "@common/domain/commands/fields.js";
import { projectState } from "@common/domain/visibility/project.js";
import { Role } from "@common/domain/vocabulary.js";
import { orgReport, reportOrgs, reportState, type OrgReport } from "@common/exports/orgReport.js";
import { orgReportMarkdown } from "@common/exports/orgReportMarkdown.js";
import { ErrorCode, reject } from "@common/errors.js";
import { Language } from "@common/i18n/translate.js";
import type { ExecuteDeps } from "../series/execute.js";
import type { BearerAccess } from "./bearer.js";
import { download, guarded, queryOf, refuse } from "./exportRoutes.js";
import { attachment, fileSlug } from "./fileNames.js";

const langQuery = z.strictObject({ lang: oneOf(Language).default(Language.de) });

const NO_REPORT = "no such report: reports are made per organisation of the series for its workshops and peer visits";

function pathParam(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === "string" ? value : "";
}

/** The report of `orgId` as the person asking may read it; null when there is none. */
function reportFor(access: BearerAccess, sessionId: string, orgId: string): OrgReport | null {
  return orgReport(reportState(projectState(access.state, access.viewer), orgId), sessionId, orgId);
}

/** "2026-12-10-hofmolkerei-lindner.md": one report's file name, unique within the zip through `taken`. */
function reportFileName(report: OrgReport, taken: Set<string>): string {
  const base = `${report.session.date}-${fileSlug(report.org.name)}`;
  let name = `${base}.md`;
  for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}.md`;
  taken.add(name);
  return name;
}

function oneReport(req: Request, res: Response, access: BearerAccess): void {
  const query = queryOf(langQuery, req, res);
  if (!query) return;
  const orgId = pathParam(req, "orgId");
  if (access.person.role !== Role.facilitator && access.viewer.orgId !== orgId) {
    return refuse(res, 403, reject(ErrorCode.forbidden, "you may read only your own organisation's report"));
  }
  const report = reportFor(access, pathParam(req, "sessionId"), orgId);
  if (!report) return refuse(res, 404, reject(ErrorCode.notFound, NO_REPORT));
  const name = `einklang-${fileSlug(access.state.name)}-${reportFileName(report, new Set())}`;
  download(res, "text/markdown", name, orgReportMarkdown(report, query.lang));
}

function allReports(req: Request, res: Response, access: BearerAccess): void {
  const query = queryOf(langQuery, req, res);
  if (!query) return;
  const sessionId = pathParam(req, "sessionId");
  const reports = reportOrgs(access.state).flatMap((org) => reportFor(access, sessionId, org.id) ?? []);
  if (reports.length === 0) return refuse(res, 404, reject(ErrorCode.notFound, NO_REPORT));
  const taken = new Set<string>();
  const files = Object.fromEntries(
    reports.map((report) => [reportFileName(report, taken), strToU8(orgReportMarkdown(report, query.lang))]),
  );
  const date = reports[0]?.session.date ?? "";
  res.setHeader("Content-Disposition", attachment(`einklang-${fileSlug(access.state.name)}-${date}-reports.zip`));
  res.type("application/zip").send(Buffer.from(zipSync(files)));
}

/**
 * The report per organisation of a workshop or peer visit: one
 * organisation's as Markdown (a participant gets only their own
 * organisation's, a facilitator every one), and all of them in one zip,
 * one Markdown file per organisation (facilitators).
 */
export function orgReportRoutes(app: Express, deps: ExecuteDeps): void {
  app.get("/api/series/:id/reports/:sessionId/:orgId.md", guarded(deps, false, oneReport));
  app.get("/api/series/:id/reports/:sessionId.zip", guarded(deps, true, allReports));
}
