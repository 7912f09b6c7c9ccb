import { z } from "zod";
import { PersonFunction, Role } from "@common/domain/vocabulary.js";

/** Why a request about access failed, as far as the user needs to know. */
export type AccessError = "invalid" | "revoked" | "expired" | "busy" | "server" | "network";

export type AccessResult<T> = { ok: true; value: T } | { ok: false; error: AccessError };

const admissionSchema = z.object({ seriesId: z.string(), personId: z.string(), token: z.string() });
export type Admission = z.infer<typeof admissionSchema>;

const previewSchema = z.object({
  seriesId: z.string(),
  seriesName: z.string(),
  role: z.enum(Object.values(Role) as [Role, ...Role[]]),
  /** The organisation the link is for; null for a link where people pick theirs. */
  orgId: z.string().nullable(),
  orgs: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type InvitePreview = z.infer<typeof previewSchema>;

const whoSchema = z.object({
  seriesId: z.string(),
  personId: z.string(),
  /** A link a facilitator made: it opens only "My agreements" until claimed on a device. */
  limited: z.boolean().optional(),
  /** For a limited link: how many devices of the person's own claiming it would sign out. */
  ownDevices: z.number().int().min(0).optional(),
  /** A link sent by mail: it works for a while only, so this device takes a token of its own. */
  expires: z.boolean().optional(),
});

async function post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<AccessResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: "network" };
  }
  if (response.status === 400) return { ok: false, error: "invalid" };
  if (response.status === 401) return { ok: false, error: "invalid" };
  if (response.status === 403) return { ok: false, error: "revoked" };
  if (response.status === 410) return { ok: false, error: "expired" };
  if (response.status === 429) return { ok: false, error: "busy" };
  if (!response.ok) return { ok: false, error: "server" };
  const parsed = schema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: "server" };
}

/** Creates a series with this person as its facilitator. */
export function createSeries(input: { name: string; creatorName: string }): Promise<AccessResult<Admission>> {
  return post("/api/series", input, admissionSchema);
}

/** Creates the example series with a new moderator on this device. */
export function createExampleSeries(): Promise<AccessResult<Admission>> {
  return post("/api/demo", {}, admissionSchema);
}

/** What an invite link opens: the series, the role and its organisations. */
export function previewInvite(token: string): Promise<AccessResult<InvitePreview>> {
  return post("/api/invites/preview", { token }, previewSchema);
}

/** Joins through an invite link. */
export function joinSeries(input: {
  token: string;
  name: string;
  orgId: string | null;
  newOrgName?: string;
  function: PersonFunction | null;
}): Promise<AccessResult<Admission>> {
  return post("/api/join", input, admissionSchema);
}

/** The series and person a device token stands for. */
export function whoIs(token: string): Promise<AccessResult<z.infer<typeof whoSchema>>> {
  return post("/api/devices/whoami", { token }, whoSchema);
}

/**
 * Claims a personal link for this device: a limited link is exchanged, once, for
 * the person's own device token (the old one stops working); a mailed link that
 * expires gives a token of the person's own (the link works on until it expires);
 * any other comes back as it is.
 */
export function claimDevice(token: string): Promise<AccessResult<Admission>> {
  return post("/api/devices/claim", { token }, admissionSchema);
}

/** Whether this server lets anyone create a series; null when it cannot be asked (then the forms say why they fail). */
export async function signupOpen(): Promise<boolean | null> {
  try {
    const response = await fetch("/api/signup");
    if (!response.ok) return null;
    const parsed = z.object({ open: z.boolean() }).safeParse(await response.json());
    return parsed.success ? parsed.data.open : null;
  } catch {
    return null;
  }
}
