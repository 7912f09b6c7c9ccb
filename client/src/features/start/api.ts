import { z } from "zod";

/** Why creating a series failed, as far as the user needs to know. */
export type CreateSeriesError = "invalid" | "server" | "network";

export type CreateSeriesResult = { ok: true; seriesId: string } | { ok: false; error: CreateSeriesError };

const createdSchema = z.object({ seriesId: z.string() });

/** Asks the server for the example series, with this device's person as its moderator. */
export async function createExampleSeries(personId: string): Promise<string | null> {
  try {
    const response = await fetch("/api/demo", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ personId }),
    });
    if (!response.ok) return null;
    const parsed = createdSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.seriesId : null;
  } catch {
    return null;
  }
}

/** Asks the server to create a series with its creator as first person. */
export async function createSeries(input: {
  name: string;
  creatorName: string;
  personId: string;
}): Promise<CreateSeriesResult> {
  let response: Response;
  try {
    response = await fetch("/api/series", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: "network" };
  }
  if (response.status === 400) return { ok: false, error: "invalid" };
  if (!response.ok) return { ok: false, error: "server" };
  const parsed = createdSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { ok: true, seriesId: parsed.data.seriesId } : { ok: false, error: "server" };
}
