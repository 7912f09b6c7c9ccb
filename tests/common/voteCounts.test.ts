import { describe, expect, it } from "vitest";
import { placeableDots, rankWithTies, voteItemCount, votersPresent } from "@common/domain/rules/voteCounts.js";
import { ANNA, BERND, CARLA, DORIS, OSKAR, SESSION, SHARED_CASE, makeRoom, type Step } from "./fixtures.js";

const items = (...totals: number[]) => totals.map((total, i) => ({ itemId: `item-${i}`, total }));

describe("vote places", () => {
  it.each([
    ["no ties", items(5, 3, 1), [1, 2, 3], [false, false, false]],
    ["a tie for first", items(4, 4, 2), [1, 1, 3], [true, true, false]],
    ["a tie in the middle", items(6, 3, 3, 3, 1), [1, 2, 2, 2, 5], [false, true, true, true, false]],
    ["everyone equal", items(2, 2), [1, 1], [true, true]],
    ["nothing", items(), [], []],
  ])("%s", (_, ranking, ranks, tied) => {
    const ranked = rankWithTies(ranking);
    expect(ranked.map((item) => item.rank)).toEqual(ranks);
    expect(ranked.map((item) => item.tied)).toEqual(tied);
  });
});

describe("who may vote of those online", () => {
  it("counts facilitators and participants once each, not observers, projectors of unknown people or second devices", () => {
    const state = makeRoom();
    expect(votersPresent(state.people, [ANNA, BERND, BERND, CARLA, OSKAR, "person-unknown"])).toBe(3);
    expect(votersPresent(state.people, [])).toBe(0);
  });
});

describe("dots that can still be placed", () => {
  const open = (dotsPerPerson: number, stacking: boolean): Step => ({
    type: "vote.open",
    sessionId: SESSION,
    target: "cases",
    dotsPerPerson,
    stacking,
  });
  const cast = (itemId: string): Step => ({ by: DORIS, command: { type: "vote.cast", itemId, delta: 1 } });

  it.each([
    ["three dots, two cases, no stacking: only two can go anywhere", open(3, false), [], 2],
    ["after one dot, one case is left", open(3, false), [cast(SHARED_CASE)], 1],
    ["with stacking, all three", open(3, true), [cast(SHARED_CASE)], 2],
    ["fewer dots than cases", open(1, false), [], 1],
  ])("%s", (_, opened, casts, placeable) => {
    const state = makeRoom([opened, ...casts]);
    expect(voteItemCount(state, SESSION, "cases")).toBe(2);
    expect(placeableDots(state, state.votes[DORIS] ?? {})).toBe(placeable);
  });

  it("is zero without a vote", () => {
    expect(placeableDots(makeRoom(), {})).toBe(0);
  });
});
