import { describe, expect, it } from "vitest";
import { apply, checkCommand } from "@common/domain/apply.js";
import type { EventCommand } from "@common/domain/commands.js";
import { emptySeries, fieldKey } from "@common/domain/types.js";
import { ANNA, BERND, makeEvents, makeSeries } from "../support/factories.js";

const CASE = "case-0001";
const AGREEMENT = "agr-00001";
const withCase = (): EventCommand => ({
  type: "case.add",
  caseId: CASE,
  values: { title: "Eilauftrag", description: "zu spät" },
});

describe("checkCommand", () => {
  const base = makeSeries([withCase()]);
  it.each<[string, EventCommand, string, string | null]>([
    ["a second series.create", { type: "series.create", name: "x", creatorName: "y" }, ANNA, "conflict"],
    [
      "an edit by someone who has not joined (authorization's question)",
      { type: "case.update", caseId: CASE, changes: { title: "x" } },
      "stranger",
      null,
    ],
    [
      "a join by a newcomer",
      { type: "person.join", name: "Clara", orgId: null, function: null, role: "participant", confirmed: true },
      "stranger",
      null,
    ],
    [
      "a join to a missing organisation",
      { type: "person.join", name: "Clara", orgId: "org-nope1", function: null, role: "participant", confirmed: true },
      "stranger",
      "not_found",
    ],
    [
      "a join bringing its new organisation",
      {
        type: "person.join",
        confirmed: true,
        name: "Clara",
        orgId: "org-new01",
        function: null,
        role: "participant",
        newOrg: { orgId: "org-new01", name: "Firma C" },
      },
      "stranger",
      null,
    ],
    [
      "a join with a new organisation it does not belong to",
      {
        type: "person.join",
        confirmed: true,
        name: "Clara",
        orgId: null,
        function: null,
        role: "participant",
        newOrg: { orgId: "org-new01", name: "Firma C" },
      },
      "stranger",
      "conflict",
    ],
    [
      "the last facilitator joining again as participant",
      { type: "person.join", name: "Anna", orgId: null, function: null, role: "participant", confirmed: true },
      ANNA,
      "conflict",
    ],
    ["a duplicate case id", withCase(), ANNA, "duplicate_id"],
    [
      "an update of a missing case",
      { type: "case.update", caseId: "nope-0001", changes: { title: "x" } },
      ANNA,
      "not_found",
    ],
    [
      "an agreement on a missing case",
      { type: "agreement.add", agreementId: AGREEMENT, values: { text: "x", caseId: "nope-0001" } },
      BERND,
      "not_found",
    ],
    [
      "an agreement on a case",
      { type: "agreement.add", agreementId: AGREEMENT, values: { text: "x", caseId: CASE } },
      BERND,
      null,
    ],
    ["removing a missing agreement", { type: "agreement.remove", agreementId: AGREEMENT }, ANNA, "not_found"],
    ["a title edit by Bernd", { type: "case.update", caseId: CASE, changes: { title: "Neu" } }, BERND, null],
  ])("%s", (_label, command, actor, code) => {
    expect(checkCommand(base, command, actor)?.code ?? null).toBe(code);
  });

  it("refuses everything but creation on a series that does not exist", () => {
    const rename: EventCommand = { type: "series.rename", name: "A" };
    expect(checkCommand(emptySeries("s"), rename, ANNA)?.code).toBe("unknown_series");
  });
});

describe("apply", () => {
  it("creates the series with its creator as the first person and its facilitator", () => {
    const state = makeSeries();
    expect(state.name).toBe("S&OP Runde");
    expect(Object.values(state.people).map((p) => [p.name, p.role])).toEqual([
      ["Anna", "facilitator"],
      ["Bernd", "participant"],
    ]);
    expect(state.seq).toBe(2);
  });

  it("adds a joining person's new organisation in the same event", () => {
    const state = makeSeries([
      {
        by: "person-clara",
        command: {
          type: "person.join",
          confirmed: false,
          name: "Clara",
          orgId: "org-new01",
          function: "operations",
          role: "observer",
          newOrg: { orgId: "org-new01", name: "Firma C" },
        },
      },
    ]);
    expect(state.orgs["org-new01"]?.name).toBe("Firma C");
    expect(state.people["person-clara"]).toMatchObject({ orgId: "org-new01", role: "observer", joinedSeq: 3 });
  });

  it("passes a hidden event by, advancing only seq", () => {
    const before = makeSeries();
    const [event] = makeEvents([{ type: "hidden" }], 3);
    const after = apply(before, event ?? fail());
    expect(after).toEqual({ ...before, seq: 3 });
  });

  it("records the last writer of a field (last writer wins, in server order)", () => {
    const state = makeSeries([
      withCase(),
      { by: ANNA, command: { type: "case.update", caseId: CASE, changes: { title: "Annas Titel" } } },
      { by: BERND, command: { type: "case.update", caseId: CASE, changes: { title: "Bernds Titel" } } },
    ]);
    expect(state.cases[CASE]?.title).toBe("Bernds Titel");
    expect(state.edits[fieldKey("case", CASE, "title")]).toEqual({ by: BERND, seq: 5 });
  });

  it("detaches agreements from a removed case and forgets its edits", () => {
    const state = makeSeries([
      withCase(),
      { type: "case.update", caseId: CASE, changes: { title: "x" } },
      { type: "agreement.add", agreementId: AGREEMENT, values: { text: "Rüstzeit < 30 min", caseId: CASE } },
      { type: "case.remove", caseId: CASE },
    ]);
    expect(state.cases[CASE]).toBeUndefined();
    expect(state.agreements[AGREEMENT]?.caseId).toBeNull();
    expect(Object.keys(state.edits)).toEqual([]);
  });

  it("leaves the previous state untouched", () => {
    const before = makeSeries();
    const frozen = JSON.stringify(before);
    apply(before, makeEvents([withCase()], 3)[0] ?? fail());
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it("skips an event whose target is gone but still advances seq", () => {
    const before = makeSeries();
    const [event] = makeEvents([{ type: "case.update", caseId: CASE, changes: { title: "x" } }], 3);
    const after = apply(before, event ?? fail());
    expect(after.cases).toEqual({});
    expect(after.seq).toBe(3);
  });
});

function fail(): never {
  throw new Error("missing fixture");
}
