import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { fresh, openSession } from "../checkHelpers.js";
import type { CommandOf } from "../commands.js";
import { put, without, withEdits, type Context } from "../reduce/helpers.js";
import { agreementsDueForReview } from "../rules/review.js";
import type { ClientCommandSpec } from "../spec.js";
import { EntityKind, reviewId, type Review, type SeriesState } from "../types.js";
import { Decision } from "../vocabulary.js";
import { agreementRef, goalRef } from "../visibility/itemRefs.js";
import { newAgreement, removeAgreement, withAgreement } from "../agreements/agreementState.js";
import { reviewDecideSchema, reviewFitSchema, reviewSetSchema } from "./schemas.js";

type ReviewCommand = CommandOf<"review.set" | "review.fit" | "review.decide">;

const agreementOf = (command: ReviewCommand): string => command.agreementId;

export const reviewSet: ClientCommandSpec<CommandOf<"review.set">> = {
  schema: reviewSetSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "review", conflict: "reviewNotDue" },
  check: checkReview,
  reduce: (state, command, ctx) =>
    withEdits(
      updateReview(state, command.sessionId, command.agreementId, (r) => ({ ...r, ...command.changes }), ctx),
      EntityKind.review,
      reviewId(command.sessionId, command.agreementId),
      Object.keys(command.changes),
      ctx,
    ),
  touches: (_state, command) => [agreementRef(command.agreementId)],
  edits: (command) => ({
    kind: EntityKind.review,
    entityId: reviewId(command.sessionId, command.agreementId),
    fields: Object.keys(command.changes),
  }),
  pendingItem: agreementOf,
};

export const reviewFit: ClientCommandSpec<CommandOf<"review.fit">> = {
  schema: reviewFitSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "review", conflict: "reviewNotDue" },
  check: checkReview,
  reduce: (state, command, ctx) =>
    updateReview(
      state,
      command.sessionId,
      command.agreementId,
      (r) => ({
        ...r,
        fit: command.fit === null ? without(r.fit, command.goalId) : put(r.fit, command.goalId, command.fit),
      }),
      ctx,
    ),
  touches: (_state, command) => [agreementRef(command.agreementId), goalRef(command.goalId)],
  pendingItem: agreementOf,
};

export const reviewDecide: ClientCommandSpec<CommandOf<"review.decide">> = {
  schema: reviewDecideSchema,
  sender: "participant",
  whileLocked: false,
  notice: { gone: "review", conflict: "reviewNotDue" },
  check: checkReview,
  reduce: decide,
  touches: (_state, command) => [
    agreementRef(command.agreementId),
    ...(command.successor ? [agreementRef(command.successor.agreementId)] : []),
  ],
  pendingItem: agreementOf,
};

function checkReview(state: SeriesState, command: ReviewCommand): Rejection | null {
  const closed = openSession(state, command.sessionId);
  if (closed) return closed;
  if (!agreementsDueForReview(state, command.sessionId).some((a) => a.id === command.agreementId)) {
    return reject(ErrorCode.conflict, "this agreement is not due for review in this session");
  }
  if (command.type === "review.fit") {
    const linked = state.agreements[command.agreementId]?.goalIds.includes(command.goalId) ?? false;
    return linked ? null : reject(ErrorCode.notFound, "the agreement is not linked to this goal");
  }
  if (command.type === "review.decide" && command.decision === Decision.revise && command.successor) {
    return fresh(state.agreements, command.successor.agreementId, "agreement", LIMITS.agreementsPerSeries);
  }
  return null;
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
        changeKind: original.changeKind ?? null,
        // The revision still breaks the same strategic agreement down.
        ...(original.parentId ? { parentId: original.parentId } : {}),
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
