import type { Agreement, Case, Mirror, Note, Review, SeriesState, TrashEntry } from "../types.js";
import { AnonymityMode, NoteList } from "../vocabulary.js";
import { canSee, type Viewer } from "../visibility/viewer.js";
import { trashInternalTo } from "./entries.js";

/** How the live state's projection hides a contribution's author and what it may not see. */
export interface TrashProjection {
  /** Ids of live goals, cases and agreements the viewer may not see. */
  hiddenIds: ReadonlySet<string>;
  anonymized: <T extends Note | Mirror>(item: T) => T;
}

/**
 * The trash as `viewer` may see it: only what they could see before it was
 * removed, told as the live board tells it (anonymous authors and their
 * removers unnamed, no links to what they may not see). A link to something
 * gone for good is kept: the viewer's own copy kept it too, and a restore
 * lets go of it.
 */
export function projectTrash(
  trash: Record<string, TrashEntry>,
  state: SeriesState,
  viewer: Viewer,
  live: TrashProjection,
): Record<string, TrashEntry> {
  const entries = Object.entries(trash);
  const visible = entries.filter(([, e]) => {
    const internalTo = trashInternalTo(state, e);
    return internalTo !== undefined && canSee(viewer, internalTo);
  });
  const hidden = new Set(live.hiddenIds);
  for (const [, e] of entries) {
    if ((e.kind === "case" || e.kind === "agreement") && !canSee(viewer, e.item.internalTo)) hidden.add(e.item.id);
  }
  const shown = (id: string): boolean => !hidden.has(id);
  const projected = visible.map(([key, e]): [string, TrashEntry] => [key, projectEntry(e, viewer, shown, live)]);
  const same = projected.length === entries.length && projected.every(([, e], i) => e === entries[i]?.[1]);
  return same ? trash : Object.fromEntries(projected);
}

function projectEntry(
  entry: TrashEntry,
  viewer: Viewer,
  shown: (id: string) => boolean,
  live: TrashProjection,
): TrashEntry {
  switch (entry.kind) {
    case "case":
      return {
        ...entry,
        item: projectCase(entry.item, shown, live),
        agreementIds: entry.agreementIds.filter(shown),
      };
    case "agreement":
      return {
        ...entry,
        item: projectAgreement(entry.item, shown),
        reviews: entry.reviews.map((r) => projectReview(r, shown)),
        successorOf: entry.successorOf.filter((reviewId) => reviewId.split(":").every(shown)),
        predecessorOf: entry.predecessorOf.filter(shown),
        ...(entry.parentOf ? { parentOf: entry.parentOf.filter(shown) } : {}),
      };
    case "note":
      return entry.list === NoteList.wentWrong ? contribution(entry, viewer, live) : entry;
    case "mirror":
      return contribution(entry, viewer, live);
    default:
      return entry;
  }
}

/** An anonymous contribution and whoever removed it stay unnamed, except to that person themself. */
function contribution<E extends Extract<TrashEntry, { kind: "note" | "mirror" }>>(
  entry: E,
  viewer: Viewer,
  live: TrashProjection,
): E {
  if (entry.item.anonymity === AnonymityMode.named) return entry;
  const removedBy = entry.removed.by === viewer.personId ? entry.removed.by : "";
  return { ...entry, item: live.anonymized(entry.item), removed: { ...entry.removed, by: removedBy } };
}

function projectCase(theCase: Case, shown: (id: string) => boolean, live: TrashProjection): Case {
  return {
    ...theCase,
    goalIds: theCase.goalIds.filter(shown),
    wentWrong: theCase.wentWrong.map(live.anonymized),
    mirrors: theCase.mirrors.map(live.anonymized),
  };
}

function projectAgreement(agreement: Agreement, shown: (id: string) => boolean): Agreement {
  const keep = (id: string | null): string | null => (id !== null && shown(id) ? id : null);
  return {
    ...agreement,
    goalIds: agreement.goalIds.filter(shown),
    caseId: keep(agreement.caseId),
    predecessorId: keep(agreement.predecessorId),
    ...(agreement.parentId ? { parentId: keep(agreement.parentId) } : {}),
  };
}

function projectReview(review: Review, shown: (id: string) => boolean): Review {
  const fit = Object.fromEntries(Object.entries(review.fit).filter(([goalId]) => shown(goalId)));
  const successorId = review.successorId !== null && shown(review.successorId) ? review.successorId : null;
  return { ...review, fit, successorId };
}
