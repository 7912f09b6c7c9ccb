import { z } from "zod";
import { idSchema } from "@common/domain/commands.js";
import { readJson, removeKey, writeJson } from "../localStore.js";

/** This device's way into one series: its device token and the person it stands for. */
export interface DeviceAccess {
  token: string;
  personId: string;
}

const accessSchema = z.object({ token: z.string().regex(/^ekd_[A-Za-z0-9_-]{22}$/), personId: idSchema });

function deviceKey(seriesId: string): string {
  return `einklang.device.${seriesId}`;
}

/** The device token kept for a series, or null when this device has none. */
export function readDevice(seriesId: string): DeviceAccess | null {
  const parsed = accessSchema.safeParse(readJson(deviceKey(seriesId)));
  return parsed.success ? parsed.data : null;
}

/** Keeps the device token of a series (after creating or joining it). */
export function saveDevice(seriesId: string, access: DeviceAccess): void {
  writeJson(deviceKey(seriesId), access);
}

/** Forgets a series' device token (it was revoked). */
export function forgetDevice(seriesId: string): void {
  removeKey(deviceKey(seriesId));
}

/**
 * A moderator's link (`#device=<token>`, as `npm run demo` prints) hands its
 * token to this device; returns the token, which the caller exchanges for the person.
 */
export function deviceTokenFromLink(hash: string): string | null {
  const match = /^#device=(ekd_[A-Za-z0-9_-]{22})$/.exec(hash);
  return match?.[1] ?? null;
}
