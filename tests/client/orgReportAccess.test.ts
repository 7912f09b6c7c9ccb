import { describe, expect, it } from "vitest";
import { projectState } from "@common/domain/visibility/project.js";
import { viewerOf } from "@common/domain/visibility/viewer.js";
import { readableReportOrgs } from "../../client/src/features/orgReport/reportAccess.js";
import { ANNA, BERND, DORIS, EMIL, makeVisitOfThree, OSKAR } from "../common/exports/orgReportFixture.js";

const state = makeVisitOfThree();

describe("whose report a person may open from the minutes", () => {
  it.each<[string, string, string[]]>([
    ["the facilitator: every organisation's", ANNA, ["Firma A", "Firma B", "Firma C"]],
    ["a participant of A: A's only", BERND, ["Firma A"]],
    ["a participant of B: B's only", DORIS, ["Firma B"]],
    ["the host's participant: C's only", EMIL, ["Firma C"]],
    ["an observer of A: A's only", OSKAR, ["Firma A"]],
    ["someone the series does not know: none", "person-nobody", []],
  ])("%s", (_name, me, expected) => {
    const viewer = viewerOf(state, me);
    const seen = viewer ? projectState(state, viewer) : state;
    expect(readableReportOrgs(seen, me).map((org) => org.name)).toEqual(expected);
  });
});
