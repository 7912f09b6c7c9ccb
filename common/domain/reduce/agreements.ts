import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import { EntityKind, reviewId, type Agreement, type Review, type SeriesState } from "../types.js";
import { AgreementStatus, Decision, ItemKind, Level } from "../vocabulary.js";
import { trashAgreement } from "../trash/remove.js";
import { forgetItem, mapRecord, put, toggled, without, withEdits, withoutEditsOf, type Context } from "./helpers.js";

type AgreementCommand = CommandOf<
  | "agreement.add"
  | "agreement.update"
  | "agreement.link"
  | "agreement.status"
  | "agreement.remove"
  | "review.set"
  | "review.fit"
  | "review.decide"
>;

/** Applies an agreement or review command that passed its checks. */
export function reduceAgreement(state: SeriesState, command: AgreementCommand, ctx: Context): SeriesState {
  switch (command.type) {
    case "agreement.add":
      return withAgreement(state, newAgreement(command.agreementId, command.values, null, ctx));
    case "agreement.update":
      return updateAgreement(
        state,
        command.agreementId,
        (a) => ({ ...a, ...command.changes }),
        Object.keys(command.changes),
        ctx,
      );
    case "agreement.link":
      return updateAgreement(
        state,
        command.agreementId,
        (a) =>
          command.kind === "goal"
            ? { ...a, goalIds: toggled(a.goalIds, command.targetId, command.linked) }
            : { ...a, ownerIds: toggled(a.ownerIds, command.targetId, command.linked) },
        [],
        ctx,
      );
    case "agreement.status":
      return updateAgreement(
        state,
        command.agreementId,
        (a) => ({
          ...a,
          status: command.status,
          updates: [
            ...a.updates,
            {
              by: ctx.actorId,
              status: command.status,
              comment: command.comment,
              at: ctx.at,
              seq: ctx.seq,
              ...(typeof command.kpiValue === "number" && { kpiValue: command.kpiValue }),
            },
          ],
        }),
        [],
        ctx,
      );
    // Removing keeps the agreement in the trash, from where it can be restored.
    case "agreement.remove":
      return trashAgreement(state, command.agreementId, ctx, removeAgreement);
    case "review.set":
      return withEdits(
        updateReview(state, command.sessionId, command.agreementId, (r) => ({ ...r, ...command.changes }), ctx),
        EntityKind.review,
        reviewId(command.sessionId, command.agreementId),
        Object.keys(command.changes),
        ctx,
      );
    case "review.fit":
      return updateReview(
        state,
        command.sessionId,
        command.agreementId,
        (r) => ({
          ...r,
          fit: command.fit === null ? without(r.fit, command.goalId) : put(r.fit, command.goalId, command.fit),
        }),
        ctx,
      );
    case "review.decide":
      return decide(state, command, ctx);
    default:
      return assertNever(command);
  }
}

function newAgreement(
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

function withAgreement(state: SeriesState, agreement: Agreement): SeriesState {
  return { ...state, agreements: put(state.agreements, agreement.id, agreement) };
}

function updateAgreement(
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

function removeAgreement(state: SeriesState, id: string): SeriesState {
  const reviews = Object.fromEntries(
    Object.entries(state.reviews)
      .filter(([, r]) => r.agreementId !== id)
      .map(([key, r]) => [key, r.successorId === id ? { ...r, successorId: null } : r]),
  );
  const agreements = mapRecord(without(state.agreements, id), (a) =>
    a.predecessorId === id ? { ...a, predecessorId: null } : a,
  );
  return withoutEditsOf(
    forgetItem({ ...state, agreements, reviews }, ItemKind.agreement, id),
    EntityKind.agreement,
    id,
  );
}

function updateReview(
  state: SeriesState,
  sessionId: string,
  agreementId: string,
  change: (r: Review) => Review,
  ctx: Context,
): SeriesState {
  const id = reviewId(sessionId, agreementId);
  const current = state.reviews[id] ?? {
    id,
    agreementId,
    sessionId,
    kept: null,
    outcome: null,
    kpiValue: null,
    evidence: "",
    fit: {},
    decision: null,
    successorId: null,
    updatedSeq: ctx.seq,
  };
  return { ...state, reviews: put(state.reviews, id, { ...change(current), updatedSeq: ctx.seq }) };
}

function decide(state: SeriesState, command: CommandOf<"review.decide">, ctx: Context): SeriesState {
  const id = reviewId(command.sessionId, command.agreementId);
  const previous = state.reviews[id]?.successorId ?? null;
  // A revision replaced by another decision takes its successor back with it.
  let next = previous !== null && command.decision !== Decision.revise ? removeAgreement(state, previous) : state;
  let successorId: string | null = command.decision === Decision.revise ? previous : null;
  const original = next.agreements[command.agreementId];
  if (command.successor && original && previous === null) {
    const successor = newAgreement(
      command.successor.agreementId,
      {
        text: command.successor.text,
        level: original.level,
        ownerIds: original.ownerIds,
        due: "",
        goalIds: original.goalIds,
        caseId: original.caseId,
        collisionId: original.collisionId,
        outcome: original.outcome,
        sessionId: command.sessionId,
        internalTo: original.internalTo,
        // The revision carries the ledger line forward.
        effect: original.effect ?? null,
      },
      command.agreementId,
      ctx,
    );
    next = withAgreement(next, successor);
    successorId = successor.id;
  }
  return updateReview(
    next,
    command.sessionId,
    command.agreementId,
    (r) => ({ ...r, decision: command.decision, successorId }),
    ctx,
  );
}
