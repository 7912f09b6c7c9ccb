import { voteRanking } from "@common/domain/rules/votes.js";
import type { SeriesState } from "@common/domain/types.js";

/** Items in the order of the revealed vote (most dots first, the rest after, as they were); unchanged before the reveal. */
export function byVoteRanking<T extends { id: string }>(state: SeriesState, items: readonly T[]): T[] {
  const ranking = voteRanking(state);
  if (ranking.length === 0) return [...items];
  const rank = new Map(ranking.map((r, index) => [r.itemId, index]));
  const at = (item: T) => rank.get(item.id) ?? ranking.length;
  return [...items].sort((a, b) => at(a) - at(b));
}
