import { describe, expect, it } from "vitest";
import type { MarginEffect, RealisedEffect } from "@common/domain/agreements/effect.js";
import { clientCommandSchema, type EventCommand } from "@common/domain/commands.js";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import type { SeriesState } from "@common/domain/types.js";
import { profitLedger, type ProfitLedger } from "@common/results/index.js";
import { ANNA, BERND, CARLA, DORIS, join, makeRoom, ORG_A, ORG_B } from "../fixtures.js";
import { demoState } from "./demo.js";
import { agreement, caseAt, resultsSeries, revise, session } from "./steps.js";

const S1 = "session-01";
const S2 = "session-02";
const S3 = "session-03";

function expects(amount: number, per: "month" | "year" = "year", basis = ""): MarginEffect {
  return { amount, per, currency: "EUR", basis };
}

function measured(amount: number, per: "month" | "year" = "year"): RealisedEffect {
  return { measured: true, amount, per, currency: "EUR" };
}

function realised(sessionId: string, agreementId: string, effect: RealisedEffect | null): EventCommand {
  return { type: "review.set", sessionId, agreementId, changes: { realisedEffect: effect } };
}

/** Three sessions; agreement-1 is made between sessions, so it is due at each. */
function ledgerOf(commands: readonly EventCommand[]): ProfitLedger {
  return profitLedger(
    resultsSeries([session(S1, "2026-01-15"), session(S2, "2026-02-15"), session(S3, "2026-03-15"), ...commands]),
  );
}

/** The line of one agreement, in one row: expected and realised € per year, not measurable, line count. */
function totals(l: ProfitLedger): [number, number, number, number] {
  return [l.total.expectedPerYear, l.total.realisedPerYear, l.total.notMeasurable, l.total.lines];
}

describe("the profit ledger of one agreement", () => {
  it.each<[string, EventCommand[], [number, number, number, number]]>([
    ["no agreement: nothing", [], [0, 0, 0, 0]],
    ["an agreement without € is no line", [agreement("agreement-1")], [0, 0, 0, 0]],
    ["€ per year as stated", [agreement("agreement-1", { effect: expects(24_000) })], [24_000, 0, 0, 1]],
    [
      "€ per month counts twelve times",
      [agreement("agreement-1", { effect: expects(1_800, "month") })],
      [21_600, 0, 0, 1],
    ],
    [
      "measured at a review",
      [agreement("agreement-1", { effect: expects(24_000) }), realised(S1, "agreement-1", measured(1_500, "month"))],
      [24_000, 18_000, 0, 1],
    ],
    [
      "the latest review counts, not the sum of the reviews",
      [
        agreement("agreement-1", { effect: expects(24_000) }),
        realised(S1, "agreement-1", measured(6_000)),
        realised(S2, "agreement-1", measured(20_000)),
      ],
      [24_000, 20_000, 0, 1],
    ],
    [
      "not measurable, with its reason",
      [
        agreement("agreement-1", { effect: expects(24_000) }),
        realised(S1, "agreement-1", { measured: false, reason: "Rüstzeiten werden nicht erfasst" }),
      ],
      [24_000, 0, 1, 1],
    ],
    [
      "measured later after not measurable",
      [
        agreement("agreement-1", { effect: expects(24_000) }),
        realised(S1, "agreement-1", { measured: false, reason: "noch keine Daten" }),
        realised(S2, "agreement-1", measured(30_000)),
      ],
      [24_000, 30_000, 0, 1],
    ],
    [
      "a realised effect without an expectation is a line",
      [agreement("agreement-1"), realised(S1, "agreement-1", measured(-5_000))],
      [0, -5_000, 0, 1],
    ],
    [
      "taken back: nothing measured",
      [
        agreement("agreement-1", { effect: expects(24_000) }),
        realised(S1, "agreement-1", measured(6_000)),
        realised(S1, "agreement-1", null),
      ],
      [24_000, 0, 0, 1],
    ],
    [
      "a revision carries the line forward, counted once",
      [
        agreement("agreement-1", { effect: expects(2_000, "month") }),
        realised(S1, "agreement-1", measured(500, "month")),
        revise(S1, "agreement-1", "agreement-2"),
      ],
      [24_000, 6_000, 0, 1],
    ],
    [
      "a revision with a new expectation replaces the old one",
      [
        agreement("agreement-1", { effect: expects(2_000, "month") }),
        revise(S1, "agreement-1", "agreement-2"),
        { type: "agreement.update", agreementId: "agreement-2", changes: { effect: expects(12_000) } },
        realised(S2, "agreement-2", measured(10_000)),
      ],
      [12_000, 10_000, 0, 1],
    ],
    [
      "two agreements add up",
      [
        agreement("agreement-1", { effect: expects(24_000) }),
        agreement("agreement-2", { effect: expects(-1_000, "month") }),
        realised(S1, "agreement-1", measured(20_000)),
      ],
      [12_000, 20_000, 0, 2],
    ],
  ])("%s", (_, commands, expected) => {
    expect(totals(ledgerOf(commands))).toEqual(expected);
  });

  it("keeps the basis and the versions of a revised line", () => {
    const ledger = ledgerOf([
      agreement("agreement-1", { effect: expects(450, "month", "2 Rüstwechsel/Woche weniger × 450 €") }),
      revise(S1, "agreement-1", "agreement-2"),
    ]);
    expect(ledger.lines).toEqual([
      expect.objectContaining({
        agreementId: "agreement-2",
        agreementIds: ["agreement-1", "agreement-2"],
        expected: expects(450, "month", "2 Rüstwechsel/Woche weniger × 450 €"),
        expectedPerYear: 5_400,
      }),
    ]);
  });
});

describe("the profit ledger per session", () => {
  it("shows what each session agreed and measured, and where the series stood after it", () => {
    const ledger = ledgerOf([
      caseAt("case-1", "planning", -8_000),
      caseAt("case-2", "production", -3_000),
      agreement("agreement-1", { sessionId: S1, effect: expects(1_000, "month"), caseId: "case-1" }),
      agreement("agreement-2", { sessionId: S1, effect: expects(6_000), caseId: "case-1" }),
      realised(S2, "agreement-1", measured(800, "month")),
      revise(S2, "agreement-2", "agreement-3"),
      { type: "agreement.update", agreementId: "agreement-3", changes: { effect: expects(9_000), caseId: "case-2" } },
      realised(S3, "agreement-1", measured(1_100, "month")),
      realised(S3, "agreement-3", measured(4_000)),
    ]);
    // Session, expected, realised, cases' margin; then the cumulated expected, realised, cases' margin.
    expect(
      ledger.sessions.map((s) => [
        s.sessionId,
        s.expectedPerYear,
        s.realisedPerYear,
        s.caseMargin,
        s.cumulative.expectedPerYear,
        s.cumulative.realisedPerYear,
        s.cumulative.caseMargin,
      ]),
    ).toEqual([
      [S1, 18_000, 0, -8_000, 18_000, 0, -8_000],
      // The revision adds only what it changes; the case counts once, though both lines name it.
      [S2, 3_000, 9_600, -3_000, 21_000, 9_600, -11_000],
      // The latest measurement of each line, not a sum over sessions.
      [S3, 0, 17_200, 0, 21_000, 17_200, -11_000],
    ]);
    expect(ledger.sessions.reduce((sum, s) => sum + s.expectedPerYear, 0)).toBe(ledger.total.expectedPerYear);
    expect(ledger.sessions.reduce((sum, s) => sum + s.caseMargin, 0)).toBe(ledger.total.caseMargin);
  });
});

/** A two-company room whose agreements state €: by side and by organisation. */
function twoCompanies(): SeriesState {
  return makeRoom([
    { type: "agreement.update", agreementId: "agreement-1", changes: { effect: expects(1_000, "month") } },
    {
      type: "agreement.add",
      agreementId: "agreement-ops",
      values: { text: "Rüstfolge glätten", ownerIds: [CARLA], effect: expects(6_000) },
    },
    {
      type: "agreement.add",
      agreementId: "agreement-both",
      values: { text: "Wochenplan gemeinsam", ownerIds: [BERND, CARLA], effect: expects(3_000) },
    },
    {
      by: DORIS,
      command: {
        type: "case.add",
        caseId: "case-b",
        values: { title: "B intern", orgId: ORG_B, marginImpact: -40_000, internalTo: ORG_B },
      },
    },
    {
      by: DORIS,
      command: {
        type: "agreement.add",
        agreementId: "agreement-b-intern",
        values: {
          text: "Preise B",
          ownerIds: [DORIS],
          caseId: "case-b",
          internalTo: ORG_B,
          effect: expects(50_000, "month"),
        },
      },
    },
    {
      by: DORIS,
      command: {
        type: "agreement.add",
        agreementId: "agreement-b",
        values: { text: "Rahmenvertrag B", ownerIds: [DORIS], effect: expects(10_000) },
      },
    },
  ]);
}

describe("the profit ledger by side and by organisation", () => {
  it("adds the lines up by the owners' side and by the line's organisation", () => {
    const ledger = profitLedger(twoCompanies());
    expect(ledger.bySide.map((g) => [g.key, g.expectedPerYear, g.lines])).toEqual([
      ["sales", 12_000 + 600_000 + 10_000, 3],
      ["operations", 6_000, 1],
      ["shared", 3_000, 1],
    ]);
    expect(ledger.byOrg.map((g) => [g.key, g.expectedPerYear, g.caseMargin])).toEqual([
      [ORG_A, 21_000, 0],
      [ORG_B, 610_000, -40_000],
    ]);
    const sum = (groups: readonly { expectedPerYear: number }[]) => groups.reduce((s, g) => s + g.expectedPerYear, 0);
    expect(sum(ledger.bySide)).toBe(ledger.total.expectedPerYear);
    expect(sum(ledger.byOrg)).toBe(ledger.total.expectedPerYear);
  });
});

describe("the profit ledger on a viewer's projected state", () => {
  it("never holds another organisation's internal agreement, not even as a difference of sums", () => {
    const full = twoCompanies();
    const viewer = viewerOf(full, CARLA);
    if (!viewer) throw new Error("Carla is a person of the series");
    const seen = profitLedger(projectState(full, viewer));
    // What Carla's ledger says is exactly what a series without B's internal agreement and case would say.
    const without = profitLedger(
      projectState(
        {
          ...full,
          agreements: Object.fromEntries(Object.entries(full.agreements).filter(([id]) => id !== "agreement-b-intern")),
          cases: Object.fromEntries(Object.entries(full.cases).filter(([id]) => id !== "case-b")),
        },
        viewer,
      ),
    );
    expect(seen).toEqual(without);
    expect(JSON.stringify(seen)).not.toMatch(/agreement-b-intern|600000|640000|Preise B/);
    expect(seen.total.expectedPerYear).toBe(31_000);
    expect(seen.byOrg.find((g) => g.key === ORG_B)?.expectedPerYear).toBe(10_000);
    // Doris of B sees her organisation's line.
    const doris = viewerOf(full, DORIS);
    if (!doris) throw new Error("Doris is a person of the series");
    expect(profitLedger(projectState(full, doris)).total.expectedPerYear).toBe(631_000);
  });

  it.each([
    ["Anna (facilitator, A)", ANNA, 31_000],
    ["Carla (A)", CARLA, 31_000],
    ["Doris (B)", DORIS, 631_000],
  ])("shows %s series totals that are the sums of the rows they see", (_name, personId, expected) => {
    const full = twoCompanies();
    const viewer = viewerOf(full, personId);
    if (!viewer) throw new Error(`${personId} is a person of the series`);
    const seen = profitLedger(projectState(full, viewer));
    const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
    const lines = sum(seen.lines.map((l) => l.expectedPerYear ?? 0));
    // Every total a viewer reads adds up from rows they can read: nothing hidden to subtract.
    expect({
      lines,
      total: seen.total.expectedPerYear,
      bySide: sum(seen.bySide.map((g) => g.expectedPerYear)),
      byOrg: sum(seen.byOrg.map((g) => g.expectedPerYear)),
      lineCount: sum(seen.byOrg.map((g) => g.lines)),
      lastCumulative: seen.sessions.at(-1)?.cumulative.expectedPerYear ?? lines,
    }).toEqual({
      lines: expected,
      total: expected,
      bySide: expected,
      byOrg: expected,
      lineCount: seen.lines.length,
      lastCumulative: expected,
    });
  });

  it("leaves out a measured effect of an internal agreement the viewer cannot see", () => {
    const full = makeRoom([
      join("person-erik", "Erik", "participant", ORG_B, "operations"),
      { type: "session.add", sessionId: "session-02", values: { date: "2026-12-20" } },
      {
        by: DORIS,
        command: {
          type: "agreement.add",
          agreementId: "agreement-b-intern",
          values: { text: "Preise B", ownerIds: [DORIS], internalTo: ORG_B, sessionId: "session-01" },
        },
      },
      {
        type: "review.set",
        sessionId: "session-02",
        agreementId: "agreement-b-intern",
        changes: { realisedEffect: measured(70_000) },
      },
    ]);
    expect(profitLedger(full).total.realisedPerYear).toBe(70_000);
    const anna = viewerOf(full, ANNA);
    if (!anna) throw new Error("Anna is a person of the series");
    const seen = profitLedger(projectState(full, anna));
    expect(seen.total.realisedPerYear).toBe(0);
    expect(seen.sessions.map((s) => s.realisedPerYear)).toEqual([0, 0]);
  });
});

describe("margin effects that make no sense are refused with a clear error", () => {
  it.each<[string, unknown, RegExp]>([
    ["a text instead of a number", { amount: "450", per: "month", currency: "EUR", basis: "" }, /number of euros/],
    ["not a finite number", { amount: Infinity, per: "month", currency: "EUR", basis: "" }, /finite|number of euros/],
    ["an absurd magnitude", { amount: 5e9, per: "year", currency: "EUR", basis: "" }, /not plausible/],
    ["another currency", { amount: 450, per: "month", currency: "USD", basis: "" }, /euros \(EUR\) only/],
    [
      "a period other than month or year",
      { amount: 450, per: "week", currency: "EUR", basis: "" },
      /per month or per year/,
    ],
  ])("%s", (_, effect, message) => {
    const parsed = clientCommandSchema.safeParse({
      type: "agreement.update",
      agreementId: "agreement-1",
      changes: { effect },
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(message);
  });

  it("a realised effect not measurable needs its reason", () => {
    const parsed = clientCommandSchema.safeParse({
      type: "review.set",
      sessionId: S1,
      agreementId: "agreement-1",
      changes: { realisedEffect: { measured: false, reason: " " } },
    });
    expect(parsed.success).toBe(false);
  });
});

describe("the example series' ledger", () => {
  it("has expectations, measured effects, a revision carrying its line and one effect not measurable", () => {
    const { state, idOf } = demoState();
    const ledger = profitLedger(state);
    const line = (key: string) => ledger.lines.find((l) => l.agreementIds.includes(idOf(`agreement:${key}`)));
    expect(line("rush")?.agreementIds).toEqual([idOf("agreement:rush"), idOf("agreement:rush-2")]);
    expect([line("rush")?.expectedPerYear, line("rush")?.realisedPerYear]).toEqual([14_400, 3_600]);
    expect([line("formats")?.expectedPerYear, line("formats")?.realisedPerYear]).toEqual([46_800, 50_400]);
    expect(line("promo")?.realised).toMatchObject({ measured: false });
    expect(ledger.total).toMatchObject({
      lines: 4,
      expectedPerYear: 94_200,
      realisedPerYear: 54_000,
      notMeasurable: 1,
    });
    expect(ledger.total.caseMargin).toBeLessThan(0);
  });
});
