import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import { touchedItems } from "@common/domain/visibility/touched.js";
import { canSee, PUBLIC_VIEWER, viewerOf, type Viewer } from "@common/domain/visibility/viewer.js";
import { ANNA, makeRoom, NOBODY, ORG_A, ORG_B, OSKAR, SHARED_CASE } from "./fixtures.js";
import { ALL_SAMPLES, CLIENT_SAMPLES } from "./samples.js";

describe("canSee", () => {
  const viewer = (role: Viewer["role"], orgId: string | null): Viewer => ({ personId: "person-x", orgId, role });
  it.each<[string, Viewer, string | null, boolean]>([
    ["anyone, a shared item", viewer("participant", ORG_B), null, true],
    ["the projector, a shared item", PUBLIC_VIEWER, null, true],
    ["a member, their org's internal item", viewer("participant", ORG_A), ORG_A, true],
    ["a facilitator of the org", viewer("facilitator", ORG_A), ORG_A, true],
    ["a member of another org", viewer("participant", ORG_B), ORG_A, false],
    ["a facilitator of another org", viewer("facilitator", ORG_B), ORG_A, false],
    ["a person without org", viewer("facilitator", null), ORG_A, false],
    ["an observer of the org", viewer("observer", ORG_A), ORG_A, false],
    ["the projector, an internal item", PUBLIC_VIEWER, ORG_A, false],
  ])("%s: %s", (_label, v, internalTo, sees) => {
    expect(canSee(v, internalTo)).toBe(sees);
  });

  it("knows the people of the series, and only them", () => {
    const state = makeRoom();
    expect(viewerOf(state, ANNA)).toEqual({ personId: ANNA, orgId: ORG_A, role: "facilitator" });
    expect(viewerOf(state, OSKAR)).toEqual({ personId: OSKAR, orgId: ORG_A, role: "observer" });
    expect(viewerOf(state, NOBODY)).toBeNull();
    expect(viewerOf(state, "constructor")).toBeNull();
  });
});

/** Every string in a command that names an item, by the samples' id convention ("case-", "agreement-", "goal-"). */
function namedItemIds(value: unknown): string[] {
  if (typeof value === "string") return /^(case|agreement|goal)-/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(namedItemIds);
  if (value && typeof value === "object") return Object.values(value).flatMap(namedItemIds);
  return [];
}

describe("touchedItems", () => {
  const state = makeRoom();
  it.each(ALL_SAMPLES.map((command) => [command.type, command] as [string, EventCommand]))(
    "%s names exactly the items in it",
    (_type, command) => {
      const touched = touchedItems(state, command);
      expect(touched.map((t) => t.id).sort()).toEqual([...new Set(namedItemIds(command))].sort());
      for (const item of touched) expect(item.id.startsWith(`${item.kind}-`)).toBe(true);
    },
  );

  it("names a voted item by the vote's target", () => {
    const agreementVote = makeRoom([
      { type: "vote.open", sessionId: "session-01", target: "agreements", dotsPerPerson: 1, stacking: false },
    ]);
    const cast: EventCommand = { type: "vote.cast", itemId: SHARED_CASE, delta: 1 };
    expect(touchedItems(agreementVote, cast)).toEqual([{ kind: "agreement", id: SHARED_CASE }]);
    expect(touchedItems(state, cast)).toEqual([{ kind: "case", id: SHARED_CASE }]);
  });

  it("names each item once", () => {
    const twice: EventCommand = {
      type: "agreement.add",
      agreementId: "agreement-9",
      values: { text: "x", goalIds: ["goal-0001", "goal-0001"] },
    };
    expect(touchedItems(state, twice)).toHaveLength(2);
    expect(touchedItems(state, CLIENT_SAMPLES["timer.start"])).toEqual([]);
  });
});
