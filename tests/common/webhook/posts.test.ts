import { describe, expect, it } from "vitest";
import { slackPayload, teamsPayload } from "@common/webhook/payloads.js";
import { newlyOverdue, POST_ITEMS_MAX, sessionClosedPost, type WebhookPost } from "@common/webhook/posts.js";
import { webhookUrlProblem, webhookView } from "@common/webhook/target.js";
import { ANNA, makeSeries } from "../../support/factories.js";

describe("which webhook addresses are refused before any name is resolved", () => {
  it.each([
    ["https://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=x", false, null],
    ["https://hooks.slack.com/services/T0/B0/xyz", false, null],
    ["not a url", false, /not a web address/],
    ["ftp://files.example.com/hook", false, /https:\/\//],
    ["http://hooks.slack.com/services/T0/B0/xyz", false, /https:\/\//],
    ["http://hooks.slack.com/services/T0/B0/xyz", true, /https:\/\//],
    ["http://127.0.0.1:4000/hook", false, /https:\/\//],
    ["http://127.0.0.1:4000/hook", true, null],
    ["http://localhost:4000/hook", true, null],
    ["https://user:secret@hooks.slack.com/services/x", false, /user name or password/],
    [`https://hooks.slack.com/${"x".repeat(5000)}`, false, /at most 2048/],
  ])("%.80s (loopback allowed: %s)", (url, allowLoopback, problem) => {
    const found = webhookUrlProblem(url, allowLoopback);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it("shows only kind and host, never the path or query that hold the secret", () => {
    expect(webhookView("slack", "https://hooks.slack.com/services/T0/B0/xyz?token=1", "en")).toEqual({
      kind: "slack",
      host: "hooks.slack.com",
      language: "en",
    });
  });
});

describe("which agreements a webhook posts as overdue", () => {
  const state = makeSeries([
    { type: "agreement.add", agreementId: "agreement-1", values: { text: "A", due: "2026-11-10", ownerIds: [ANNA] } },
    { type: "agreement.add", agreementId: "agreement-2", values: { text: "B", due: "2026-11-10", ownerIds: [ANNA] } },
    { type: "agreement.status", agreementId: "agreement-2", status: "done", comment: "" },
    { type: "agreement.add", agreementId: "agreement-3", values: { text: "C", due: "", ownerIds: [ANNA] } },
  ]);
  it.each([
    ["2026-11-10", "2026-11-01", []],
    ["2026-11-11", "2026-11-01", [["agreement-1", "2026-11-11"]]],
    ["2026-11-13", "2026-11-01", [["agreement-1", "2026-11-11"]]],
    ["2026-11-14", "2026-11-01", []],
    // Set after it became overdue: not posted (no flood of old ones).
    ["2026-11-12", "2026-11-12", []],
    ["2026-11-12", "2026-11-11", [["agreement-1", "2026-11-11"]]],
  ])("on %s, webhook set on %s", (today, since, expected) => {
    expect(newlyOverdue(state, today, since).map((o) => [o.agreement.id, o.overdueSince])).toEqual(expected);
  });
});

describe("what a post looks like for Teams and for Slack", () => {
  const post: WebhookPost = {
    title: "Sitzung <am> 09.11.2026 & mehr",
    sections: [
      {
        heading: "Beschlossene Vereinbarungen",
        items: [{ text: "<!channel> Eilaufträge", detail: "fällig am 11.11." }],
      },
      { text: "Nächste Sitzung: 23.11.2026" },
    ],
  };

  it("gives Slack a plain text and Block Kit blocks, with board text that cannot mention or link", () => {
    expect(slackPayload(post)).toEqual({
      text: "Sitzung &lt;am&gt; 09.11.2026 &amp; mehr",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "Sitzung <am> 09.11.2026 & mehr", emoji: false } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*Beschlossene Vereinbarungen*\n• &lt;!channel&gt; Eilaufträge\n    _fällig am 11.11._",
          },
        },
        { type: "section", text: { type: "mrkdwn", text: "Nächste Sitzung: 23.11.2026" } },
      ],
    });
  });

  it("gives Teams a message with one Adaptive Card 1.4", () => {
    const payload = teamsPayload(post) as {
      type: string;
      attachments: { contentType: string; content: { type: string; version: string; body: { text: string }[] } }[];
    };
    expect(payload.type).toBe("message");
    expect(payload.attachments).toHaveLength(1);
    const [card] = payload.attachments;
    expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card?.content.type).toBe("AdaptiveCard");
    expect(card?.content.version).toBe("1.4");
    expect(card?.content.body.map((block) => block.text)).toEqual([
      "Sitzung <am> 09.11.2026 & mehr",
      "Beschlossene Vereinbarungen",
      "• <!channel> Eilaufträge",
      "fällig am 11.11.",
      "Nächste Sitzung: 23.11.2026",
    ]);
  });

  it("lists a long session's agreements up to a limit and counts the rest", () => {
    const many = makeSeries([
      { type: "session.add", sessionId: "session-1", values: { date: "2026-11-09" } },
      ...Array.from({ length: POST_ITEMS_MAX + 3 }, (_, i) => ({
        type: "agreement.add" as const,
        agreementId: `agreement-${i + 100}`,
        values: { text: `Vereinbarung ${i + 1}`, due: "", ownerIds: [ANNA], sessionId: "session-1" },
      })),
    ]);
    const session = many.sessions["session-1"];
    if (!session) throw new Error("no session");
    const post = sessionClosedPost(many, session, "en");
    const items = post.sections.find((s) => s.heading === "Agreements made")?.items ?? [];
    expect(items).toHaveLength(POST_ITEMS_MAX + 1);
    expect(items.at(-1)?.text).toBe("… and 3 more");
  });
});
