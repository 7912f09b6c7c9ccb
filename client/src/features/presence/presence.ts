import { sideOfPerson } from "@common/domain/rules/people.js";
import type { Person } from "@common/domain/types.js";
import type { Side } from "@common/domain/vocabulary.js";
import type { PresenceEntry } from "@common/protocol.js";

/** A person with at least one open connection. */
export interface OnlinePerson {
  personId: string;
  /** Null while the person is not (yet) known to this client. */
  name: string | null;
  isMe: boolean;
  side: Side | null;
  orgId: string | null;
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
    const person = Object.hasOwn(people, entry.personId) ? people[entry.personId] : undefined;
    result.push({
      personId: entry.personId,
      name: person?.name ?? null,
      isMe: entry.personId === me,
      side: person ? sideOfPerson(person) : null,
      orgId: person?.orgId ?? null,
    });
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

/** The other people typing in an item right now (once each, whatever their tabs). */
export function typistsOf(online: readonly PresenceEntry[], itemId: string, me: string | null): string[] {
  const ids = new Set<string>();
  for (const entry of online) {
    if (entry.typing === itemId && entry.personId !== me) ids.add(entry.personId);
  }
  return [...ids];
}
