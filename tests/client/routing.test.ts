import { describe, expect, it } from "vitest";
import { routeOf } from "../../client/src/router.js";
import { onlinePeople, viewersOf } from "../../client/src/features/presence/presence.js";

describe("routes", () => {
  it.each([
    ["/", { page: "start" }],
    ["/s/AbCdEfGh1234", { page: "board", seriesId: "AbCdEfGh1234" }],
    ["/s/AbCdEfGh1234/", { page: "board", seriesId: "AbCdEfGh1234" }],
    ["/s/short", { page: "notFound" }],
    ["/s/has%20space", { page: "notFound" }],
    ["/elsewhere", { page: "notFound" }],
  ])("%s", (path, route) => {
    expect(routeOf(path)).toEqual(route);
  });
});

describe("who is online", () => {
  const people = {
    alice: { id: "alice", name: "Alice", orgId: null, function: null, joinedSeq: 1 },
    bob: { id: "bob", name: "Bob", orgId: null, function: null, joinedSeq: 2 },
  };
  const online = [
    { connectionId: "c1", personId: "bob", focus: "case-1" },
    { connectionId: "c2", personId: "alice", focus: "case-1" },
    { connectionId: "c3", personId: "bob", focus: null },
    { connectionId: "c4", personId: "newcomer", focus: null },
  ];

  it("lists each person once, me first, newcomers without a name", () => {
    expect(onlinePeople(online, people, "alice")).toEqual([
      { personId: "alice", name: "Alice", isMe: true },
      { personId: "newcomer", name: null, isMe: false },
      { personId: "bob", name: "Bob", isMe: false },
    ]);
  });

  it("marks an item with the others looking at it, not with me", () => {
    expect(viewersOf(online, "case-1", "alice")).toEqual(["bob"]);
    expect(viewersOf(online, "case-2", "alice")).toEqual([]);
  });
});
