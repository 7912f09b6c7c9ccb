import { ballotDots, isVoteItem } from "@common/domain/rules/votes.js";
import type { SeriesState } from "@common/domain/types.js";
import { VoteTarget } from "@common/domain/vocabulary.js";

/** This person's own dots per item (the only ballot a client has). */
export function myBallot(state: SeriesState, me: string | null): Record<string, number> {
  if (me === null || !Object.hasOwn(state.votes, me)) return {};
  return state.votes[me] ?? {};
}

/** How many dots this person has left in the open vote. */
export function dotsLeft(state: SeriesState, me: string | null): number {
  const voting = state.room.voting;
  if (!voting) return 0;
  return Math.max(0, voting.dotsPerPerson - ballotDots(myBallot(state, me)));
}

/** Whether an item takes part in the current vote. */
export function inVote(state: SeriesState, itemId: string): boolean {
  const voting = state.room.voting;
  return voting !== null && isVoteItem(state, voting, itemId);
}

/** The revealed total of an item; null before the reveal (nobody sees totals while the vote is open). */
export function revealedTotal(state: SeriesState, itemId: string): number | null {
  const voting = state.room.voting;
  if (!voting || voting.state === "open" || voting.totals === null) return null;
  return voting.totals[itemId] ?? 0;
}

/** The title of a vote item, for result lists. */
export function voteItemTitle(state: SeriesState, itemId: string): string {
  const voting = state.room.voting;
  if (voting?.target === VoteTarget.agreements) return state.agreements[itemId]?.text ?? "";
  return state.cases[itemId]?.title ?? "";
}
