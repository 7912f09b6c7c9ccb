import type { Person } from "../../../../common/domain/types.js";
import type { PresenceEntry } from "../../../../common/protocol.js";

/** A person with at least one open connection. */
export interface OnlinePerson {
  personId: string;
  /** Null while the person has not told their name yet. */
  name: string | null;
  isMe: boolean;
}

/** Everyone online, once per person (several tabs count once), me first. */
export function onlinePeople(
  online: readonly PresenceEntry[],
  people: Readonly<Record<string, Person>>,
  me: string | null,
): OnlinePerson[] {
  const seen = new Set<string>();
  const result: OnlinePerson[] = [];
  for (const entry of online) {
    if (seen.has(entry.personId)) continue;
    seen.add(entry.personId);
    result.push({ personId: entry.personId, name: people[entry.personId]?.name ?? null, isMe: entry.personId === me });
  }
  return result.sort((a, b) => Number(b.isMe) - Number(a.isMe) || (a.name ?? "").localeCompare(b.name ?? ""));
}

/** The other people who have an item open right now. */
export function viewersOf(online: readonly PresenceEntry[], itemId: string, me: string | null): string[] {
  const ids = new Set<string>();
  for (const entry of online) {
    if (entry.focus === itemId && entry.personId !== me) ids.add(entry.personId);
  }
  return [...ids];
}
