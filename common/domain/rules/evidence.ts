import type { Agreement, Person, SeriesState } from "../types.js";
import { ItemKind, PersonFunction } from "../vocabulary.js";
import { itemOrg } from "../visibility/itemOrg.js";
import { outcomeVerdict, OutcomeVerdict } from "./outcome.js";

/** Why an agreement needs someone to bring a number to its review. */
export const NumberNeed = {
  /** Its intended outcome has no figure or direction, or counts activities. */
  outcomeNotMeasurable: "outcome_not_measurable",
  /** It is linked to a goal whose KPI the review measures. */
  goalKpi: "goal_kpi",
} as const;
export type NumberNeed = (typeof NumberNeed)[keyof typeof NumberNeed];

/** The suggested evidence owner: a Sales Ops person of the agreement's organisation who brings the number. */
export interface EvidenceOwner {
  personId: string;
  name: string;
  need: NumberNeed;
}

/** Why the agreement needs a number, null when it does not: a goal's KPI first, then an outcome without one. */
export function numberNeed(state: SeriesState, agreement: Agreement): NumberNeed | null {
  const kpiNames = agreement.goalIds.flatMap((id) => state.goals[id]?.kpiName.trim() || []);
  if (kpiNames.length > 0) return NumberNeed.goalKpi;
  if (agreement.outcome.trim() === "") return null;
  const verdict = outcomeVerdict(agreement.outcome, kpiNames);
  return verdict === OutcomeVerdict.measurable ? null : NumberNeed.outcomeNotMeasurable;
}

/** The organisation that owns the agreement: the one it is internal to, its case's, its maker's, else its owners' only one. */
function owningOrg(state: SeriesState, agreement: Agreement): string | null {
  const org = agreement.internalTo ?? itemOrg(state, ItemKind.agreement, agreement.id);
  if (org !== null) return org;
  const ownerOrgs = new Set(agreement.ownerIds.flatMap((id) => state.people[id]?.orgId ?? []));
  return ownerOrgs.size === 1 ? ([...ownerOrgs][0] ?? null) : null;
}

/**
 * Who should bring the number an agreement's review needs (the evidence
 * owner): a Sales Ops person (function salesOperations) of the organisation
 * owning the agreement, one of its owners if there is one, else the first by
 * name. Null when the agreement needs no number or its organisation has
 * nobody in Sales Ops.
 */
export function evidenceOwner(state: SeriesState, agreement: Agreement): EvidenceOwner | null {
  const need = numberNeed(state, agreement);
  const org = owningOrg(state, agreement);
  if (need === null || org === null) return null;
  const candidates = Object.values(state.people)
    .filter((person) => person.orgId === org && person.function === PersonFunction.salesOperations)
    .sort((a, b) => ownerFirst(agreement, a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const chosen = candidates[0];
  return chosen ? { personId: chosen.id, name: chosen.name, need } : null;
}

function ownerFirst(agreement: Agreement, a: Person, b: Person): number {
  return Number(agreement.ownerIds.includes(b.id)) - Number(agreement.ownerIds.includes(a.id));
}
