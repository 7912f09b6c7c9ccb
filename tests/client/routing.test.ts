import { describe, expect, it } from "vitest";
import { routeOf } from "../../client/src/router.js";
import type { Person } from "@common/domain/types.js";
import { onlinePeople, typistsOf, viewersOf } from "../../client/src/features/presence/presence.js";

describe("routes", () => {
  it.each([
    ["/", { page: "start" }],
    ["/s/AbCdEfGh1234", { page: "board", seriesId: "AbCdEfGh1234" }],
    ["/s/AbCdEfGh1234/", { page: "board", seriesId: "AbCdEfGh1234" }],
    ["/s/short", { page: "notFound" }],
    ["/s/AbCdEfGh1234/minutes", { page: "exports", seriesId: "AbCdEfGh1234" }],
    ["/s/AbCdEfGh1234/minutes/Session12345", { page: "minutes", seriesId: "AbCdEfGh1234", sessionId: "Session12345" }],
    ["/s/AbCdEfGh1234/minutes/../x", { page: "notFound" }],
    ["/s/AbCdEfGh1234/minutes/constructor", { page: "notFound" }],
    ["/s/has%20space", { page: "notFound" }],
    ["/elsewhere", { page: "notFound" }],
  ])("%s", (path, route) => {
    expect(routeOf(path)).toEqual(route);
  });
});

describe("who is online", () => {
  const people = {
    alice: {
      id: "alice",
      name: "Alice",
      orgId: "org-a",
      function: "sales",
      role: "facilitator",
      orgConfirmed: true,
      joinedSeq: 1,
    },
    bob: {
      id: "bob",
      name: "Bob",
      orgId: null,
      function: "operations",
      role: "participant",
      orgConfirmed: true,
      joinedSeq: 2,
    },
  } satisfies Record<string, Person>;
  const online = [
    { connectionId: "c1", personId: "bob", focus: "case-1", typing: null },
    { connectionId: "c2", personId: "alice", focus: "case-1", typing: null },
    { connectionId: "c3", personId: "bob", focus: null, typing: null },
    { connectionId: "c4", personId: "newcomer", focus: null, typing: null },
  ];

  it("lists each person once, me first, newcomers without a name", () => {
    expect(onlinePeople(online, people, "alice")).toEqual([
      { personId: "alice", name: "Alice", isMe: true, side: "sales", orgId: "org-a" },
      { personId: "newcomer", name: null, isMe: false, side: null, orgId: null },
      { personId: "bob", name: "Bob", isMe: false, side: "operations", orgId: null },
    ]);
  });

  it("says who else types in an item, once per person", () => {
    const typing = [
      { connectionId: "c1", personId: "bob", focus: "case-1", typing: "case-1" },
      { connectionId: "c2", personId: "bob", focus: "case-1", typing: "case-1" },
      { connectionId: "c3", personId: "alice", focus: "case-1", typing: "case-1" },
    ];
    expect(typistsOf(typing, "case-1", "alice")).toEqual(["bob"]);
    expect(typistsOf(typing, "case-2", "alice")).toEqual([]);
  });

  it("marks an item with the others looking at it, not with me", () => {
    expect(viewersOf(online, "case-1", "alice")).toEqual(["bob"]);
    expect(viewersOf(online, "case-2", "alice")).toEqual([]);
  });
});
