import type { SeriesState } from "@common/domain/types.js";
import { ItemKind } from "@common/domain/vocabulary.js";
import { assertNever } from "@common/domain/assertNever.js";

/** The title of the spotlight item, or null without one (or when it is not visible here). */
export function spotlightTitle(state: SeriesState): string | null {
  const spotlight = state.room.spotlight;
  if (!spotlight) return null;
  switch (spotlight.kind) {
    case ItemKind.case:
      return state.cases[spotlight.id]?.title ?? null;
    case ItemKind.agreement:
      return state.agreements[spotlight.id]?.text ?? null;
    case ItemKind.goal:
      return state.goals[spotlight.id]?.title ?? null;
    default:
      return assertNever(spotlight.kind);
  }
}
