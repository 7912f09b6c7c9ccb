import { nanoid } from "nanoid";
import { z } from "zod";
import { clientCommandSchema, idSchema } from "@common/domain/commands.js";
import type { PendingCommand } from "@common/sync/pending.js";
import { readJson, readString, removeKey, writeJson, writeString } from "../localStore.js";

const PERSON_KEY = "einklang.personId";

function pendingKey(seriesId: string): string {
  return `einklang.pending.${seriesId}`;
}

const storedPendingSchema = z.array(z.object({ id: idSchema, actorId: idSchema, command: clientCommandSchema }));

/** This device's person id, made on first use and kept in localStorage. */
export function devicePersonId(): string {
  const stored = readString(PERSON_KEY);
  if (stored !== null && idSchema.safeParse(stored).success) return stored;
  const id = nanoid();
  writeString(PERSON_KEY, id);
  return id;
}

function seriesPersonKey(seriesId: string): string {
  return `einklang.person.${seriesId}`;
}

/**
 * Takes the person a link names (`#as=<personId>`, as `npm run demo` prints
 * for the moderator) as this device's person in that series; true if it did.
 */
export function adoptPersonFromLink(seriesId: string, hash: string): boolean {
  const match = /^#as=([A-Za-z0-9_-]+)$/.exec(hash);
  const personId = match?.[1];
  if (personId === undefined || !idSchema.safeParse(personId).success) return false;
  writeString(seriesPersonKey(seriesId), personId);
  return true;
}

/** The person this device is in a series: the one a link named, else the device's own. */
export function personIdForSeries(seriesId: string): string {
  const stored = readString(seriesPersonKey(seriesId));
  return stored !== null && idSchema.safeParse(stored).success ? stored : devicePersonId();
}

/**
 * The commands this device made in a series and that were not yet
 * acknowledged when the page was left; unreadable entries are dropped.
 */
export function loadPending(seriesId: string): PendingCommand[] {
  const parsed = storedPendingSchema.safeParse(readJson(pendingKey(seriesId)));
  return parsed.success ? parsed.data : [];
}

/** Keeps the unacknowledged commands so that a reload does not lose them. */
export function savePending(seriesId: string, pending: readonly PendingCommand[]): void {
  if (pending.length === 0) {
    removeKey(pendingKey(seriesId));
    return;
  }
  writeJson(pendingKey(seriesId), pending);
}
