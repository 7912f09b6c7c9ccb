import { z } from "zod";
import { readDevice } from "../../access/devices.js";

const statusSchema = z.object({ feed: z.object({ createdAt: z.string() }).nullable() });
const createdSchema = z.object({ feed: z.object({ createdAt: z.string(), path: z.string() }) });

/** The person's feed: whether one is live (its address is shown only when it is made). */
export type FeedStatus = z.infer<typeof statusSchema>["feed"];
export type FeedCreated = z.infer<typeof createdSchema>["feed"];

async function call(seriesId: string, method: string): Promise<Response | null> {
  const device = readDevice(seriesId);
  if (!device) return null;
  try {
    return await fetch(`/api/series/${encodeURIComponent(seriesId)}/calendar/feed`, {
      method,
      headers: { Authorization: `Bearer ${device.token}` },
      cache: "no-store",
    });
  } catch {
    return null;
  }
}

/** Whether the person has a live calendar feed; undefined when it could not be asked. */
export async function readFeed(seriesId: string): Promise<FeedStatus | undefined> {
  const response = await call(seriesId, "GET");
  if (!response?.ok) return undefined;
  const parsed = statusSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.feed : undefined;
}

/** Makes a new feed (ending the one before); null when it failed. */
export async function renewFeed(seriesId: string): Promise<FeedCreated | null> {
  const response = await call(seriesId, "POST");
  if (!response?.ok) return null;
  const parsed = createdSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.feed : null;
}

/** Ends the feed; true when it is gone (or there was none). */
export async function revokeFeed(seriesId: string): Promise<boolean> {
  const response = await call(seriesId, "DELETE");
  return response !== null && (response.ok || response.status === 404);
}

/** The address a calendar subscribes to, in the person's language. */
export function feedUrl(path: string, language: string): string {
  return `${window.location.origin}${path}?lang=${encodeURIComponent(language)}`;
}
