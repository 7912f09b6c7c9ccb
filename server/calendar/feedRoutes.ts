import { createHash } from "node:crypto";
import type { Express, Request, Response } from "express";
import { nanoid } from "nanoid";
import { z } from "zod";
import { oneOf } from "@common/domain/commands/fields.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { ErrorCode, reject } from "@common/errors.js";
import { seriesCalendar } from "@common/exports/seriesCalendar.js";
import { Language } from "@common/i18n/translate.js";
import { hashToken } from "../access/tokens.js";
import { guarded, refuse } from "../exports/exportRoutes.js";
import { fileSlug } from "../exports/fileNames.js";
import type { ExecuteDeps } from "../series/execute.js";
import { feedPath, isFeedToken, makeFeedToken } from "./feedTokens.js";

/** How long a calendar (and a cache between) may keep the feed before asking again. */
const FEED_MAX_AGE_SECONDS = 15 * 60;

const feedQuery = z.strictObject({ lang: oneOf(Language).default(Language.de) });

/** The feed's answer when it opens nothing: gone for good (revoked, person cut off), or never there. */
function noFeed(res: Response, status: 404 | 410): void {
  res.setHeader("Cache-Control", "no-store");
  const message = status === 410 ? "this calendar feed was revoked" : "no such calendar feed";
  res.status(status).type("text/plain; charset=utf-8").send(message);
}

/** An entity tag from the calendar without its time stamps (they change on every request, the dates do not). */
function etagOf(ics: string): string {
  const stable = ics.replace(/^DTSTAMP:.*\r\n/gm, "");
  return `"${createHash("sha256").update(stable).digest("base64url").slice(0, 27)}"`;
}

async function serveFeed(deps: ExecuteDeps, req: Request, res: Response): Promise<void> {
  const file = typeof req.params.file === "string" ? req.params.file : "";
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  if (!isFeedToken(token)) return noFeed(res, 404);
  const query = feedQuery.safeParse(req.query);
  if (!query.success) {
    res.setHeader("Cache-Control", "no-store");
    res.status(400).type("text/plain; charset=utf-8").send("lang must be de or en");
    return;
  }
  const feed = await deps.storage.calendar.feedByHash(hashToken(token));
  if (!feed) return noFeed(res, 404);
  if (feed.revokedAt !== null) return noFeed(res, 410);
  // A person cut off (every device revoked) reads nothing more, through a feed neither.
  if (await deps.storage.mail.cutOff(feed.seriesId, feed.personId)) return noFeed(res, 410);
  const state = await deps.cache.current(deps.storage, feed.seriesId);
  const viewer = state && viewerOf(state, feed.personId);
  if (!state || !viewer) return noFeed(res, 410);
  const ics = seriesCalendar(projectState(state, viewer), {
    lang: query.data.lang,
    now: deps.now(),
    seriesTitle: state.name,
    ownerId: feed.personId,
    refreshSeconds: FEED_MAX_AGE_SECONDS,
  });
  const etag = etagOf(ics);
  res.setHeader("Cache-Control", `private, max-age=${FEED_MAX_AGE_SECONDS}`);
  res.setHeader("ETag", etag);
  res.setHeader("X-Robots-Tag", "noindex");
  res.setHeader("Referrer-Policy", "no-referrer");
  if (req.headers["if-none-match"] === etag) {
    res.status(304).end();
    return;
  }
  res.setHeader("Content-Disposition", `inline; filename="einklang-${fileSlug(state.name)}.ics"`);
  res.type("text/calendar; charset=utf-8").send(ics);
}

/**
 * A person's calendar feed (see docs/security.md): on My agreements they make
 * one (a secret URL, shown once), renew it (the old URL ends) or revoke it.
 * The feed itself needs no sign-in — calendars cannot send one — and answers
 * read-only what that person may see: their agreements' due dates and the
 * series' sessions. Works whether mail is on or not.
 */
export function calendarFeedRoutes(app: Express, deps: ExecuteDeps): void {
  app.get(
    "/api/series/:id/calendar/feed",
    guarded(deps, false, async (_req, res, access) => {
      const feed = await deps.storage.calendar.liveFeedOf(access.seriesId, access.person.id);
      res.json({ feed: feed && { createdAt: feed.createdAt } });
    }),
  );

  app.post(
    "/api/series/:id/calendar/feed",
    guarded(deps, false, async (_req, res, access) => {
      const token = makeFeedToken();
      const createdAt = deps.now().toISOString();
      await deps.storage.calendar.renewFeed(
        { id: nanoid(), seriesId: access.seriesId, personId: access.person.id, createdAt, revokedAt: null },
        hashToken(token),
      );
      res.status(201).json({ feed: { createdAt, path: feedPath(token) } });
    }),
  );

  app.delete(
    "/api/series/:id/calendar/feed",
    guarded(deps, false, async (_req, res, access) => {
      const revoked = await deps.storage.calendar.revokeFeedsOf(
        access.seriesId,
        access.person.id,
        deps.now().toISOString(),
      );
      if (!revoked) return refuse(res, 404, reject(ErrorCode.notFound, "there is no calendar feed to revoke"));
      res.status(204).end();
    }),
  );

  app.get("/calendar/:file", async (req, res) => {
    try {
      await serveFeed(deps, req, res);
    } catch (error) {
      deps.logError(error);
      if (!res.headersSent) res.status(503).type("text/plain; charset=utf-8").send("try again shortly");
    }
  });
}
