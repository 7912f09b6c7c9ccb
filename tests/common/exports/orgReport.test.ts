import { describe, expect, it } from "vitest";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { orgReport, reportOrgs, reportState } from "@common/exports/orgReport.js";
import { orgReportMarkdown } from "@common/exports/orgReportMarkdown.js";
import type { SeriesState } from "@common/domain/types.js";
import {
  ANNA,
  BERND,
  DORIS,
  EMIL,
  INTERNAL_SESSION,
  makeVisitOfThree,
  MARKERS,
  ORG_A,
  ORG_B,
  ORG_C,
  OSKAR,
  VISIT,
  WORKSHOP,
} from "./orgReportFixture.js";

const state = makeVisitOfThree();

function seenBy(personId: string): SeriesState {
  const viewer = viewerOf(state, personId);
  if (!viewer) throw new Error(`${personId} is not a person of the series`);
  return projectState(state, viewer);
}

/** The Markdown report of `orgId` as `reader` gets it. */
function reportText(reader: string, orgId: string, lang: "de" | "en" = "de"): string {
  const report = orgReport(reportState(seenBy(reader), orgId), VISIT, orgId);
  if (!report) throw new Error("no report");
  return orgReportMarkdown(report, lang);
}

const shared = ["FallA", "FallC", "KurzeZusagen", "StationTor", "ZusammenfassungGemeinsam"];
const ofA = [...shared, "VereinbarungFallC", "BeobachtungBernd", "MitnehmenA"];
const internalOfA = ["FallAIntern", "VereinbarungAIntern", "MitnehmenAIntern"];
const ofB = [...shared, "VereinbarungDoris", "BeobachtungDoris", "MitnehmenB"];
const internalOfB = ["FallBIntern", "PreisB", "VereinbarungBIntern", "MitnehmenBIntern"];
const ofC = [...shared, "VereinbarungFallC", "BeobachtungBernd", "BeobachtungDoris", "BeobachtungEmil"];
const internalOfC = ["StationCIntern", "BeobachtungCIntern"];

describe("the report per organisation: what each organisation's report holds, as each reader gets it", () => {
  it.each<[string, string, string, string[]]>([
    ["a participant of A gets A's, with A's internal items", BERND, ORG_A, [...ofA, ...internalOfA]],
    ["the facilitator (of A) gets A's, with A's internal items", ANNA, ORG_A, [...ofA, ...internalOfA]],
    ["an observer of A gets A's without internal items", OSKAR, ORG_A, ofA],
    ["a participant of B gets B's, with B's internal items", DORIS, ORG_B, [...ofB, ...internalOfB]],
    ["the facilitator of A gets B's without B's internal items", ANNA, ORG_B, ofB],
    [
      "the host C gets every observation at its stations, its internal station too",
      EMIL,
      ORG_C,
      [...ofC, ...internalOfC],
    ],
    ["the facilitator of A gets C's without C's internal station", ANNA, ORG_C, ofC],
  ])("%s", (_name, reader, orgId, expected) => {
    const text = reportText(reader, orgId);
    const found = MARKERS.filter((marker) => new RegExp(`\\b${marker}\\b`).test(text));
    expect([...found].sort()).toEqual([...new Set(expected)].sort());
  });

  it.each([ORG_A, ORG_B, ORG_C])(
    "no other organisation's internal item reaches the report of %s, whoever reads it",
    (orgId) => {
      const others = { [ORG_A]: internalOfA, [ORG_B]: internalOfB, [ORG_C]: internalOfC };
      for (const reader of [ANNA, BERND, DORIS, EMIL, OSKAR]) {
        const text = reportText(reader, orgId);
        for (const [owner, markers] of Object.entries(others)) {
          if (owner === orgId) continue;
          for (const marker of markers) expect(text, `${reader} → ${orgId}`).not.toMatch(new RegExp(`\\b${marker}\\b`));
        }
      }
    },
  );

  it("says whose report it is and what it leaves out, in German and English", () => {
    expect(reportText(DORIS, ORG_B, "de")).toContain("# Bericht für Firma B: S&OP Runde");
    expect(reportText(DORIS, ORG_B, "de")).toContain("## Vereinbarungen, die Firma B betreffen");
    expect(reportText(DORIS, ORG_B, "en")).toContain("# Report for Firma B: S&OP Runde");
    expect(reportText(DORIS, ORG_B, "en")).toContain("## Shared results");
    expect(reportText(EMIL, ORG_C, "de")).toContain("## Beobachtungen an den Stationen von Firma C");
    expect(reportText(BERND, ORG_A, "de")).toContain("- MitnehmenAIntern (Intern)");
  });

  it.each<[string, string, string, boolean]>([
    ["a peer visit", VISIT, ORG_A, true],
    ["a workshop", WORKSHOP, ORG_B, true],
    ["an internal review has none", INTERNAL_SESSION, ORG_A, false],
    ["an unknown organisation has none", VISIT, "org-unknown", false],
    ["an unknown session has none", "session-unknown", ORG_A, false],
  ])("%s", (_name, sessionId, orgId, exists) => {
    expect(orgReport(reportState(state, orgId), sessionId, orgId) !== null).toBe(exists);
  });

  it("a workshop without items of its own lists the five phases as its agenda, and no take-home part", () => {
    const report = orgReport(reportState(seenBy(DORIS), ORG_B), WORKSHOP, ORG_B);
    expect(report?.agenda.map((step) => (step.kind === "phase" ? step.phase : step.title))).toEqual([
      "check_in",
      "review",
      "cases",
      "agreements",
      "close",
    ]);
    expect(report && orgReportMarkdown(report, "de")).not.toContain("Mitnehmen");
  });

  it("a facilitator's download names every organisation, by name", () => {
    expect(reportOrgs(state).map((org) => org.name)).toEqual(["Firma A", "Firma B", "Firma C"]);
  });
});
