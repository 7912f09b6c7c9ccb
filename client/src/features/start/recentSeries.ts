import { z } from "zod";
import { idSchema } from "@common/domain/commands.js";
import { readJson, writeJson } from "../../localStore.js";

const RECENT_KEY = "einklang.recentSeries";
const MAX_RECENT = 12;

const recentSchema = z.array(z.object({ id: idSchema, name: z.string(), openedAt: z.string() }));

/** A series this device opened before. */
export type RecentSeries = z.infer<typeof recentSchema>[number];

/** The series opened on this device, most recent first. */
export function recentSeries(): RecentSeries[] {
  const parsed = recentSchema.safeParse(readJson(RECENT_KEY));
  return parsed.success ? parsed.data : [];
}

/** Remembers that a series was opened (or renamed), moving it to the top. */
export function rememberSeries(id: string, name: string, openedAt: Date): void {
  const others = recentSeries().filter((s) => s.id !== id);
  writeJson(RECENT_KEY, [{ id, name, openedAt: openedAt.toISOString() }, ...others].slice(0, MAX_RECENT));
}
