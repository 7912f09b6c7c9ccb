import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import { collisionMap, type CollisionCell, type CollisionMap } from "@common/results/index.js";
import { demoState } from "./demo.js";
import {
  agreement,
  caseAt,
  collision,
  decide,
  interest,
  resultsSeries,
  review,
  revise,
  session,
  tag,
} from "./steps.js";

const S1 = "session-01";
const S2 = "session-02";
const S3 = "session-03";

/** Two interests per side and two shared ones; ids name the side, labels decide the axis order. */
const PROMISES = "int-sales-promises"; // "Zusagen"
const VARIANTS = "int-sales-variants"; // "Varianten"
const PLAN = "int-oper-plan"; // "Plan"
const BATCHES = "int-oper-batches"; // "Lose"
const QUALITY = "int-shared-quality"; // "Qualität"
const MARGIN = "int-shared-margin"; // "Marge"

const INTERESTS: EventCommand[] = [
  interest(VARIANTS, "sales", "Varianten"),
  interest(PROMISES, "sales", "Zusagen"),
  interest(PLAN, "operations", "Plan"),
  interest(BATCHES, "operations", "Lose"),
  interest(QUALITY, "shared", "Qualität"),
  interest(MARGIN, "shared", "Marge"),
];

/** The map's cells by their interests' labels, "sales × operations". */
function cellNames(map: CollisionMap): string[] {
  const label = (id: string): string => [...map.sales, ...map.operations].find((i) => i.id === id)?.label ?? id;
  return map.cells.map((c) => `${label(c.salesInterestId)} × ${label(c.operationsInterestId)}`);
}

/** How a cell's answering agreements worked: yes, partly, no, unreviewed. */
function outcomes(cell: CollisionCell | undefined): number[] {
  return cell ? [cell.outcomes.yes, cell.outcomes.partly, cell.outcomes.no, cell.outcomes.unreviewed] : [];
}

describe("collision map", () => {
  it("is empty for an empty series", () => {
    expect(collisionMap(resultsSeries())).toEqual({ sales: [], operations: [], cells: [], offGrid: [] });
  });

  it("gives both axes in label order, shared interests on both, so a grid with empty cells can be drawn", () => {
    const map = collisionMap(resultsSeries(INTERESTS));
    expect(map.sales.map((i) => i.label)).toEqual(["Marge", "Qualität", "Varianten", "Zusagen"]);
    expect(map.operations.map((i) => i.label)).toEqual(["Lose", "Marge", "Plan", "Qualität"]);
    expect(map.cells).toEqual([]);
  });

  it("orders labels the German way, and equal labels in the order they were added", () => {
    const map = collisionMap(
      resultsSeries([
        interest("int-oper-zz", "operations", "Zuverlässiger Plan"),
        interest("int-oper-uu", "operations", "Überstunden vermeiden"),
        interest("int-oper-t2", "operations", "Termintreue"),
        interest("int-oper-t1", "operations", "Termintreue"),
      ]),
    );
    expect(map.operations.map((i) => i.id)).toEqual(["int-oper-t2", "int-oper-t1", "int-oper-uu", "int-oper-zz"]);
  });

  it.each<[string, string[], string[]]>([
    ["sales × operations", [PROMISES, PLAN], ["Zusagen × Plan"]],
    ["operations named first", [PLAN, PROMISES], ["Zusagen × Plan"]],
    ["sales × shared: the shared interest's operations column", [PROMISES, QUALITY], ["Zusagen × Qualität"]],
    ["shared × operations: the shared interest's sales row", [QUALITY, BATCHES], ["Qualität × Lose"]],
    ["three: every pair", [PROMISES, PLAN, QUALITY], ["Qualität × Plan", "Zusagen × Plan", "Zusagen × Qualität"]],
    ["two shared: not with each other", [PROMISES, QUALITY, MARGIN], ["Zusagen × Marge", "Zusagen × Qualität"]],
  ])("places a collision: %s", (_, interestIds, expected) => {
    const map = collisionMap(resultsSeries([...INTERESTS, collision("coll-0001", ...interestIds)]));
    expect(cellNames(map)).toEqual(expected);
    expect(map.offGrid).toEqual([]);
  });

  it("keeps a collision off the grid when an interest moved to the other side", () => {
    const map = collisionMap(
      resultsSeries([
        ...INTERESTS,
        collision("coll-0001", PROMISES, PLAN),
        { type: "interest.update", interestId: PLAN, changes: { side: "sales" } },
      ]),
    );
    expect(map.cells).toEqual([]);
    expect(map.offGrid).toEqual(["coll-0001"]);
  });

  it("gathers the collisions of one pair, their cases and the agreements answering them", () => {
    const map = collisionMap(
      resultsSeries([
        ...INTERESTS,
        session(S1, "2026-01-10"),
        session(S2, "2026-02-10"),
        collision("coll-0001", PROMISES, PLAN),
        collision("coll-0002", PLAN, PROMISES, QUALITY),
        collision("coll-0003", VARIANTS, BATCHES),
        caseAt("case-0001", "planning"),
        caseAt("case-0002", "planning"),
        caseAt("case-0003", "planning"),
        tag("case-0001", "coll-0001"),
        tag("case-0001", "coll-0002"),
        tag("case-0002", "coll-0002"),
        agreement("agreement-1", { sessionId: S1, collisionId: "coll-0001" }),
        agreement("agreement-2", { sessionId: S1, collisionId: "coll-0002" }),
        agreement("agreement-3", { sessionId: S1, collisionId: "coll-0002" }),
        agreement("agreement-4", { sessionId: S1 }),
        review(S2, "agreement-1", "kept", "yes"),
        review(S2, "agreement-2", "kept", null),
        review(S2, "agreement-4", "kept", "no"),
      ]),
    );
    expect(cellNames(map)).toEqual(["Qualität × Plan", "Varianten × Lose", "Zusagen × Plan", "Zusagen × Qualität"]);
    const [, quiet, pair, withShared] = map.cells;
    expect(withShared).toMatchObject({
      collisionIds: ["coll-0002"],
      cases: 2,
      agreementIds: ["agreement-2", "agreement-3"],
    });
    // A case tagged with both collisions of the pair counts once; a review without an outcome leaves it unreviewed.
    expect(pair).toMatchObject({ collisionIds: ["coll-0001", "coll-0002"], cases: 2 });
    expect(pair?.agreementIds).toEqual(["agreement-1", "agreement-2", "agreement-3"]);
    expect(outcomes(pair)).toEqual([1, 0, 0, 2]);
    expect(quiet).toMatchObject({ collisionIds: ["coll-0003"], cases: 0, agreementIds: [] });
    expect(outcomes(quiet)).toEqual([0, 0, 0, 0]);
  });

  it("counts each version of a revised agreement by its newest outcome", () => {
    const map = collisionMap(
      resultsSeries([
        ...INTERESTS,
        session(S1, "2026-01-10"),
        session(S2, "2026-02-10"),
        session(S3, "2026-03-10"),
        collision("coll-0001", PROMISES, PLAN),
        agreement("agreement-1", { sessionId: S1, collisionId: "coll-0001" }),
        agreement("agreement-2", { sessionId: S1, collisionId: "coll-0001" }),
        review(S2, "agreement-1", "partly", "partly"),
        decide(S2, "agreement-1", "continue"),
        review(S3, "agreement-1", "not", "no"),
        revise(S3, "agreement-1", "agreement-3"),
        review(S2, "agreement-2", "kept", "partly"),
        decide(S2, "agreement-2", "continue"),
        // A later review without an outcome leaves the earlier outcome standing.
        review(S3, "agreement-2", "kept", null),
      ]),
    );
    expect(map.cells[0]?.agreementIds).toEqual(["agreement-1", "agreement-2", "agreement-3"]);
    expect(outcomes(map.cells[0])).toEqual([0, 1, 1, 1]);
  });

  it("fills the example series' three collisions", () => {
    const { state, idOf } = demoState();
    const map = collisionMap(state);
    expect(map.sales.length).toBeGreaterThanOrEqual(5);
    expect(map.operations.length).toBeGreaterThanOrEqual(5);
    expect(map.offGrid).toEqual([]);
    const figures = (key: string) => {
      const cell = map.cells.find((c) => c.collisionIds.includes(idOf(`collision:${key}`)));
      return cell && [cell.cases, cell.agreementIds.length, outcomes(cell)];
    };
    // Cases tagged, answering agreements (a revised one counts both versions), yes/partly/no/unreviewed.
    expect(map.cells).toHaveLength(3);
    expect(figures("promise")).toEqual([1, 2, [0, 0, 1, 1]]);
    expect(figures("variants")).toEqual([2, 1, [1, 0, 0, 0]]);
    expect(figures("volume")).toEqual([1, 1, [0, 1, 0, 0]]);
  });
});
