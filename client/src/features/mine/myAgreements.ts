import { isOverdue } from "@common/domain/rules/agreements.js";
import { agreementsDueForReview, isSettled } from "@common/domain/rules/review.js";
import { sessionsInOrder } from "@common/domain/rules/sessions.js";
import type { Agreement, SeriesState, Session } from "@common/domain/types.js";
import { AgreementStatus } from "@common/domain/vocabulary.js";

/** The groups of "Meine Vereinbarungen", in the order they are shown. */
export const MineGroup = {
  overdue: "overdue",
  review: "review",
  open: "open",
  done: "done",
} as const;
export type MineGroup = (typeof MineGroup)[keyof typeof MineGroup];
export const MINE_GROUPS: readonly MineGroup[] = Object.values(MineGroup);

/** A person's agreements, grouped, and the session that checks the `review` group next. */
export interface MyAgreements {
  groups: Record<MineGroup, Agreement[]>;
  nextSession: Session | null;
}

/** The next session that will check agreements: the earliest one not closed yet (it may be running now). */
export function nextSession(state: SeriesState): Session | null {
  return sessionsInOrder(state).find((s) => s.closedSeq === null) ?? null;
}

/** Agreements the person owns. */
export function ownedBy(state: SeriesState, personId: string): Agreement[] {
  return Object.values(state.agreements).filter((a) => a.ownerIds.includes(personId));
}

/** Due dates first, earliest first; then in the order they were made. */
function byDue(a: Agreement, b: Agreement): number {
  if (a.due !== b.due) {
    if (a.due === "") return 1;
    if (b.due === "") return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.createdSeq - b.createdSeq;
}

/**
 * The person's agreements in four groups, each agreement in exactly one, by
 * the first that fits: settled by a review → done; past due and unfinished →
 * overdue; checked at the next session → review (whatever its status); not
 * reported done → open; else done. `today` is YYYY-MM-DD.
 */
export function myAgreements(state: SeriesState, personId: string, today: string): MyAgreements {
  const next = nextSession(state);
  const due = new Set(next ? agreementsDueForReview(state, next.id).map((a) => a.id) : []);
  const groups: Record<MineGroup, Agreement[]> = { overdue: [], review: [], open: [], done: [] };
  for (const agreement of ownedBy(state, personId)) groups[groupOf(state, agreement, due, today)].push(agreement);
  groups.overdue.sort(byDue);
  groups.review.sort(byDue);
  groups.open.sort(byDue);
  groups.done.sort((a, b) => b.createdSeq - a.createdSeq);
  return { groups, nextSession: next };
}

function groupOf(state: SeriesState, agreement: Agreement, dueNext: ReadonlySet<string>, today: string): MineGroup {
  if (isSettled(state, agreement.id)) return MineGroup.done;
  if (isOverdue(state, agreement, today)) return MineGroup.overdue;
  if (dueNext.has(agreement.id)) return MineGroup.review;
  return agreement.status === AgreementStatus.done ? MineGroup.done : MineGroup.open;
}

/** How many of the person's agreements still need work (not done, not settled), and how many of them are overdue. */
export function unfinishedCount(
  state: SeriesState,
  personId: string,
  today: string,
): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const agreement of ownedBy(state, personId)) {
    if (agreement.status === AgreementStatus.done || isSettled(state, agreement.id)) continue;
    open += 1;
    if (isOverdue(state, agreement, today)) overdue += 1;
  }
  return { open, overdue };
}
