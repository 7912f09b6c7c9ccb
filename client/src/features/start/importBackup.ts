import { z } from "zod";
import { readDevice, saveDevice } from "../../access/devices.js";
import { recentSeries, rememberSeries } from "./recentSeries.js";

const admissionSchema = z.object({ seriesId: z.string(), personId: z.string(), token: z.string() });

/** What importing a backup came to. */
export type ImportOutcome =
  { ok: true; seriesId: string } | { ok: false; problem: "noFacilitator" | "invalid" | "tooLarge" | "server" };

/** The series name a backup file carries, for the recent-series list; "" when none. */
function backupName(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    const name = z.object({ series: z.object({ name: z.string() }) }).safeParse(parsed);
    return name.success ? name.data.series.name : "";
  } catch {
    return "";
  }
}

/**
 * Imports a backup file as a new series. The server takes imports only from
 * a facilitator of some series on it, so this tries the device tokens this
 * device holds until one is a facilitator's.
 */
export async function importBackup(text: string, now: Date = new Date()): Promise<ImportOutcome> {
  const tokens = recentSeries().flatMap((series) => {
    const device = readDevice(series.id);
    return device ? [device.token] : [];
  });
  for (const token of tokens) {
    let response: Response;
    try {
      response = await fetch("/api/series/import", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: text,
      });
    } catch {
      return { ok: false, problem: "server" };
    }
    if (response.status === 401 || response.status === 403) continue;
    if (response.status === 413) return { ok: false, problem: "tooLarge" };
    if (response.status === 400) return { ok: false, problem: "invalid" };
    if (!response.ok) return { ok: false, problem: "server" };
    const admission = admissionSchema.safeParse(await response.json().catch(() => null));
    if (!admission.success) return { ok: false, problem: "server" };
    const { seriesId, personId, token: newToken } = admission.data;
    saveDevice(seriesId, { token: newToken, personId });
    rememberSeries(seriesId, backupName(text), now);
    return { ok: true, seriesId };
  }
  return { ok: false, problem: "noFacilitator" };
}
