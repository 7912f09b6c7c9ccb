import { describe, expect, it } from "vitest";
import { agreementsCsv } from "@common/exports/agreementsCsv.js";
import { revisionDepths } from "@common/domain/rules/lineage.js";
import { agreementHistory, agreementsDueForReview } from "@common/domain/rules/review.js";
import { reviewId, type Agreement, type Review, type SeriesState } from "@common/domain/types.js";
import { latestReview, revisedInto } from "@common/results/verdicts.js";
import { chainId, withRevisionChain } from "../support/factories.js";
import { AGREEMENT, makeRoom, SESSION } from "./fixtures.js";

const CHAIN = 5000;

/**
 * The room with a chain of 5,000 agreements, each revised into the next at the
 * session (a review with decision "revise" per agreement), its agreements and
 * reviews records counting every item read. Past `budget` reads a record
 * throws: work that grows faster than the chain stops the test at once.
 */
function countedChain(budget: number): { state: SeriesState; visits: () => number } {
  const room = makeRoom();
  const template = room.agreements[AGREEMENT];
  if (!template) throw new Error("the room has an agreement");
  const chained = withRevisionChain(room, { ...template, sessionId: null }, CHAIN);
  const reviews: Record<string, Review> = { ...chained.reviews };
  for (let i = 0; i < CHAIN - 1; i += 1) {
    const id = reviewId(SESSION, chainId(i));
    reviews[id] = {
      id,
      agreementId: chainId(i),
      sessionId: SESSION,
      kept: "partly",
      outcome: "no",
      kpiValue: i,
      evidence: "",
      fit: {},
      decision: "revise",
      successorId: chainId(i + 1),
      updatedSeq: chained.seq,
    };
  }
  let visits = 0;
  function counted<T extends object>(record: Record<string, T>): Record<string, T> {
    const visit = (): void => {
      visits += 1;
      if (visits > budget) throw new Error(`more than ${budget} reads of agreements and reviews`);
    };
    return new Proxy(record, {
      get(target, key, receiver) {
        visit();
        return Reflect.get(target, key, receiver) as unknown;
      },
      getOwnPropertyDescriptor(target, key) {
        visit();
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
  }
  const state = { ...chained, agreements: counted<Agreement>(chained.agreements), reviews: counted<Review>(reviews) };
  return { state, visits: () => visits };
}

describe("the lineage of a 5,000-long chain of revisions", () => {
  // Each agreement and review is read a small, fixed number of times: linear, not quadratic or cubic.
  const LINEAR = 12 * 2 * CHAIN;

  it("is found both ways from the middle in linear reads", () => {
    const { state, visits } = countedChain(LINEAR);
    const history = agreementHistory(state, chainId(2500));
    expect(history.predecessors.map((a) => a.id)).toEqual(Array.from({ length: 2500 }, (_, i) => chainId(2499 - i)));
    expect(history.successors).toHaveLength(CHAIN - 2501);
    expect(history.successors.at(-1)?.id).toBe(chainId(CHAIN - 1));
    expect(history.reviews.map(({ review }) => review.kpiValue)).toEqual([2500]);
    expect(visits()).toBeLessThanOrEqual(LINEAR);
  });

  it("is indexed once per state: the next agreement's history reads only its own chain", () => {
    const { state, visits } = countedChain(LINEAR);
    agreementHistory(state, chainId(0));
    const before = visits();
    expect(agreementHistory(state, chainId(CHAIN - 2)).successors.map((a) => a.id)).toEqual([chainId(CHAIN - 1)]);
    // Its 4,998 predecessors, each read once and looked up once, and a handful more.
    expect(visits() - before).toBeLessThanOrEqual(2 * CHAIN + 20);
  });

  it("gives the CSV, the results' verdicts and the review's due list of every agreement in linear reads", () => {
    const { state, visits } = countedChain(LINEAR);
    const csv = agreementsCsv(state, { lang: "de", separator: ";", today: "2026-12-01" });
    expect(csv.split("\r\n")).toHaveLength(1 + Object.keys(state.agreements).length + 1);
    const verdicts = Array.from({ length: CHAIN }, (_, i) => [
      latestReview(state, chainId(i)),
      revisedInto(state, chainId(i)),
    ]);
    expect(verdicts[0]?.[1]).toBe(chainId(1));
    expect(verdicts.at(-1)).toEqual([null, null]);
    // Made between sessions while the session was open: all are due at it (their reviews are at it, not before).
    expect(agreementsDueForReview(state, SESSION)).toHaveLength(CHAIN);
    expect(visits()).toBeLessThanOrEqual(LINEAR);
  });
});

describe("revision depths", () => {
  const agreement = (id: string, predecessorId: string | null): Agreement => {
    const template = makeRoom().agreements[AGREEMENT];
    if (!template) throw new Error("the room has an agreement");
    return { ...template, id, predecessorId };
  };
  it.each<[string, Agreement[], Record<string, number> | null]>([
    ["none revised", [agreement("a", null), agreement("b", null)], { a: 0, b: 0 }],
    [
      "a chain listed backwards",
      [agreement("c", "b"), agreement("b", "a"), agreement("a", null)],
      { a: 0, b: 1, c: 2 },
    ],
    ["a fork", [agreement("a", null), agreement("b", "a"), agreement("c", "a")], { a: 0, b: 1, c: 1 }],
    ["a predecessor not in the record", [agreement("b", "gone")], { b: 0 }],
    ["a circle", [agreement("a", "c"), agreement("b", "a"), agreement("c", "b")], null],
    ["an agreement revising itself", [agreement("a", "a")], null],
  ])("%s", (_label, agreements, depths) => {
    const found = revisionDepths(Object.fromEntries(agreements.map((a) => [a.id, a])));
    expect(found === null ? null : Object.fromEntries(found)).toEqual(depths);
  });
});
