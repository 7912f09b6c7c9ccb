import { existsSync } from "node:fs";
import { join } from "node:path";
import compression from "compression";
import express, { type ErrorRequestHandler, type Express } from "express";
import { z } from "zod";
import { seriesCreateSchema } from "@common/domain/commands.js";
import { ErrorCode, reject } from "@common/errors.js";
import { LIMITS } from "@common/limits.js";
import type { ExecuteDeps } from "../series/execute.js";
import { createSeriesWithCreator } from "../access/people.js";
import { joinRoutes } from "./joinRoutes.js";
import { calendarFeedRoutes } from "../calendar/feedRoutes.js";
import { orgReportRoutes } from "../exports/orgReportRoutes.js";
import { exportRoutes } from "../exports/exportRoutes.js";
import { setupCopyRoute } from "../exports/setupCopyRoute.js";
import { describeIssues } from "./describeIssues.js";
import { createDemoSeries } from "../demo/createDemo.js";
import type { SecurityConfig } from "../config.js";
import type { ClientAddressOf } from "../security/clientAddress.js";
import type { AddressLimit } from "../security/addressLimit.js";
import { perAddressLimit, sameOriginChanges, securityHeaders } from "../security/httpGuards.js";
import { requestLog, type Logger } from "../security/logger.js";
import type { unconfiguredAddressNotice } from "../security/origins.js";
import { writeProbe } from "../storage/writeProbe.js";
import { seriesGate } from "../security/seriesGate.js";
import { mailRoutes } from "../mail/mailRoutes.js";
import { mailLinkPages } from "../mail/linkPages.js";
import type { MailService } from "../mail/mailService.js";
import { webhookRoutes } from "../webhook/webhookRoutes.js";
import type { WebhookService } from "../webhook/webhookService.js";

const createSeriesBody = z.strictObject({
  name: seriesCreateSchema.shape.name,
  creatorName: seriesCreateSchema.shape.creatorName,
});

const emptyBody = z.strictObject({});

/** What the HTTP side needs besides the series. */
export interface HttpSetup {
  clientDir: string;
  security: SecurityConfig;
  addressOf: ClientAddressOf;
  logger: Logger;
  /** The per-address budget of token checks, shared with the socket handshake. */
  addressLimit: AddressLimit;
  /** Says once that pages arrive under an address nothing configures (see `unconfiguredAddressNotice`). */
  addressNotice?: ReturnType<typeof unconfiguredAddressNotice>;
  /** Mail, when the server sends it; null: off. */
  mail?: MailService | null;
  /** Posts to the series' Teams/Slack webhooks. */
  webhooks: WebhookService;
}

/** The HTTP side: health, creating a series, joining by invite link, and the built client. */
export function httpApp(deps: ExecuteDeps, setup: HttpSetup): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders(setup.security));
  // The client's code and the API's answers travel compressed (gzip or Brotli, as the browser accepts);
  // not a byte range, whose Content-Range would then describe other bytes than those sent.
  app.use(compression({ filter: (req, res) => req.headers.range === undefined && compression.filter(req, res) }));
  app.use(requestLog(setup.logger));
  // Routes that check tokens or make series are limited per address (guessing links, flooding storage).
  const limited = perAddressLimit(setup.addressLimit, setup.addressOf);
  // The pages behind links in mails take their POST from anywhere: the token in the path is the
  // authority (a browser posts their forms with "Origin: null" under no-referrer, a mail client with none).
  app.use(["/mail", "/calendar"], limited);
  mailLinkPages(app, deps.storage);
  app.use(sameOriginChanges(setup.security, setup.addressNotice));
  app.use(["/api/series", "/api/demo", "/api/join", "/api/invites", "/api/devices"], limited);
  const gate = seriesGate(setup.security, deps.storage, setup.addressOf, deps.now);
  exportRoutes(app, deps, gate);
  calendarFeedRoutes(app, deps);
  orgReportRoutes(app, deps);
  app.use(express.json({ limit: LIMITS.httpBodyBytes }));
  setupCopyRoute(app, deps, gate);

  // Healthy means storage takes writes, not only that the process answers (a read-only or full disk is not).
  const canWrite = writeProbe(deps.storage, deps.logError);
  app.get("/api/health", async (_req, res) => {
    const problem = await canWrite();
    if (problem !== null) {
      res.status(503).json({ ok: false, storage: deps.storage.kind, reason: problem });
      return;
    }
    res.json({ ok: true, storage: deps.storage.kind });
  });

  // The start page asks before it offers to make a series.
  app.get("/api/signup", (_req, res) => {
    res.json({ open: gate.open });
  });

  app.post("/api/series", async (req, res) => {
    const parsed = createSeriesBody.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) });
      return;
    }
    const admitted = await gate.admit(req, { creator: null, bytes: 0 });
    if (!admitted.ok) {
      res.status(admitted.status).json({ error: admitted.error });
      return;
    }
    const created = await createSeriesWithCreator(deps, parsed.data, admitted.value);
    if (!created.ok) {
      res.status(created.status).json({ error: created.error });
      return;
    }
    res.status(201).json(created.value);
  });

  app.post("/api/demo", async (req, res) => {
    const parsed = emptyBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      res.status(400).json({ error: reject(ErrorCode.invalidMessage, describeIssues(parsed.error)) });
      return;
    }
    const admitted = await gate.admit(req, { creator: null, bytes: 0 });
    if (!admitted.ok) {
      res.status(admitted.status).json({ error: admitted.error });
      return;
    }
    try {
      res.status(201).json(await createDemoSeries(deps, admitted.value));
    } catch (error) {
      deps.logError(error);
      res.status(503).json({ error: reject(ErrorCode.storageUnavailable, "the example could not be created") });
    }
  });

  joinRoutes(app, deps);
  mailRoutes(app, deps, setup.mail ?? null);
  webhookRoutes(app, deps, setup.webhooks);

  app.use("/api", (_req, res) => {
    res.status(404).json({ error: reject(ErrorCode.notFound, "no such API route") });
  });

  serveClient(app, setup.clientDir);
  app.use(jsonErrors);
  return app;
}

function serveClient(app: Express, clientDir: string): void {
  const index = join(clientDir, "index.html");
  app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  app.get("/{*path}", (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type("text/plain").send("The client is not built yet: run `npm run build` (npm start does it).");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
}

/** Body-parser and other errors become JSON errors with a status, never a stack trace. */
const jsonErrors: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  const status = statusOf(error);
  const code = status === 413 ? ErrorCode.limitExceeded : status < 500 ? ErrorCode.invalidMessage : ErrorCode.internal;
  const message = status === 413 ? "request body too large" : status < 500 ? "malformed request" : "server error";
  res.status(status).json({ error: reject(code, message) });
};

function statusOf(error: unknown): number {
  if (typeof error === "object" && error !== null && "status" in error && typeof error.status === "number") {
    return error.status >= 400 && error.status < 600 ? error.status : 500;
  }
  return 500;
}
