import { z } from "zod";

/** Where a series posts: a Microsoft Teams workflow webhook or a Slack incoming webhook. */
export const WebhookKind = { teams: "teams", slack: "slack" } as const;
export type WebhookKind = (typeof WebhookKind)[keyof typeof WebhookKind];

/** The language a series' posts are written in. */
export const WebhookLanguage = { de: "de", en: "en" } as const;
export type WebhookLanguage = (typeof WebhookLanguage)[keyof typeof WebhookLanguage];

/** The longest webhook address accepted (Teams workflow addresses run to about 400 characters). */
export const WEBHOOK_URL_MAX = 2048;

/** The host names that always mean this machine. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a URL's host names this machine by name or literal (the only place plain http may go, in tests). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Why a webhook address is refused before any name is resolved, or null when
 * it may be tried: an absolute https URL without user name or password; plain
 * http only to this machine and only with `allowLoopback`. Where the host
 * points to is checked after DNS resolution on the server.
 */
export function webhookUrlProblem(raw: string, allowLoopback: boolean): string | null {
  if (raw.length > WEBHOOK_URL_MAX) return `a webhook address has at most ${WEBHOOK_URL_MAX} characters`;
  if (!URL.canParse(raw)) return "not a web address: a webhook address looks like https://…";
  const url = new URL(raw);
  const loopbackHttp = allowLoopback && url.protocol === "http:" && isLoopbackHost(url.hostname);
  if (url.protocol !== "https:" && !loopbackHttp) return "a webhook address must start with https://";
  if (url.username !== "" || url.password !== "") return "a webhook address carries no user name or password";
  if (url.hostname === "") return "a webhook address needs a host";
  return null;
}

/** What a facilitator sends to set the series' webhook. */
export const webhookInputSchema = z.strictObject({
  kind: z.enum([WebhookKind.teams, WebhookKind.slack]),
  url: z.string().trim().min(1, "enter the webhook address"),
  language: z.enum([WebhookLanguage.de, WebhookLanguage.en]),
});
export type WebhookInput = z.infer<typeof webhookInputSchema>;

/** What anyone but the server learns of a set webhook: its kind, the host it posts to, its language. */
export interface WebhookView {
  kind: WebhookKind;
  host: string;
  language: WebhookLanguage;
}

/** The view of a webhook address: only its host, never its path or query (where the secret is). */
export function webhookView(kind: WebhookKind, url: string, language: WebhookLanguage): WebhookView {
  return { kind, host: URL.canParse(url) ? new URL(url).host : "", language };
}
