import { forgetItem, mapRecord, put, without, withEdits, withoutEditsOf, type Context } from "../reduce/helpers.js";
import { EntityKind, type Agreement, type SeriesState } from "../types.js";
import { AgreementStatus, ItemKind, Level } from "../vocabulary.js";

/** A new agreement from its values; a successor names the agreement it revises. */
export function newAgreement(
  id: string,
  values: Partial<Agreement> & { text: string },
  predecessorId: string | null,
  ctx: Context,
): Agreement {
  return {
    level: Level.operational,
    ownerIds: [],
    due: "",
    goalIds: [],
    caseId: null,
    collisionId: null,
    outcome: "",
    sessionId: null,
    internalTo: null,
    ...values,
    id,
    status: AgreementStatus.open,
    updates: [],
    predecessorId,
    createdBy: ctx.actorId,
    createdSeq: ctx.seq,
  };
}

/** The state with the agreement put in. */
export function withAgreement(state: SeriesState, agreement: Agreement): SeriesState {
  return { ...state, agreements: put(state.agreements, agreement.id, agreement) };
}

/** The state with an agreement changed and the actor recorded as last writer of `fields`. */
export function updateAgreement(
  state: SeriesState,
  id: string,
  change: (a: Agreement) => Agreement,
  fields: readonly string[],
  ctx: Context,
): SeriesState {
  const current = state.agreements[id];
  if (!current) return state;
  return withEdits(withAgreement(state, change(current)), EntityKind.agreement, id, fields, ctx);
}

/** The state without the agreement: its reviews go, its successor, predecessor and executive children let go of it. */
export function removeAgreement(state: SeriesState, id: string): SeriesState {
  const reviews = Object.fromEntries(
    Object.entries(state.reviews)
      .filter(([, r]) => r.agreementId !== id)
      .map(([key, r]) => [key, r.successorId === id ? { ...r, successorId: null } : r]),
  );
  const agreements = mapRecord(without(state.agreements, id), (a) => {
    const revised = a.predecessorId === id ? { ...a, predecessorId: null } : a;
    return revised.parentId === id ? { ...revised, parentId: null } : revised;
  });
  return withoutEditsOf(
    forgetItem({ ...state, agreements, reviews }, ItemKind.agreement, id),
    EntityKind.agreement,
    id,
  );
}
