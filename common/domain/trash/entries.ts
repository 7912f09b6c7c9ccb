import type { FieldEdit, SeriesState, TrashEntry } from "../types.js";
import type { TrashKind } from "../vocabulary.js";
import type { Context } from "../reduce/helpers.js";

/** How long a removed item waits in the trash before it is let go. */
export const TRASH_KEEP_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The key of a removed item in the trash: kinds have their own ids, so the kind is part of it. */
export function trashKey(kind: TrashKind, id: string): string {
  return `${kind}:${id}`;
}

/** The trash of a series (empty for older states that never had one). */
export function trashOf(state: SeriesState): Record<string, TrashEntry> {
  return state.trash ?? {};
}

/** A trash entry of one kind. */
export type TrashEntryOf<K extends TrashKind> = Extract<TrashEntry, { kind: K }>;

function isOfKind<K extends TrashKind>(entry: TrashEntry, kind: K): entry is TrashEntryOf<K> {
  return entry.kind === kind;
}

/** The entry of one removed item, if it is in the trash. */
export function trashEntry<K extends TrashKind>(state: SeriesState, kind: K, id: string): TrashEntryOf<K> | undefined {
  const trash = trashOf(state);
  const key = trashKey(kind, id);
  const entry = Object.hasOwn(trash, key) ? trash[key] : undefined;
  return entry && isOfKind(entry, kind) ? entry : undefined;
}

/** Who removes now, as the trash keeps it. */
export function removalOf(ctx: Context): TrashEntry["removed"] {
  return { by: ctx.actorId, seq: ctx.seq, at: ctx.at };
}

/**
 * The trash with one more entry, and without entries removed longer than
 * `TRASH_KEEP_DAYS` before now (the event's time, never a clock): each entry
 * is judged by its own age, so every viewer lets go of the same ones.
 */
export function withTrashed(
  trash: Record<string, TrashEntry>,
  entry: TrashEntry,
  at: string,
): Record<string, TrashEntry> {
  const cutoff = Date.parse(at) - TRASH_KEEP_DAYS * DAY_MS;
  const kept = Object.entries(trash).filter(([, e]) => !(Date.parse(e.removed.at) < cutoff));
  return { ...Object.fromEntries(kept), [trashKey(entry.kind, entry.item.id)]: entry };
}

/** The last writers of one entity's fields, kept with it in the trash. */
export function editsOf(state: SeriesState, prefix: string): Record<string, FieldEdit> {
  return Object.fromEntries(Object.entries(state.edits).filter(([key]) => key.startsWith(prefix)));
}

/** The entries of the trash, newest removal first. */
export function trashNewestFirst(state: SeriesState): TrashEntry[] {
  return Object.values(trashOf(state)).sort((a, b) => b.removed.seq - a.removed.seq);
}

/**
 * The organisation a removed item is internal to: a note's or mirror
 * statement's is its case's (live or in the trash). Undefined when its case
 * is gone for good: then nobody sees it.
 */
export function trashInternalTo(state: SeriesState, entry: TrashEntry): string | null | undefined {
  if (entry.kind === "case" || entry.kind === "agreement") return entry.item.internalTo;
  const live = Object.hasOwn(state.cases, entry.caseId) ? state.cases[entry.caseId] : undefined;
  if (live) return live.internalTo;
  return trashEntry(state, "case", entry.caseId)?.item.internalTo;
}
