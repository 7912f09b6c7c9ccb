import type { SeriesState } from "../types.js";
import { ItemKind } from "../vocabulary.js";

/**
 * The organisation an item belongs to, the only one it can be made internal
 * to: a case's or goal's organisation; for an agreement, its case's, or else
 * the organisation of whoever made it. Null when it belongs to none.
 */
export function itemOrg(state: SeriesState, kind: ItemKind, id: string): string | null {
  switch (kind) {
    case ItemKind.case:
      return Object.hasOwn(state.cases, id) ? (state.cases[id]?.orgId ?? null) : null;
    case ItemKind.goal:
      return Object.hasOwn(state.goals, id) ? (state.goals[id]?.orgId ?? null) : null;
    case ItemKind.agreement: {
      const agreement = Object.hasOwn(state.agreements, id) ? state.agreements[id] : undefined;
      if (!agreement) return null;
      if (agreement.caseId !== null) return itemOrg(state, ItemKind.case, agreement.caseId);
      return Object.hasOwn(state.people, agreement.createdBy)
        ? (state.people[agreement.createdBy]?.orgId ?? null)
        : null;
    }
    default:
      return null;
  }
}
