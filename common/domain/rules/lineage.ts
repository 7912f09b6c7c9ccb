import type { Agreement, Review, SeriesState } from "../types.js";

/**
 * Who revises whom and which reviews belong to which agreement, indexed once
 * per state. States are immutable and keep a record's object until one of its
 * items changes, so an index keyed by the record serves every question about
 * that state (and later states sharing the record): the CSV, the results and
 * the review checks ask about every agreement, and a scan per question made
 * that quadratic, or cubic along a chain of revisions.
 */
const successorIndexes = new WeakMap<Readonly<Record<string, Agreement>>, ReadonlyMap<string, readonly Agreement[]>>();
const reviewIndexes = new WeakMap<Readonly<Record<string, Review>>, ReadonlyMap<string, readonly Review[]>>();

const NONE: readonly never[] = [];

function successorIndex(agreements: Readonly<Record<string, Agreement>>): ReadonlyMap<string, readonly Agreement[]> {
  const known = successorIndexes.get(agreements);
  if (known) return known;
  const index = new Map<string, Agreement[]>();
  for (const agreement of Object.values(agreements)) {
    if (agreement.predecessorId === null) continue;
    const list = index.get(agreement.predecessorId);
    if (list) list.push(agreement);
    else index.set(agreement.predecessorId, [agreement]);
  }
  successorIndexes.set(agreements, index);
  return index;
}

function reviewIndex(reviews: Readonly<Record<string, Review>>): ReadonlyMap<string, readonly Review[]> {
  const known = reviewIndexes.get(reviews);
  if (known) return known;
  const index = new Map<string, Review[]>();
  for (const review of Object.values(reviews)) {
    const list = index.get(review.agreementId);
    if (list) list.push(review);
    else index.set(review.agreementId, [review]);
  }
  reviewIndexes.set(reviews, index);
  return index;
}

/** The agreements that name this one as their predecessor (its direct revisions), in the state's order. */
export function revisionsOf(state: SeriesState, agreementId: string): readonly Agreement[] {
  return successorIndex(state.agreements).get(agreementId) ?? NONE;
}

/** The reviews of one agreement, one per session that checked it, in the state's order. */
export function reviewsOf(state: SeriesState, agreementId: string): readonly Review[] {
  return reviewIndex(state.reviews).get(agreementId) ?? NONE;
}

/**
 * How many revisions lead to each agreement (0 for one that revises none),
 * in one pass over the agreements; null when predecessors form a cycle.
 */
export function revisionDepths(agreements: Readonly<Record<string, Agreement>>): Map<string, number> | null {
  const depths = new Map<string, number>();
  const onPath = new Set<string>();
  for (const start of Object.keys(agreements)) {
    const path: string[] = [];
    let id: string | null = start;
    // Walk back to an agreement whose depth is known (or the chain's start), then fill the path in.
    while (id !== null && !depths.has(id) && Object.hasOwn(agreements, id)) {
      if (onPath.has(id)) return null;
      onPath.add(id);
      path.push(id);
      id = agreements[id]?.predecessorId ?? null;
    }
    let depth = id !== null && depths.has(id) ? (depths.get(id) ?? 0) + 1 : 0;
    for (let i = path.length - 1; i >= 0; i -= 1) {
      const at = path[i];
      if (at === undefined) continue;
      depths.set(at, depth);
      onPath.delete(at);
      depth += 1;
    }
  }
  return depths;
}
