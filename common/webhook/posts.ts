import { isSettled } from "../domain/rules/review.js";
import type { Agreement, SeriesState, Session } from "../domain/types.js";
import { translate } from "../i18n/translate.js";
import type { webhookDe } from "../i18n/webhook.de.js";
import { AgreementStatus, type Decision } from "../domain/vocabulary.js";
import { mailDate } from "../mail/mailTexts.js";
import { daysBetween } from "../mail/mailClock.js";
import type { WebhookLanguage } from "./target.js";

/** A word of the posts: its key in the catalog without the `webhookbody.` in front. */
type PostTextKey = keyof typeof webhookDe extends infer K
  ? K extends `webhookbody.${infer Word}`
    ? Word
    : never
  : never;

function postText(
  language: WebhookLanguage,
  key: PostTextKey | "more",
  params: Readonly<Record<string, string | number>> = {},
): string {
  return translate(language, `webhookbody.${key}`, params);
}

/** One line of a post: a text and a detail below it. */
export interface PostItem {
  text: string;
  detail?: string;
}

/** A part of a post: a heading with a paragraph or a list. */
export interface PostSection {
  heading?: string;
  text?: string;
  items?: PostItem[];
}

/** What a post says, before it is written for Teams or Slack. */
export interface WebhookPost {
  title: string;
  sections: PostSection[];
}

/** Items a post lists at most; the rest is counted in one line. */
export const POST_ITEMS_MAX = 25;
/** Characters of one text a post carries at most. */
export const POST_TEXT_MAX = 500;

function clipped(text: string, max = POST_TEXT_MAX): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function listed(items: PostItem[], language: WebhookLanguage): PostItem[] {
  const shown = items.slice(0, POST_ITEMS_MAX).map((item) => ({
    text: clipped(item.text),
    ...(item.detail === undefined || item.detail === "" ? {} : { detail: clipped(item.detail) }),
  }));
  const rest = items.length - shown.length;
  return rest > 0 ? [...shown, { text: postText(language, "more", { count: rest }) }] : shown;
}

function ownersOf(state: SeriesState, agreement: Agreement, language: WebhookLanguage): string {
  const names = agreement.ownerIds.map((id) => state.people[id]?.name ?? "?").join(", ");
  return names === "" ? "" : postText(language, "owners", { names });
}

function joined(parts: string[]): string {
  return parts.filter((part) => part !== "").join(" · ");
}

function agreementLine(state: SeriesState, agreement: Agreement, language: WebhookLanguage): PostItem {
  const due = agreement.due === "" ? "" : postText(language, "due", { due: mailDate(language, agreement.due) });
  return { text: agreement.text, detail: joined([ownersOf(state, agreement, language), due]) };
}

const DECISION_KEYS = {
  close: "decision.close",
  continue: "decision.continue",
  revise: "decision.revise",
  drop: "decision.drop",
} as const satisfies Record<Decision, PostTextKey>;

/**
 * The post after a session closed, from `state` as everyone in the series may
 * see it (projected for the public viewer): the summary, the agreements made
 * and the review's decisions, and the next date.
 */
export function sessionClosedPost(state: SeriesState, session: Session, language: WebhookLanguage): WebhookPost {
  const none = postText(language, "closed.none");
  const made = Object.values(state.agreements)
    .filter((a) => a.sessionId === session.id)
    .sort((a, b) => a.createdSeq - b.createdSeq);
  const decided = Object.values(state.reviews)
    .filter((r) => r.sessionId === session.id && r.decision !== null && Object.hasOwn(state.agreements, r.agreementId))
    .sort((a, b) => a.updatedSeq - b.updatedSeq);
  const sections: PostSection[] = [];
  if (session.summary.trim() !== "") {
    sections.push({ heading: postText(language, "closed.summary"), text: clipped(session.summary, 2000) });
  }
  const agreements = listed(
    made.map((a) => agreementLine(state, a, language)),
    language,
  );
  sections.push({
    heading: postText(language, "closed.agreements"),
    ...(agreements.length === 0 ? { text: none } : { items: agreements }),
  });
  if (decided.length > 0) {
    const items = decided.map((r) => ({
      text: state.agreements[r.agreementId]?.text ?? "",
      detail: r.decision === null ? "" : postText(language, DECISION_KEYS[r.decision]),
    }));
    sections.push({ heading: postText(language, "closed.reviews"), items: listed(items, language) });
  }
  if (session.nextDate !== "") {
    sections.push({ text: postText(language, "closed.next", { date: mailDate(language, session.nextDate) }) });
  }
  return {
    title: postText(language, "closed.title", { series: state.name, date: mailDate(language, session.date) }),
    sections,
  };
}

/** The post when an agreement everyone may see became overdue. */
export function overduePost(state: SeriesState, agreement: Agreement, language: WebhookLanguage): WebhookPost {
  const detail = joined([
    postText(language, "overdue.detail", { due: mailDate(language, agreement.due) }),
    ownersOf(state, agreement, language),
  ]);
  return {
    title: postText(language, "overdue.title", { series: state.name }),
    sections: [{ items: listed([{ text: agreement.text, detail }], language) }],
  };
}

/** The post a facilitator sends to see that the channel receives. */
export function testPost(seriesName: string, language: WebhookLanguage): WebhookPost {
  return {
    title: postText(language, "test.title", { series: seriesName }),
    sections: [{ text: postText(language, "test.body") }],
  };
}

/** Days after an agreement became overdue that its post may still go out (a server down that day catches up). */
export const OVERDUE_POST_DAYS = 3;

/**
 * The agreements of `state` whose overdue post is due on `today`, with the
 * day each became overdue (the day after its due date): not done, not settled
 * by a review, overdue since at most `OVERDUE_POST_DAYS` days and not since
 * before `since` (the day the webhook was set: no flood of old ones).
 */
export function newlyOverdue(
  state: SeriesState,
  today: string,
  since: string,
): { agreement: Agreement; overdueSince: string }[] {
  return Object.values(state.agreements)
    .filter((a) => a.due !== "" && a.status !== AgreementStatus.done && !isSettled(state, a.id))
    .map((agreement) => ({ agreement, late: daysBetween(agreement.due, today) }))
    .filter(({ late }) => late >= 1 && late <= OVERDUE_POST_DAYS)
    .map(({ agreement, late }) => ({ agreement, overdueSince: dayAfter(today, 1 - late) }))
    .filter(({ overdueSince }) => overdueSince >= since)
    .sort((a, b) => a.agreement.createdSeq - b.agreement.createdSeq);
}

function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
