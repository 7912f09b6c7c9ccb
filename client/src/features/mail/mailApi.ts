import { z } from "zod";
import { readDevice } from "../../access/devices.js";
import { MailLanguage, type ContactInput, type MailSettings } from "@common/mail/contact.js";

const contactSchema = z.object({
  personId: z.string(),
  email: z.string(),
  language: z.enum([MailLanguage.de, MailLanguage.en]),
  choices: z.object({ reminders: z.boolean(), digest: z.boolean(), preRead: z.boolean(), minutes: z.boolean() }),
  confirmed: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;

const ownSchema = z.object({ enabled: z.boolean(), contact: contactSchema.nullable() });
export type OwnContact = z.infer<typeof ownSchema>;

const peopleSchema = z.object({
  enabled: z.boolean(),
  contacts: z.array(contactSchema),
  settings: z.object({ reminderDays: z.number(), preReadDays: z.number(), linkDays: z.number() }),
  outbox: z.object({
    waiting: z.number(),
    failing: z.number(),
    gaveUp: z.number(),
    lastError: z.string().nullable(),
    sent: z.array(z.object({ kind: z.string(), personId: z.string(), sentAt: z.string() })),
  }),
});
export type MailPeople = z.infer<typeof peopleSchema>;

/** What a mail request answered: the value, or the server's message (or that it could not be asked). */
export type MailResult<T> = { ok: true; value: T } | { ok: false; message: string | null };

const errorSchema = z.object({ error: z.object({ message: z.string() }) });

async function call<T>(
  seriesId: string,
  path: string,
  schema: z.ZodType<T>,
  method = "GET",
  body?: unknown,
): Promise<MailResult<T>> {
  const device = readDevice(seriesId);
  if (!device) return { ok: false, message: null };
  let response: Response;
  try {
    response = await fetch(`/api/series/${encodeURIComponent(seriesId)}/mail${path}`, {
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

/** The person's own address and choices, and whether the server sends mail at all. */
export function readOwnContact(seriesId: string): Promise<MailResult<OwnContact>> {
  return call(seriesId, "/contact", ownSchema);
}

export function saveOwnContact(seriesId: string, input: ContactInput): Promise<MailResult<OwnContact>> {
  return call(seriesId, "/contact", ownSchema, "PUT", input);
}

export function removeOwnContact(seriesId: string): Promise<MailResult<null>> {
  return call(seriesId, "/contact", z.null(), "DELETE");
}

/** For facilitators: everyone's addresses, the series' mail settings and the outbox. */
export function readMailPeople(seriesId: string): Promise<MailResult<MailPeople>> {
  return call(seriesId, "/people", peopleSchema);
}

export function saveContactFor(
  seriesId: string,
  personId: string,
  input: ContactInput,
): Promise<MailResult<OwnContact>> {
  return call(seriesId, `/people/${encodeURIComponent(personId)}`, ownSchema, "PUT", input);
}

export function removeContactOf(seriesId: string, personId: string): Promise<MailResult<null>> {
  return call(seriesId, `/people/${encodeURIComponent(personId)}`, z.null(), "DELETE");
}

export function saveMailSettings(seriesId: string, settings: MailSettings): Promise<MailResult<unknown>> {
  return call(seriesId, "/settings", z.unknown(), "PUT", settings);
}
