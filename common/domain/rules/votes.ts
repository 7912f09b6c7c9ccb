import type { SeriesState, Voting } from "../types.js";
import { VoteTarget } from "../vocabulary.js";

type Ballots = Record<string, Record<string, number>>;

/** How many dots one ballot spends. */
export function ballotDots(ballot: Record<string, number> | undefined): number {
  return Object.values(ballot ?? {}).reduce((sum, dots) => sum + dots, 0);
}

/** How many people have at least one dot on the board. */
export function votersOf(votes: Ballots): number {
  return Object.values(votes).filter((ballot) => ballotDots(ballot) > 0).length;
}

/** Dots per item over all ballots; items without dots are left out. */
export function tally(votes: Ballots): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const ballot of Object.values(votes)) {
    for (const [itemId, dots] of Object.entries(ballot)) {
      if (dots > 0) totals[itemId] = (totals[itemId] ?? 0) + dots;
    }
  }
  return totals;
}

/** Whether an item may get dots in the vote: a case or agreement (per target) of the vote's session. */
export function isVoteItem(state: SeriesState, voting: Voting, itemId: string): boolean {
  const items = voting.target === VoteTarget.cases ? state.cases : state.agreements;
  return Object.hasOwn(items, itemId) && items[itemId]?.sessionId === voting.sessionId;
}

/**
 * The revealed (or closed) vote's items, most dots first; ties by id so every
 * client ranks alike. Empty while the vote is open or when there is none.
 */
export function voteRanking(state: SeriesState): { itemId: string; total: number }[] {
  const voting = state.room.voting;
  if (!voting?.totals) return [];
  return Object.entries(voting.totals)
    .filter(([itemId]) => isVoteItem(state, voting, itemId))
    .map(([itemId, total]) => ({ itemId, total }))
    .sort((a, b) => b.total - a.total || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
}
