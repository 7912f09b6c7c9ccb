import type { Express, Request, RequestHandler, Response } from "express";
import { scheduleOf } from "@common/domain/schedule/plannedNext.js";
import { ErrorCode, reject, type Rejection } from "@common/errors.js";
import { localClock } from "@common/mail/mailClock.js";
import { payloadFor } from "@common/webhook/payloads.js";
import { testPost } from "@common/webhook/posts.js";
import { webhookInputSchema, webhookView } from "@common/webhook/target.js";
import { bearerAccess, type BearerAccess } from "../exports/bearer.js";
import type { ExecuteDeps } from "../series/execute.js";
import { describeIssues } from "../transport/describeIssues.js";
import { webhookTargetProblem } from "./address.js";
import { postJson } from "./deliver.js";
import type { WebhookService } from "./webhookService.js";

type Handler = (req: Request, res: Response, access: BearerAccess) => Promise<void>;

function refuse(res: Response, status: number, error: Rejection): void {
  res.status(status).json({ error });
}

/** A webhook route for the facilitators of the series in the path only. */
function facilitatorsOnly(deps: ExecuteDeps, handle: Handler): RequestHandler {
  return async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    try {
      const seriesId = typeof req.params.id === "string" ? req.params.id : null;
      const access = await bearerAccess(deps, req.headers.authorization, { seriesId, facilitator: true });
      if (!access.ok) return refuse(res, access.status, access.error);
      await handle(req, res, access.value);
    } catch (error) {
      deps.logError(error);
      if (!res.headersSent) refuse(res, 503, reject(ErrorCode.storageUnavailable, "try again shortly"));
    }
  };
}

/**
 * The series' Teams/Slack webhook over HTTP, for its facilitators only (see
 * docs/api.md): set (the address is checked, also where its host resolves
 * to), read back as kind and host only, remove, send a test post, and see the
 * outbox. The address is never answered, logged or put into the series' state.
 */
export function webhookRoutes(app: Express, deps: ExecuteDeps, webhooks: WebhookService): void {
  async function answer(res: Response, seriesId: string, status = 200): Promise<void> {
    const [webhook, outbox] = await Promise.all([
      deps.storage.webhooks.webhookOf(seriesId),
      deps.storage.webhooks.outboxOf(seriesId),
    ]);
    res.status(status).json({ webhook: webhook && webhookView(webhook.kind, webhook.url, webhook.language), outbox });
  }

  app.get(
    "/api/series/:id/webhook",
    facilitatorsOnly(deps, (_req, res, access) => answer(res, access.seriesId)),
  );

  app.put(
    "/api/series/:id/webhook",
    facilitatorsOnly(deps, async (req, res, access) => {
      const parsed = webhookInputSchema.safeParse(req.body);
      if (!parsed.success) return refuse(res, 400, reject(ErrorCode.invalidMessage, describeIssues(parsed.error)));
      const input = parsed.data;
      const problem = await webhookTargetProblem(input.url, webhooks.allowLoopback);
      if (problem !== null) return refuse(res, 400, reject(ErrorCode.invalidMessage, problem));
      const now = deps.now();
      const before = await deps.storage.webhooks.webhookOf(access.seriesId);
      await deps.storage.webhooks.saveWebhook({
        seriesId: access.seriesId,
        kind: input.kind,
        url: input.url,
        language: input.language,
        sinceDay: before?.sinceDay ?? localClock(now, scheduleOf(access.state).timeZone).date,
        createdAt: now.toISOString(),
        createdBy: access.person.id,
      });
      await answer(res, access.seriesId);
    }),
  );

  app.delete(
    "/api/series/:id/webhook",
    facilitatorsOnly(deps, async (_req, res, access) => {
      const removed = await deps.storage.webhooks.removeWebhook(access.seriesId);
      if (!removed) return refuse(res, 404, reject(ErrorCode.notFound, "this series has no webhook"));
      res.status(204).end();
    }),
  );

  app.post(
    "/api/series/:id/webhook/test",
    facilitatorsOnly(deps, async (_req, res, access) => {
      const webhook = await deps.storage.webhooks.webhookOf(access.seriesId);
      if (!webhook) return refuse(res, 404, reject(ErrorCode.notFound, "this series has no webhook"));
      const post = testPost(access.state.name, webhook.language);
      const delivery = await postJson(webhook.url, payloadFor(webhook.kind, post), webhooks.allowLoopback);
      if (!delivery.ok) return refuse(res, 502, reject(ErrorCode.conflict, delivery.reason));
      res.json({ delivered: true });
    }),
  );
}
