import type { Person } from "../types.js";
import { Side, type Side as SideT } from "../vocabulary.js";
import { sideOfPerson } from "./people.js";

/** A small seeded generator (mulberry32): the same seed gives the same groups on every machine. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = result[i];
    const b = result[j];
    if (a === undefined || b === undefined) continue;
    result[i] = b;
    result[j] = a;
  }
  return result;
}

const SIDE_ORDER: readonly (SideT | null)[] = [Side.sales, Side.operations, Side.shared, null];

/** What decides how well a group is mixed, kept up to date as people move. */
interface Mix {
  sales: number;
  operations: number;
  orgs: Map<string, number>;
}

function moveIn(mix: Mix, person: Person, sign: 1 | -1): void {
  const side = sideOfPerson(person);
  if (side === Side.sales) mix.sales += sign;
  if (side === Side.operations) mix.operations += sign;
  if (person.orgId === null) return;
  const count = (mix.orgs.get(person.orgId) ?? 0) + sign;
  if (count === 0) mix.orgs.delete(person.orgId);
  else mix.orgs.set(person.orgId, count);
}

/** How far a group is from a good mix (lower is better): both sides first, then many organisations, then balance. */
function mixPenalty(mix: Mix): number {
  return (
    (mix.sales === 0 ? 100 : 0) +
    (mix.operations === 0 ? 100 : 0) -
    10 * mix.orgs.size +
    Math.abs(mix.sales - mix.operations)
  );
}

/** Swaps people between groups while a swap makes both groups together better mixed. */
function improveBySwaps(groups: Person[][]): void {
  const mixes = groups.map((group) => {
    const mix: Mix = { sales: 0, operations: 0, orgs: new Map() };
    for (const person of group) moveIn(mix, person, 1);
    return mix;
  });
  const swap = (ma: Mix, mb: Mix, x: Person, y: Person): void => {
    moveIn(ma, x, -1);
    moveIn(ma, y, 1);
    moveIn(mb, y, -1);
    moveIn(mb, x, 1);
  };
  for (let pass = 0; pass < 20; pass++) {
    let improved = false;
    groups.forEach((left, a) => {
      groups.forEach((right, b) => {
        const ma = mixes[a];
        const mb = mixes[b];
        if (b <= a || !ma || !mb) return;
        for (let i = 0; i < left.length; i++) {
          for (let j = 0; j < right.length; j++) {
            const x = left[i];
            const y = right[j];
            if (!x || !y || (sideOfPerson(x) === sideOfPerson(y) && x.orgId === y.orgId)) continue;
            const before = mixPenalty(ma) + mixPenalty(mb);
            swap(ma, mb, x, y);
            if (mixPenalty(ma) + mixPenalty(mb) < before) {
              left[i] = y;
              right[j] = x;
              improved = true;
            } else {
              swap(ma, mb, y, x);
            }
          }
        }
      });
    });
    if (!improved) return;
  }
}

/**
 * Splits people into `groupCount` breakout groups of near-equal size (sizes
 * differ by at most one). People are dealt in rounds, one per group and
 * round, each to the group that has the fewest of their side, then the fewest
 * of their organisation; then people are swapped between groups while that
 * mixes them better. So every group gets both sides where there are enough
 * of each, and several organisations where several take part.
 * Deterministic for a seed; returns person ids.
 */
export function mixGroups(people: readonly Person[], groupCount: number, seed: number): string[][] {
  const count = Math.max(1, Math.floor(groupCount));
  const groups: Person[][] = Array.from({ length: count }, () => []);
  const sideRank = (p: Person): number => SIDE_ORDER.indexOf(sideOfPerson(p));
  const order = shuffled(people, seededRandom(seed)).sort((a, b) => sideRank(a) - sideRank(b));
  let dealt = new Set<number>();
  for (const person of order) {
    if (dealt.size === count) dealt = new Set();
    const side = sideOfPerson(person);
    let best = -1;
    let bestScore: [number, number] = [Infinity, Infinity];
    groups.forEach((group, index) => {
      if (dealt.has(index)) return;
      const score: [number, number] = [
        group.filter((p) => sideOfPerson(p) === side).length,
        person.orgId === null ? 0 : group.filter((p) => p.orgId === person.orgId).length,
      ];
      if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] < bestScore[1])) {
        best = index;
        bestScore = score;
      }
    });
    groups[best]?.push(person);
    dealt.add(best);
  }
  improveBySwaps(groups);
  return groups.map((group) => group.map((p) => p.id));
}
