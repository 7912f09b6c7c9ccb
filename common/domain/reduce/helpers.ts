import { fieldKey, type Author, type EntityKind, type SeriesState } from "../types.js";
import { ItemKind } from "../vocabulary.js";
import { ballotDots } from "../rules/votes.js";

/** Who changes the state, and when: passed to every reducer. */
export interface Context {
  /** The sender's person id; "" when the viewer may not know who it was. */
  actorId: string;
  seq: number;
  /** ISO timestamp of the commit: the only clock reducers know. */
  at: string;
  /** The sender's side and organisation, as far as the event tells them. */
  author: Author;
}

/** The record with one entry set. */
export function put<T>(record: Record<string, T>, id: string, value: T): Record<string, T> {
  return { ...record, [id]: value };
}

/** The record without one entry. */
export function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  const { [id]: _gone, ...rest } = record;
  return rest;
}

/** The record with every entry passed through `change`. */
export function mapRecord<T>(record: Record<string, T>, change: (value: T) => T): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([id, value]) => [id, change(value)]));
}

/** A list with `id` added (once) or removed. */
export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const rest = list.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

/** Records the actor as last writer of the changed fields (last writer wins, per field). */
export function withEdits(
  state: SeriesState,
  kind: EntityKind,
  id: string,
  fields: readonly string[],
  ctx: Context,
): SeriesState {
  const edits = { ...state.edits };
  for (const field of fields) edits[fieldKey(kind, id, field)] = { by: ctx.actorId, seq: ctx.seq };
  return { ...state, edits };
}

/** Forgets the last writers of a removed entity's fields. */
export function withoutEditsOf(state: SeriesState, kind: EntityKind, id: string): SeriesState {
  const prefix = `${kind}:${id}:`;
  const edits = Object.fromEntries(Object.entries(state.edits).filter(([key]) => !key.startsWith(prefix)));
  return { ...state, edits };
}

/** Lets go of a removed item: out of the spotlight, its dots back to their owners, off breakout groups. */
export function forgetItem(state: SeriesState, kind: ItemKind, id: string): SeriesState {
  const { room } = state;
  const spotlight = room.spotlight?.kind === kind && room.spotlight.id === id ? null : room.spotlight;
  const votes = mapRecord(state.votes, (ballot) => without(ballot, id));
  // Counted down by the ballots this empties, not counted afresh: a client holds only its own ballot,
  // and the server sends the count along whenever other ballots changed it (see projectEvent).
  const emptied = Object.keys(votes).filter(
    (personId) => ballotDots(state.votes[personId]) > 0 && ballotDots(votes[personId]) === 0,
  ).length;
  const voting = room.voting ? { ...room.voting, voters: Math.max(0, room.voting.voters - emptied) } : null;
  const breakout =
    room.breakout && kind === ItemKind.case
      ? {
          ...room.breakout,
          groups: room.breakout.groups.map((g) => (g.caseId === id ? { ...g, caseId: null } : g)),
        }
      : room.breakout;
  return { ...state, votes, room: { ...room, spotlight, voting, breakout } };
}
