import type { EventCommand } from "../commands.js";
import { assertNever } from "../assertNever.js";
import type { SeriesState } from "../types.js";
import { ItemKind, TrashKind, VoteTarget } from "../vocabulary.js";
import { trashEntry } from "../trash/entries.js";

/** A case, agreement or goal a command names. */
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

const caseRef = (id: string): ItemRef => ({ kind: ItemKind.case, id });
const agreementRef = (id: string): ItemRef => ({ kind: ItemKind.agreement, id });
const goalRef = (id: string): ItemRef => ({ kind: ItemKind.goal, id });
const caseIf = (id: string | null | undefined): ItemRef[] => (id ? [caseRef(id)] : []);

/** The kind of a voted item: the vote's target, or (with no vote) whatever the id names. */
function voteItem(state: SeriesState, itemId: string): ItemRef {
  const target = state.room.voting?.target;
  if (target === VoteTarget.agreements) return agreementRef(itemId);
  if (target === VoteTarget.cases) return caseRef(itemId);
  return Object.hasOwn(state.agreements, itemId) ? agreementRef(itemId) : caseRef(itemId);
}

/** What a restore brings back: the case or agreement, or the case a note or statement goes back into. */
function restoredItems(state: SeriesState, kind: TrashKind, id: string): ItemRef[] {
  switch (kind) {
    case TrashKind.case:
      return [caseRef(id)];
    case TrashKind.agreement:
      return [agreementRef(id)];
    case TrashKind.note:
    case TrashKind.mirror:
      // Once restored the entry is gone: the state before names the case.
      return caseIf(trashEntry(state, kind, id)?.caseId);
    default:
      return assertNever(kind);
  }
}

/**
 * Every case, agreement and goal a command names, including ids that do not
 * exist yet (adds): what a viewer must be allowed to see for the command to
 * be theirs to send or to receive.
 */
export function touchedItems(state: SeriesState, command: EventCommand): ItemRef[] {
  const items = namedItems(state, command);
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function namedItems(state: SeriesState, command: EventCommand): ItemRef[] {
  switch (command.type) {
    case "series.create":
    case "person.join":
    case "hidden":
    case "vote.counted":
    case "series.rename":
    case "series.schedule":
    case "person.update":
    case "person.role":
    case "person.confirm":
    case "facilitation.handover":
    case "org.add":
    case "org.update":
    case "org.remove":
    case "interest.add":
    case "interest.update":
    case "interest.remove":
    case "interests.starter":
    case "collision.add":
    case "collision.remove":
    case "session.add":
    case "session.update":
    case "session.phase":
    case "session.reopen":
    case "attendance.set":
    case "checkin.answer":
    case "session.anonymity":
    case "timer.set":
    case "timer.start":
    case "timer.pause":
    case "timer.add":
    case "timer.reset":
    case "timer.clear":
    case "room.lock":
    case "ready.set":
    case "vote.open":
    case "vote.reveal":
    case "vote.close":
    case "breakout.end":
      return [];
    case "goal.add":
    case "goal.update":
    case "goal.remove":
      return [goalRef(command.goalId)];
    case "case.add":
    case "case.update":
    case "case.remove":
    case "case.note.add":
    case "case.note.update":
    case "case.note.remove":
    case "case.mirror.add":
    case "case.mirror.respond":
    case "case.mirror.remove":
      return [caseRef(command.caseId)];
    case "case.link":
      return command.kind === "goal" ? [caseRef(command.caseId), goalRef(command.targetId)] : [caseRef(command.caseId)];
    case "agreement.add":
      return [
        agreementRef(command.agreementId),
        ...caseIf(command.values.caseId),
        ...(command.values.goalIds ?? []).map(goalRef),
      ];
    case "agreement.update":
      return [agreementRef(command.agreementId), ...caseIf(command.changes.caseId)];
    case "agreement.link":
      return command.kind === "goal"
        ? [agreementRef(command.agreementId), goalRef(command.targetId)]
        : [agreementRef(command.agreementId)];
    case "agreement.status":
    case "agreement.remove":
    case "review.set":
      return [agreementRef(command.agreementId)];
    case "review.fit":
      return [agreementRef(command.agreementId), goalRef(command.goalId)];
    case "review.decide":
      return [
        agreementRef(command.agreementId),
        ...(command.successor ? [agreementRef(command.successor.agreementId)] : []),
      ];
    case "item.visibility":
      return [{ kind: command.kind, id: command.itemId }];
    case "item.restore":
      return restoredItems(state, command.kind, command.itemId);
    case "room.spotlight":
      return command.item ? [{ kind: command.item.kind, id: command.item.id }] : [];
    case "vote.cast":
      return [voteItem(state, command.itemId)];
    case "breakout.start":
      return command.groups.flatMap((g) => caseIf(g.caseId));
    case "session.close":
      return Object.keys(command.carry?.cases ?? {}).map(caseRef);
    case "series.restore":
      return [
        ...Object.keys(command.series.cases).map(caseRef),
        ...Object.keys(command.series.agreements).map(agreementRef),
        ...Object.keys(command.series.goals).map(goalRef),
      ];
    default:
      return assertNever(command);
  }
}
