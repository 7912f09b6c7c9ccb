import type { Person, SeriesState } from "../types.js";
import { Role, VoteTarget } from "../vocabulary.js";
import { ballotDots, isVoteItem } from "./votes.js";

/** An item of a revealed vote with its place; items with equal dots share a place. */
export interface RankedVoteItem {
  itemId: string;
  total: number;
  /** 1-based; ties share the better place and the next place is skipped (1, 1, 3). */
  rank: number;
  /** Another item has exactly as many dots. */
  tied: boolean;
}

/** Places for a ranking sorted by dots (most first), with ties shown as ties. */
export function rankWithTies(ranking: readonly { itemId: string; total: number }[]): RankedVoteItem[] {
  const count = (total: number): number => ranking.filter((item) => item.total === total).length;
  let rank = 0;
  return ranking.map((item, index) => {
    if (index === 0 || (ranking[index - 1]?.total ?? Number.NaN) !== item.total) rank = index + 1;
    return { ...item, rank, tied: count(item.total) > 1 };
  });
}

/** How many of the people online right now may vote (facilitators and participants, each once). */
export function votersPresent(people: Readonly<Record<string, Person>>, onlinePersonIds: readonly string[]): number {
  const voters = new Set<string>();
  for (const personId of onlinePersonIds) {
    const person = Object.hasOwn(people, personId) ? people[personId] : undefined;
    if (person && person.role !== Role.observer) voters.add(personId);
  }
  return voters.size;
}

/**
 * How many of a voter's dots can still be placed in the open vote: all that
 * are left with stacking; without it, at most one per item that has none of
 * theirs yet (three dots on two items leave one that nowhere takes).
 */
export function placeableDots(state: SeriesState, ballot: Readonly<Record<string, number>>): number {
  const voting = state.room.voting;
  if (!voting) return 0;
  const left = Math.max(0, voting.dotsPerPerson - ballotDots(ballot));
  if (voting.stacking) return left;
  const items = voting.target === VoteTarget.cases ? state.cases : state.agreements;
  const free = Object.keys(items).filter((itemId) => isVoteItem(state, voting, itemId) && !(ballot[itemId] ?? 0));
  return Math.min(left, free.length);
}

/** How many items of a session a vote on `target` would have. */
export function voteItemCount(state: SeriesState, sessionId: string, target: VoteTarget): number {
  const items = target === VoteTarget.cases ? state.cases : state.agreements;
  return Object.values(items).filter((item) => item.sessionId === sessionId).length;
}
