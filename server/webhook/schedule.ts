import { nanoid } from "nanoid";
import { scheduleOf } from "@common/domain/schedule/plannedNext.js";
import { projectState } from "@common/domain/visibility/project.js";
import { PUBLIC_VIEWER } from "@common/domain/visibility/viewer.js";
import { digestSessions } from "@common/mail/due.js";
import { localClock, mailDay } from "@common/mail/mailClock.js";
import { newlyOverdue, overduePost, sessionClosedPost, type WebhookPost } from "@common/webhook/posts.js";
import type { ExecuteDeps } from "../series/execute.js";

/** What a queued post is about. */
export const PostKind = { closed: "closed", overdue: "overdue" } as const;
export type PostKind = (typeof PostKind)[keyof typeof PostKind];

interface Planned {
  key: string;
  kind: PostKind;
  post: WebhookPost;
}

/**
 * One scheduler tick: for every series with a webhook, the posts due at
 * `now` are written to the webhook outbox, each at most once by its key
 * (series, kind, subject, day) — also when several instances tick at once.
 * A closed session is posted as soon as a tick sees it; agreements that
 * became overdue from 08:00 in the series' time zone. Everything posted comes
 * from the series as everyone in it may see it (the public projection: no
 * organisation's internal items, no anonymous authors). Returns how many were queued.
 */
export async function scheduleWebhookPosts(deps: Pick<ExecuteDeps, "storage" | "cache">, now: Date): Promise<number> {
  const at = now.toISOString();
  let queued = 0;
  for (const seriesId of await deps.storage.webhooks.seriesWithWebhooks()) {
    const webhook = await deps.storage.webhooks.webhookOf(seriesId);
    const state = await deps.cache.current(deps.storage, seriesId);
    if (!webhook || !state) continue;
    const { timeZone } = scheduleOf(state);
    const today = localClock(now, timeZone).date;
    const view = projectState(state, PUBLIC_VIEWER);
    const { language, sinceDay } = webhook;
    const planned: Planned[] = digestSessions(view, today)
      .filter((session) => session.date >= sinceDay)
      .map((session) => ({
        key: `closed:${seriesId}:${session.id}:${session.date}`,
        kind: PostKind.closed,
        post: sessionClosedPost(view, session, language),
      }));
    if (mailDay(now, timeZone) !== null) {
      for (const { agreement, overdueSince } of newlyOverdue(view, today, sinceDay)) {
        planned.push({
          key: `overdue:${seriesId}:${agreement.id}:${overdueSince}`,
          kind: PostKind.overdue,
          post: overduePost(view, agreement, language),
        });
      }
    }
    for (const { key, kind, post } of planned) {
      if (await deps.storage.webhooks.hasPost(key)) continue;
      if (await deps.storage.webhooks.enqueue({ id: nanoid(), key, seriesId, kind, post, createdAt: at })) queued += 1;
    }
  }
  return queued;
}
