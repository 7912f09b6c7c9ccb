import { ErrorCode, reject, type Rejection } from "../../errors.js";
import { refersTo } from "../checkHelpers.js";
import type { AgendaItem, SeriesState } from "../types.js";

/** Refuses a new session's agenda whose item ids repeat or whose owners are not in the series; none is fine. */
export function checkNewAgenda(state: SeriesState, items: readonly AgendaItem[] | undefined): Rejection | null {
  if (!items) return null;
  if (new Set(items.map((item) => item.id)).size !== items.length)
    return reject(ErrorCode.duplicateId, "agenda item ids repeat");
  for (const item of items) {
    const missing = refersTo(state.people, item.ownerId, "person");
    if (missing) return missing;
  }
  return null;
}
