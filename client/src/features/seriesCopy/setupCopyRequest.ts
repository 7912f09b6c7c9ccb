import { z } from "zod";
import { LIMITS } from "@common/limits.js";
import { readDevice, saveDevice } from "../../access/devices.js";
import { rememberSeries } from "../start/recentSeries.js";

const admissionSchema = z.object({ seriesId: z.string(), personId: z.string(), token: z.string() });

/** Why no copy was made, as far as the facilitator needs to know. */
export type CopyProblem = "noAccess" | "refused" | "invalid" | "quota" | "network" | "server";

/** What asking for a copy came to: the new series' id, or why not. */
export type CopyOutcome = { ok: true; seriesId: string } | { ok: false; problem: CopyProblem };

/** The name offered for the copy: "<name> (Kopie)", shortened so that it fits a series name. */
export function copyName(name: string, suffix: string): string {
  const room = LIMITS.seriesName - suffix.length - 1;
  return `${name.slice(0, Math.max(0, room)).trimEnd()} ${suffix}`;
}

function problemOf(status: number): CopyProblem {
  if (status === 401) return "noAccess";
  if (status === 403) return "refused";
  if (status === 400) return "invalid";
  if (status === 429) return "quota";
  return "server";
}

/**
 * Asks the server for a new series with the setup of `seriesId`, with this
 * device's token of it (a facilitator's); keeps the new series' token on this
 * device and in the recent series, so its board opens at once.
 */
export async function copySeriesSetup(seriesId: string, name: string, now: Date = new Date()): Promise<CopyOutcome> {
  const device = readDevice(seriesId);
  if (!device) return { ok: false, problem: "noAccess" };
  let response: Response;
  try {
    response = await fetch(`/api/series/${encodeURIComponent(seriesId)}/copy-setup`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${device.token}` },
      body: JSON.stringify({ name }),
      cache: "no-store",
    });
  } catch {
    return { ok: false, problem: "network" };
  }
  if (!response.ok) return { ok: false, problem: problemOf(response.status) };
  const admission = admissionSchema.safeParse(await response.json().catch(() => null));
  if (!admission.success) return { ok: false, problem: "server" };
  const { seriesId: newId, personId, token } = admission.data;
  saveDevice(newId, { token, personId });
  rememberSeries(newId, name, now);
  return { ok: true, seriesId: newId };
}
