import { describe, expect, it } from "vitest";
import type { EventCommand } from "@common/domain/commands.js";
import { evidenceOwner, NumberNeed } from "@common/domain/rules/evidence.js";
import { BERND, join, makeRoom, ORG_A, ORG_B, SHARED_CASE, type Step } from "./fixtures.js";

const KPI_GOAL = "goal-kpi";
const ELLA = "person-ella"; // Sales Ops, Firma A
const FRANZ = "person-franz"; // Sales Ops, Firma A, sorts after Ella
const GRETA = "person-greta"; // Sales Ops, Firma B

const SALES_OPS: Step[] = [
  join(FRANZ, "Franz", "participant", ORG_A, "sales_operations"),
  join(ELLA, "Ella", "participant", ORG_A, "sales_operations"),
  join(GRETA, "Greta", "participant", ORG_B, "sales_operations"),
  { type: "goal.add", goalId: KPI_GOAL, values: { title: "Liefertreue", kpiName: "OTIF", kpiUnit: "%" } },
];

type Values = Extract<EventCommand, { type: "agreement.add" }>["values"];

const MEASURABLE = "Liefertreue von 88 % auf 95 % steigern";

describe("who brings the number an agreement needs", () => {
  it.each<[string, Partial<Values>, Step[], string | null, NumberNeed | null]>([
    [
      "linked to a goal with a KPI: Sales Ops of its organisation",
      { goalIds: [KPI_GOAL], outcome: MEASURABLE },
      SALES_OPS,
      "Ella",
      "goal_kpi",
    ],
    ["an outcome without a figure", { outcome: "Bessere Abstimmung" }, SALES_OPS, "Ella", "outcome_not_measurable"],
    [
      "an outcome that counts activities",
      { outcome: "20 Kundenbesuche mehr" },
      SALES_OPS,
      "Ella",
      "outcome_not_measurable",
    ],
    ["a measurable outcome and no KPI goal: no number needed", { outcome: MEASURABLE }, SALES_OPS, null, null],
    ["no outcome and no KPI goal: nothing to bring yet", {}, SALES_OPS, null, null],
    [
      "an owner in Sales Ops comes first",
      { goalIds: [KPI_GOAL], ownerIds: [BERND, FRANZ] },
      SALES_OPS,
      "Franz",
      "goal_kpi",
    ],
    [
      "the other organisation's Sales Ops is not asked",
      { caseId: SHARED_CASE, outcome: "Bessere Abstimmung" },
      SALES_OPS.slice(2),
      null,
      null,
    ],
    ["nobody in Sales Ops", { goalIds: [KPI_GOAL] }, SALES_OPS.slice(3), null, null],
    [
      "an agreement internal to Firma B asks Firma B",
      { internalTo: ORG_B, outcome: "Bessere Abstimmung" },
      SALES_OPS,
      "Greta",
      "outcome_not_measurable",
    ],
  ])("%s", (_name, values, people, name, need) => {
    const state = makeRoom([
      ...people,
      // Made by Anna (Firma A) unless it says otherwise.
      { type: "agreement.add", agreementId: "a", values: { text: "Vereinbarung", ...values } },
    ]);
    const agreement = state.agreements.a;
    if (!agreement) throw new Error("the agreement was not made");
    const owner = evidenceOwner(state, agreement);
    expect(owner && { name: owner.name, need: owner.need }).toEqual(name === null ? null : { name, need });
  });
});
