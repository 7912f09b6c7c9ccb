import type { WebhookPost } from "./posts.js";
import { WebhookKind } from "./target.js";

/** Slack reads `&`, `<` and `>` as markup (links, @channel mentions): board text shows them as written. */
function slackEscaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack's limit for a section's text. */
const SLACK_SECTION_MAX = 3000;

function slackSection(text: string): unknown {
  const clipped = text.length > SLACK_SECTION_MAX ? `${text.slice(0, SLACK_SECTION_MAX - 1)}…` : text;
  return { type: "section", text: { type: "mrkdwn", text: clipped } };
}

/** The post as a Slack incoming webhook takes it: a plain `text` (notifications) and Block Kit blocks. */
export function slackPayload(post: WebhookPost): unknown {
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: post.title.slice(0, 150), emoji: false } },
  ];
  for (const section of post.sections) {
    const lines: string[] = [];
    if (section.heading !== undefined) lines.push(`*${slackEscaped(section.heading)}*`);
    if (section.text !== undefined) lines.push(slackEscaped(section.text));
    for (const item of section.items ?? []) {
      lines.push(`• ${slackEscaped(item.text)}`);
      if (item.detail !== undefined) lines.push(`    _${slackEscaped(item.detail)}_`);
    }
    if (lines.length > 0) blocks.push(slackSection(lines.join("\n")));
  }
  return { text: slackEscaped(post.title), blocks };
}

/**
 * The post as a Teams workflow webhook takes it: a message with one Adaptive
 * Card 1.4 attachment (title, then per section a heading, a paragraph and
 * facts-like lines). Teams knows only a little Markdown and no escapes that
 * every client honours: board text goes as written (a "-" at the start of a
 * line may show as a list).
 */
export function teamsPayload(post: WebhookPost): unknown {
  const body: unknown[] = [{ type: "TextBlock", text: post.title, weight: "Bolder", size: "Medium", wrap: true }];
  for (const section of post.sections) {
    if (section.heading !== undefined) {
      body.push({ type: "TextBlock", text: section.heading, weight: "Bolder", spacing: "Medium", wrap: true });
    }
    if (section.text !== undefined) body.push({ type: "TextBlock", text: section.text, wrap: true });
    for (const item of section.items ?? []) {
      body.push({ type: "TextBlock", text: `• ${item.text}`, wrap: true, spacing: "Small" });
      if (item.detail !== undefined) {
        body.push({ type: "TextBlock", text: item.detail, isSubtle: true, size: "Small", wrap: true, spacing: "None" });
      }
    }
  }
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
        },
      },
    ],
  };
}

/** The post as the webhook's kind takes it. */
export function payloadFor(kind: WebhookKind, post: WebhookPost): unknown {
  switch (kind) {
    case WebhookKind.teams:
      return teamsPayload(post);
    case WebhookKind.slack:
      return slackPayload(post);
    default: {
      const never: never = kind;
      throw new Error(`unknown webhook kind ${String(never)}`);
    }
  }
}
