import { describe, expect, it } from "vitest";
import { evidenceOwner } from "@common/domain/rules/evidence.js";
import { changeKindMix, goalTrends, profitLedger, redesignSuggestions } from "@common/results/index.js";
import { DEMO_TODAY, demoState } from "./demo.js";

describe("the example series' numbers", () => {
  const { state, idOf } = demoState();

  it("has the margin goal behind plan and the others on track", () => {
    const status = Object.fromEntries(goalTrends(state, DEMO_TODAY).map((t) => [t.title, t.status]));
    expect(status).toEqual({
      "Deckungsbeitrag je Auftrag steigern": "behind",
      "Liefertreue (OTIF) verbessern": "on_track",
      "Rüstzeiten auf Linie 2 senken": "on_track",
      "Prognosegenauigkeit erhöhen": "on_track",
    });
  });

  it("has a realised € effect", () => {
    expect(profitLedger(state).total.realisedPerYear).toBeGreaterThan(0);
  });

  it("asks to redesign the rush orders' revision, whose outcome was missed twice", () => {
    expect(redesignSuggestions(state, DEMO_TODAY).map((s) => [s.reason, s.itemId, s.sessionIds])).toEqual([
      ["outcome_missed", idOf("agreement:rush-2"), [idOf("session:s2"), idOf("session:s3")]],
    ]);
  });

  it("mixes the kinds of change across its sessions", () => {
    expect(changeKindMix(state).map((row) => [row.sessionId, row.counts])).toEqual([
      [idOf("session:s1"), { scale: 0, optimize: 2, redesign: 0, none: 0 }],
      [idOf("session:s2"), { scale: 1, optimize: 0, redesign: 1, none: 0 }],
      [idOf("session:s3"), { scale: 1, optimize: 3, redesign: 0, none: 0 }],
    ]);
  });

  it("names Sales Ops to bring the numbers of Hansen's agreements, nobody for Lindner's without Sales Ops", () => {
    const owner = (key: string) => {
      const agreement = state.agreements[idOf(`agreement:${key}`)];
      return agreement ? (evidenceOwner(state, agreement)?.name ?? null) : "missing";
    };
    expect([owner("samples"), owner("margin-report")]).toEqual(["Sabine Krüger", null]);
  });
});
