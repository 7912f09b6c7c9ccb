import type { Agreement, Review, SeriesState } from "../domain/types.js";
import type { Level } from "../domain/vocabulary.js";

/** What the results page shows: every level, or one of them. */
export type LevelFilter = Level | "all";

/**
 * The series as the results see it at one level: only that level's
 * agreements and their reviews, with links to agreements left out let go
 * (a revision, a parent, a review's successor). Cases and goals have no
 * level and stay. "all" is the series as it is.
 */
export function atLevel(state: SeriesState, filter: LevelFilter): SeriesState {
  if (filter === "all") return state;
  const kept = Object.values(state.agreements).filter((a) => a.level === filter);
  if (kept.length === Object.keys(state.agreements).length) return state;
  const ids = new Set(kept.map((a) => a.id));
  const keep = (id: string | null | undefined): string | null => (id && ids.has(id) ? id : null);
  const agreements = Object.fromEntries(
    kept.map((a): [string, Agreement] => [
      a.id,
      { ...a, predecessorId: keep(a.predecessorId), ...(a.parentId ? { parentId: keep(a.parentId) } : {}) },
    ]),
  );
  const reviews = Object.fromEntries(
    Object.entries(state.reviews)
      .filter(([, r]) => ids.has(r.agreementId))
      .map(([key, r]): [string, Review] => [key, { ...r, successorId: keep(r.successorId) }]),
  );
  return { ...state, agreements, reviews };
}
