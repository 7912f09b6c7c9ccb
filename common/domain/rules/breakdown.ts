import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { mapRecord, put } from "../reduce/helpers.js";
import type { Agreement, SeriesState } from "../types.js";
import { Level, type Kept, type OutcomeReached } from "../vocabulary.js";
import { agreementReviews } from "./review.js";

/** The strategic agreement an agreement breaks down, or null (older states have no field). */
export function parentOf(agreement: Agreement): string | null {
  return agreement.parentId ?? null;
}

/** The executive agreements that break a strategic one down, oldest first: derived from their `parentId`, never stored twice. */
export function childrenOf(state: SeriesState, parentId: string): Agreement[] {
  return Object.values(state.agreements)
    .filter((a) => parentOf(a) === parentId)
    .sort((a, b) => a.createdSeq - b.createdSeq);
}

/**
 * The level a new agreement gets when it names none: executive when it
 * breaks a strategic one down, else its session's level, else executive.
 */
export function levelOfNew(
  state: SeriesState,
  values: { level?: Level; parentId?: string | null; sessionId?: string | null },
): Level {
  if (values.level) return values.level;
  if (values.parentId) return Level.operational;
  const session =
    values.sessionId && Object.hasOwn(state.sessions, values.sessionId) ? state.sessions[values.sessionId] : undefined;
  return session?.level ?? Level.operational;
}

/**
 * Refuses a break-down that does not hold: the parent must be a live
 * strategic agreement (not in the trash, not the agreement itself), the child
 * executive. Only the agreement and the parent the command names are read:
 * both are touched by it, so the sender sees them, and no refusal tells of
 * another organisation's internal agreements. The links the sender may not
 * see are kept whole by `keepBreakdown` instead of by a refusal. A strategic
 * agreement names no parent, so no circle can form either.
 */
export function breakdownProblem(
  state: SeriesState,
  agreementId: string,
  level: Level,
  parentId: string | null,
): Rejection | null {
  if (parentId === null) return null;
  if (parentId === agreementId) return reject(ErrorCode.conflict, "an agreement cannot break itself down");
  const parent = Object.hasOwn(state.agreements, parentId) ? state.agreements[parentId] : undefined;
  if (!parent) {
    const trashed = state.trash !== undefined && Object.hasOwn(state.trash, `agreement:${parentId}`);
    return reject(
      ErrorCode.notFound,
      trashed ? "the strategic agreement is in the trash" : "parent agreement not found",
    );
  }
  if (parent.level !== Level.strategic)
    return reject(ErrorCode.conflict, "only a strategic agreement can be broken down");
  if (level !== Level.operational)
    return reject(ErrorCode.conflict, "only an executive agreement breaks a strategic one down");
  return null;
}

/**
 * The state with the break-down still whole after an agreement's level
 * changed, as with the trash: an agreement made executive lets its executive
 * agreements go (those the sender may not see too), one made strategic lets go
 * of its parent (which the sender may not see).
 */
export function keepBreakdown(state: SeriesState, agreementId: string): SeriesState {
  const agreement = Object.hasOwn(state.agreements, agreementId) ? state.agreements[agreementId] : undefined;
  if (!agreement) return state;
  if (agreement.level === Level.strategic) {
    if (parentOf(agreement) === null) return state;
    return { ...state, agreements: put(state.agreements, agreementId, { ...agreement, parentId: null }) };
  }
  if (childrenOf(state, agreementId).length === 0) return state;
  const agreements = mapRecord(state.agreements, (a) => (parentOf(a) === agreementId ? { ...a, parentId: null } : a));
  return { ...state, agreements };
}

/** The chain of parents above an agreement, nearest first; stops at a circle. */
export function ancestorsOf(state: SeriesState, agreementId: string): string[] {
  const seen: string[] = [];
  let id = Object.hasOwn(state.agreements, agreementId) ? parentOfId(state, agreementId) : null;
  while (id !== null && !seen.includes(id)) {
    seen.push(id);
    id = parentOfId(state, id);
  }
  return seen;
}

function parentOfId(state: SeriesState, id: string): string | null {
  const agreement = Object.hasOwn(state.agreements, id) ? state.agreements[id] : undefined;
  return agreement ? parentOf(agreement) : null;
}

/** How one executive agreement under a strategic one did: its status and its latest review's verdicts. */
export interface ChildProgress {
  agreement: Agreement;
  /** The latest review that said anything, or null when it was never reviewed. */
  latest: { sessionId: string; kept: Kept | null; outcome: OutcomeReached | null } | null;
}

/** How the executive agreements that break a strategic one down did, oldest first: what its review shows. */
export function childrenProgress(state: SeriesState, parentId: string): ChildProgress[] {
  return childrenOf(state, parentId).map((agreement) => {
    const said = agreementReviews(state, agreement.id).filter(
      ({ review }) => review.kept !== null || review.outcome !== null,
    );
    const last = said[said.length - 1];
    return {
      agreement,
      latest: last ? { sessionId: last.session.id, kept: last.review.kept, outcome: last.review.outcome } : null,
    };
  });
}
