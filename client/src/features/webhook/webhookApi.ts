import { z } from "zod";
import { readDevice } from "../../access/devices.js";
import { WebhookKind, WebhookLanguage, type WebhookInput } from "@common/webhook/target.js";

const answerSchema = z.object({
  webhook: z
    .object({
      kind: z.enum([WebhookKind.teams, WebhookKind.slack]),
      host: z.string(),
      language: z.enum([WebhookLanguage.de, WebhookLanguage.en]),
    })
    .nullable(),
  outbox: z.object({ waiting: z.number(), lastError: z.string().nullable(), gaveUp: z.number(), sent: z.number() }),
});
export type WebhookAnswer = z.infer<typeof answerSchema>;

/** What a webhook request answered: the value, or the server's message (or that it could not be asked). */
export type WebhookResult<T> = { ok: true; value: T } | { ok: false; message: string | null };

const errorSchema = z.object({ error: z.object({ message: z.string() }) });

async function call<T>(
  seriesId: string,
  path: string,
  schema: z.ZodType<T>,
  method = "GET",
  body?: unknown,
): Promise<WebhookResult<T>> {
  const device = readDevice(seriesId);
  if (!device) return { ok: false, message: null };
  let response: Response;
  try {
    response = await fetch(`/api/series/${encodeURIComponent(seriesId)}/webhook${path}`, {
      method,
      headers: { Authorization: `Bearer ${device.token}`, "Content-Type": "application/json" },
      cache: "no-store",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, message: null };
  }
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(json);
    return { ok: false, message: parsed.success ? parsed.data.error.message : null };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: null };
}

/** The series' webhook as kind and host, and its outbox (facilitators only). */
export function readWebhook(seriesId: string): Promise<WebhookResult<WebhookAnswer>> {
  return call(seriesId, "", answerSchema);
}

export function saveWebhook(seriesId: string, input: WebhookInput): Promise<WebhookResult<WebhookAnswer>> {
  return call(seriesId, "", answerSchema, "PUT", input);
}

export function removeWebhook(seriesId: string): Promise<WebhookResult<null>> {
  return call(seriesId, "", z.null(), "DELETE");
}

/** Sends a test post now; the failure's message says why ("HTTP 404"). */
export function testWebhook(seriesId: string): Promise<WebhookResult<unknown>> {
  return call(seriesId, "/test", z.unknown(), "POST");
}
