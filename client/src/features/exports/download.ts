import { readDevice } from "../../access/devices.js";

/** Why a download did not happen. */
export type DownloadProblem = "noAccess" | "refused" | "network";

/** The file the server answered, or why not. */
export type Fetched = { ok: true; blob: Blob; fileName: string } | { ok: false; problem: DownloadProblem };

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get("content-disposition") ?? "";
  const match = /filename="([^"]+)"/.exec(disposition);
  return match?.[1] ?? fallback;
}

/**
 * Fetches an export of the series with this device's token in the
 * Authorization header (never in the address), as the export API expects.
 */
export async function fetchExport(seriesId: string, path: string, fallbackName: string): Promise<Fetched> {
  const device = readDevice(seriesId);
  if (!device) return { ok: false, problem: "noAccess" };
  let response: Response;
  try {
    response = await fetch(`/api/series/${encodeURIComponent(seriesId)}${path}`, {
      headers: { Authorization: `Bearer ${device.token}` },
      cache: "no-store",
    });
  } catch {
    return { ok: false, problem: "network" };
  }
  if (!response.ok) return { ok: false, problem: response.status === 401 ? "noAccess" : "refused" };
  return { ok: true, blob: await response.blob(), fileName: fileNameOf(response, fallbackName) };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
