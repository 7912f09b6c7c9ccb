import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mixGroups } from "@common/domain/rules/groups.js";
import { sideOfPerson } from "@common/domain/rules/people.js";
import type { Person } from "@common/domain/types.js";
import type { PersonFunction } from "@common/domain/vocabulary.js";

/** People from a compact spec: "sA" = sales of org A, "oB" = operations of org B, "m-" = management, no org. */
function people(spec: string): Person[] {
  const fn: Record<string, PersonFunction> = { s: "sales", o: "operations", m: "management" };
  return spec.split(" ").map((code, i) => ({
    id: `p${String(i).padStart(2, "0")}-${code}`,
    name: code,
    orgId: code[1] === "-" ? null : `org-${code[1]}`,
    orgConfirmed: true,
    function: fn[code[0] ?? "m"] ?? null,
    role: "participant",
    joinedSeq: i,
  }));
}

function describeGroups(all: Person[], groups: string[][]) {
  const byId = new Map(all.map((p) => [p.id, p]));
  return groups.map((ids) => {
    const members = ids.flatMap((id) => byId.get(id) ?? []);
    return {
      size: members.length,
      sides: new Set(members.map(sideOfPerson).filter((s) => s !== null)).size,
      orgs: new Set(members.map((p) => p.orgId).filter((o) => o !== null)).size,
    };
  });
}

describe("mixGroups", () => {
  // label, people, groups, every group has both sides, every group has at least this many orgs
  it.each<[string, string, number, boolean, number]>([
    ["one org, even sides", "sA sA oA oA", 2, true, 1],
    ["two orgs, crossing sides", "sA sB oA oB", 2, true, 2],
    ["two orgs, one side each", "sA sA oB oB", 2, true, 2],
    ["three groups from twelve", "sA sA sB sB sC sC oA oA oB oB oC oC", 3, true, 2],
    ["uneven sides", "sA sA sA sA sA oB oB oA", 2, true, 2],
    ["more groups than one side has people", "sA oA oA oB oB oB", 3, false, 1],
    ["management without a side", "sA oB m- m- sB oA", 2, true, 2],
    ["more groups than people", "sA oB", 3, false, 0],
    ["one group", "sA sB oA oB m-", 1, true, 2],
  ])("%s", (_label, spec, count, bothSides, minOrgs) => {
    const all = people(spec);
    for (const seed of [1, 2, 3, 42, 2026]) {
      const groups = mixGroups(all, count, seed);
      expect(groups).toHaveLength(count);
      expect(groups.flat().sort()).toEqual(all.map((p) => p.id).sort());
      const shape = describeGroups(all, groups);
      const sizes = shape.map((g) => g.size);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      if (bothSides) expect(shape.every((g) => g.sides === 2)).toBe(true);
      expect(Math.min(...shape.map((g) => g.orgs))).toBeGreaterThanOrEqual(minOrgs);
    }
  });

  it("gives both sides to as many groups as the smaller side allows", () => {
    const all = people("sA oA oA oB oB oB sB");
    const shape = describeGroups(all, mixGroups(all, 3, 7));
    expect(shape.filter((g) => g.sides === 2)).toHaveLength(2);
  });

  it("is deterministic for a seed and varies between seeds", () => {
    const all = people("sA sA sB sB sC sC oA oA oB oB oC oC");
    expect(mixGroups(all, 3, 11)).toEqual(mixGroups(all, 3, 11));
    const seen = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(mixGroups(all, 3, seed))));
    expect(seen.size).toBeGreaterThan(1);
  });

  it("keeps its promises for any cast (property)", () => {
    const code = fc.tuple(fc.constantFrom("s", "o", "m"), fc.constantFrom("A", "B", "C", "-")).map(([f, o]) => f + o);
    fc.assert(
      fc.property(
        fc.array(code, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer(),
        (codes, count, seed) => {
          const all = people(codes.join(" "));
          const groups = mixGroups(all, count, seed);
          expect(groups.flat().sort()).toEqual(all.map((p) => p.id).sort());
          const shape = describeGroups(all, groups);
          const sizes = shape.map((g) => g.size);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          const sales = codes.filter((c) => c.startsWith("s")).length;
          const operations = codes.filter((c) => c.startsWith("o")).length;
          if (sales >= count && operations >= count) expect(shape.every((g) => g.sides === 2)).toBe(true);
        },
      ),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
