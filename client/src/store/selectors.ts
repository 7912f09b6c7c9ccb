import { assertNever } from "../../../common/domain/apply.js";
import type { Agreement, Case, SeriesState } from "../../../common/domain/types.js";
import type { PendingCommand } from "../../../common/sync/pending.js";

function byCreation<T extends { createdSeq: number; id: string }>(a: T, b: T): number {
  return a.createdSeq - b.createdSeq || a.id.localeCompare(b.id);
}

/** The cases in the order they were added. */
export function sortedCases(state: SeriesState): Case[] {
  return Object.values(state.cases).sort(byCreation);
}

/** The agreements in the order they were added. */
export function sortedAgreements(state: SeriesState): Agreement[] {
  return Object.values(state.agreements).sort(byCreation);
}

/** The case or agreement a command changes, if any. */
export function itemOf(command: PendingCommand["command"]): string | null {
  switch (command.type) {
    case "case.add":
    case "case.update":
    case "case.remove":
    case "case.note.add":
    case "case.note.update":
    case "case.note.remove":
    case "case.mirror.add":
    case "case.mirror.respond":
    case "case.mirror.remove":
    case "case.link":
      return command.caseId;
    case "agreement.add":
    case "agreement.update":
    case "agreement.remove":
    case "agreement.link":
    case "agreement.status":
    case "review.set":
    case "review.fit":
    case "review.decide":
      return command.agreementId;
    case "item.visibility":
      return command.kind === "goal" ? null : command.itemId;
    case "item.restore":
      return command.kind === "case" || command.kind === "agreement" ? command.itemId : null;
    case "vote.cast":
    case "person.role":
    case "person.confirm":
    case "facilitation.handover":
    case "session.anonymity":
    case "room.spotlight":
    case "room.lock":
    case "timer.set":
    case "timer.start":
    case "timer.pause":
    case "timer.add":
    case "timer.reset":
    case "timer.clear":
    case "ready.set":
    case "vote.open":
    case "vote.reveal":
    case "vote.close":
    case "breakout.start":
    case "breakout.end":
    case "series.rename":
    case "series.schedule":
    case "person.update":
    case "org.add":
    case "org.update":
    case "org.remove":
    case "goal.add":
    case "goal.update":
    case "goal.remove":
    case "interest.add":
    case "interest.update":
    case "interest.remove":
    case "interests.starter":
    case "collision.add":
    case "collision.remove":
    case "session.add":
    case "session.update":
    case "session.phase":
    case "session.close":
    case "session.reopen":
    case "attendance.set":
    case "checkin.answer":
      return null;
    default:
      return assertNever(command);
  }
}

/** What the server has not yet confirmed, per item. */
export interface PendingItems {
  /** Items added here and not yet stored. */
  added: ReadonlySet<string>;
  /** Items with any unconfirmed change, additions included. */
  changed: ReadonlySet<string>;
}

/** Which items have unconfirmed changes. */
export function pendingItems(pending: readonly PendingCommand[]): PendingItems {
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const p of pending) {
    const id = itemOf(p.command);
    if (id === null) continue;
    changed.add(id);
    if (p.command.type === "case.add" || p.command.type === "agreement.add") added.add(id);
  }
  return { added, changed };
}

/** The name of whoever wrote a field last, unless that was `me` or nobody. */
export function otherEditorName(state: SeriesState, key: string, me: string | null): string | null {
  const edit = state.edits[key];
  if (!edit || edit.by === me) return null;
  return state.people[edit.by]?.name ?? null;
}
