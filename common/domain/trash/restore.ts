import type { CommandOf } from "../commands.js";
import { assertNever } from "../assertNever.js";
import type { Agreement, Case, Review, SeriesState } from "../types.js";
import { mapRecord, put, without } from "../reduce/helpers.js";
import { notesOf, withNotes } from "../reduce/notes.js";
import { trashKey, trashOf, type TrashEntryOf } from "./entries.js";
import { Level } from "../vocabulary.js";

/**
 * Brings a removed item back from the trash, tied back in as far as what it
 * was tied to is still there: links to things removed meanwhile are let go,
 * links others made meanwhile are left as they are.
 */
export function restoreItem(state: SeriesState, command: CommandOf<"item.restore">): SeriesState {
  const key = trashKey(command.kind, command.itemId);
  const trash = trashOf(state);
  const entry = Object.hasOwn(trash, key) ? trash[key] : undefined;
  if (!entry) return state;
  // An emptied trash is no trash at all, as in a series that never had one: every viewer's copy reads the same.
  const left = without(trash, key);
  const { trash: _emptied, ...none } = state;
  const rest: SeriesState = Object.keys(left).length === 0 ? none : { ...state, trash: left };
  switch (entry.kind) {
    case "case":
      return restoreCase(rest, entry);
    case "agreement":
      return restoreAgreement(rest, entry);
    case "note": {
      const theCase = rest.cases[entry.caseId];
      if (!theCase) return state;
      const notes = [...notesOf(theCase, entry.list)];
      notes.splice(Math.min(entry.index, notes.length), 0, entry.item);
      return { ...rest, cases: put(rest.cases, theCase.id, withNotes(theCase, entry.list, notes)) };
    }
    case "mirror": {
      const theCase = rest.cases[entry.caseId];
      if (!theCase) return state;
      const mirrors = [...theCase.mirrors];
      mirrors.splice(Math.min(entry.index, mirrors.length), 0, entry.item);
      return { ...rest, cases: put(rest.cases, theCase.id, { ...theCase, mirrors }) };
    }
    default:
      return assertNever(entry);
  }
}

const present = (record: Record<string, unknown>, id: string | null): string | null =>
  id !== null && Object.hasOwn(record, id) ? id : null;

const allPresent = (record: Record<string, unknown>, ids: readonly string[]): string[] =>
  ids.filter((id) => Object.hasOwn(record, id));

function restoreCase(state: SeriesState, entry: TrashEntryOf<"case">): SeriesState {
  const item = entry.item;
  const theCase: Case = {
    ...item,
    sessionId: present(state.sessions, item.sessionId),
    presenterId: present(state.people, item.presenterId),
    orgId: present(state.orgs, item.orgId),
    goalIds: allPresent(state.goals, item.goalIds),
    collisionIds: allPresent(state.collisions, item.collisionIds),
  };
  const answering = new Set(entry.agreementIds);
  // Agreements someone linked elsewhere meanwhile stay where they are.
  const agreements = mapRecord(state.agreements, (a) =>
    answering.has(a.id) && a.caseId === null ? { ...a, caseId: item.id } : a,
  );
  return {
    ...state,
    cases: put(state.cases, item.id, theCase),
    agreements,
    edits: { ...state.edits, ...entry.edits },
  };
}

/** The parent a restored agreement goes back under: only a live strategic one, and only while it is executive itself. */
function livingParent(state: SeriesState, item: Agreement): string | null {
  const parent = item.parentId ? state.agreements[item.parentId] : undefined;
  return parent && parent.level === Level.strategic && item.level === Level.operational ? parent.id : null;
}

function restoreAgreement(state: SeriesState, entry: TrashEntryOf<"agreement">): SeriesState {
  const item = entry.item;
  const agreement: Agreement = {
    ...item,
    ownerIds: allPresent(state.people, item.ownerIds),
    goalIds: allPresent(state.goals, item.goalIds),
    caseId: present(state.cases, item.caseId),
    collisionId: present(state.collisions, item.collisionId),
    sessionId: present(state.sessions, item.sessionId),
    predecessorId: present(state.agreements, item.predecessorId),
    ...(item.parentId ? { parentId: livingParent(state, item) } : {}),
  };
  const children = entry.parentOf ?? [];
  const agreements = mapRecord(put(state.agreements, item.id, agreement), (a) => {
    const revised =
      entry.predecessorOf.includes(a.id) && a.predecessorId === null ? { ...a, predecessorId: item.id } : a;
    // A child that found another parent or became strategic meanwhile stays as it is.
    const backUnder = children.includes(a.id) && !a.parentId && a.level === Level.operational;
    return backUnder && item.level === Level.strategic ? { ...revised, parentId: item.id } : revised;
  });
  const revised = mapRecord(state.reviews, (r) =>
    entry.successorOf.includes(r.id) && r.successorId === null ? { ...r, successorId: item.id } : r,
  );
  const own = entry.reviews
    .filter((r) => Object.hasOwn(state.sessions, r.sessionId))
    .map((r): Review => ({
      ...r,
      fit: Object.fromEntries(Object.entries(r.fit).filter(([goalId]) => Object.hasOwn(state.goals, goalId))),
      successorId: present(agreements, r.successorId),
    }));
  const reviews = own.reduce((record, r) => put(record, r.id, r), revised);
  return { ...state, agreements, reviews, edits: { ...state.edits, ...entry.edits } };
}
